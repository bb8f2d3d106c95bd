import { env } from "cloudflare:workers";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "../../worker/domain/countries";
import { EmailLinkBody, IsoDate, ORGANIZATION_TYPES, Pagination, SubmissionCreate, SubmissionPatch, WithdrawBody } from "../../worker/domain/schemas";
import { MAX_QUERY_LENGTH, parseSearchQuery, searchQuery } from "../../worker/domain/search-query";
import { toFieldErrors } from "../../worker/http/validate";
import { clean } from "../../worker/intake/clean";

/** Property tests (fast-check) over the validators, the search query parser and the intake cleaner. */

const RUNS = { numRuns: 300 };

/** Text with whatever a hostile or multilingual client sends: every plane, controls, lone surrogates. */
const anyText = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string(), fc.constantFrom("\ud800", "\udfff", "\u202e", "\u0000", "'; --", '"', "*", "-"));

const word = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."abcdefghij KLMNOP éü人口مرحبا"), minLength: min, maxLength: max }).filter((s) => s.trim().length >= min);

const validSubmission = fc.record({
  segment: fc.constantFrom("demo-open-segment", "2022-4-trafficking-in-persons"),
  organization: fc.record({
    name: word(2, 200),
    acronym: fc.option(word(0, 20), { nil: null }),
    country: fc.constantFrom(...COUNTRY_CODES),
    type: fc.constantFrom(...ORGANIZATION_TYPES),
    website: fc.option(fc.webUrl({ validSchemes: ["https"] }).filter((u) => u.length <= 300), { nil: null }),
  }),
  speaker: fc.record({ name: word(2, 200), role: fc.option(word(0, 200), { nil: null }) }),
  language: fc.constantFrom("en", "fr", "ar", "zh", "pt-BR", "sw"),
  title: word(3, 300),
  text: word(50, 2000),
  deliveredOn: fc.option(fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
  proposals: fc.array(fc.record({ text: word(10, 500), themes: fc.array(fc.constantFrom("victim-protection", "border-management", "legislation"), { maxLength: 3 }) }), { maxLength: 5 }),
  themes: fc.array(fc.constantFrom("victim-protection", "technology"), { maxLength: 2 }),
});

function trimDeep(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(trimDeep);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, trimDeep(x)]));
  return value;
}

/** Addresses as people have them (letters, digits, dots, plus, hyphen, underscore; a dotted domain): every one must be accepted. */
const commonEmail = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9](?:[a-z0-9._+-]{0,20}[a-z0-9])?$/).filter((l) => !l.includes("..")),
    fc.array(fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/), { minLength: 1, maxLength: 3 }),
    fc.constantFrom("org", "net", "com", "int", "fr", "pk", "africa", "xn--p1ai"),
  )
  .map(([local, labels, tld]) => `${local}@${labels.join(".")}.${tld}`);

describe("valibot validators (worker/domain/schemas.ts)", () => {
  it("never throw, whatever JSON arrives, and report failures as field errors", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const schema of [SubmissionCreate, SubmissionPatch, WithdrawBody, EmailLinkBody]) {
          const result = v.safeParse(schema, value, { abortEarly: false });
          if (!result.success) {
            const errors = toFieldErrors(result.issues);
            expect(errors.length).toBeGreaterThan(0);
            for (const e of errors) expect(typeof e.message).toBe("string");
          }
        }
      }),
      RUNS,
    );
  });

  it("accept every well-formed submission and return it trimmed, unchanged otherwise", () => {
    fc.assert(
      fc.property(validSubmission, (input) => {
        const result = v.safeParse(SubmissionCreate, input);
        expect(result.success).toBe(true);
        // `coSigners` defaults to an empty list when left out (a statement by one organization).
        if (result.success) expect(result.output).toEqual({ coSigners: [], ...(trimDeep(input) as Record<string, unknown>) });
      }),
      { numRuns: 200 },
    );
  });

  it("refuse any unknown field, including prototype keys, naming it", () => {
    fc.assert(
      fc.property(validSubmission, fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "isAdmin", "status", "reference", "version"), fc.string({ minLength: 1, maxLength: 20 })), fc.jsonValue(), (input, key, junk) => {
        fc.pre(!(key in input));
        const withExtra = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
        Object.defineProperty(withExtra, key, { value: junk, enumerable: true, configurable: true, writable: true });
        const result = v.safeParse(SubmissionCreate, withExtra, { abortEarly: false });
        expect(result.success).toBe(false);
        if (!result.success) expect(toFieldErrors(result.issues).map((e) => e.path)).toContain(key);
      }),
      { numRuns: 200 },
    );
  });

  it("refuse a field of the wrong type, naming that field", () => {
    const fields = ["segment", "organization", "speaker", "language", "title", "text", "proposals", "themes"] as const;
    fc.assert(
      fc.property(validSubmission, fc.constantFrom(...fields), fc.oneof(fc.integer(), fc.boolean(), fc.constant([1]), fc.constant({ x: 1 })), (input, field, wrong) => {
        fc.pre(!(Array.isArray(wrong) && (field === "proposals" || field === "themes")));
        const bad = { ...input, [field]: wrong };
        const result = v.safeParse(SubmissionCreate, bad, { abortEarly: false });
        expect(result.success).toBe(false);
        if (!result.success) expect(toFieldErrors(result.issues).some((e) => e.path === field || e.path.startsWith(`${field}.`))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("enforce the length limits at their exact bounds", () => {
    fc.assert(
      fc.property(validSubmission, fc.integer({ min: 301, max: 400 }), (input, n) => {
        expect(v.safeParse(SubmissionCreate, { ...input, title: "t".repeat(300) }).success).toBe(true);
        expect(v.safeParse(SubmissionCreate, { ...input, title: "t".repeat(n) }).success).toBe(false);
        expect(v.safeParse(SubmissionCreate, { ...input, title: "  ab  " }).success).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it("accept a version only as a positive whole number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.string(), fc.constant(null)), (version) => {
        const ok = typeof version === "number" && Number.isInteger(version) && version >= 1;
        expect(v.safeParse(WithdrawBody, { version }).success).toBe(ok);
      }),
      RUNS,
    );
  });

  it("accept only calendar dates that exist", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them, for the month's length.
        const lastDay = new Date(0);
        lastDay.setUTCFullYear(y, m, 0);
        const real = y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= lastDay.getUTCDate();
        expect(v.safeParse(IsoDate, s).success, s).toBe(real);
      }),
      RUNS,
    );
  });

  it("normalise email addresses to trimmed lower case, and refuse whatever is not one", () => {
    fc.assert(
      fc.property(commonEmail, anyText, (email, junk) => {
        const ok = v.safeParse(EmailLinkBody, { email: ` ${email.toUpperCase()} ` });
        expect(ok.success, email).toBe(true);
        if (ok.success) expect(ok.output.email).toBe(email.toLowerCase());
        if (!junk.includes("@")) expect(v.safeParse(EmailLinkBody, { email: junk }).success).toBe(false);
      }),
      RUNS,
    );
  });

  it("read `limit` only as 1–100 and a cursor only as URL-safe base64", () => {
    fc.assert(
      fc.property(anyText, anyText, (limit, cursor) => {
        const result = v.safeParse(Pagination, { limit, cursor });
        const limitOk = /^\d{1,3}$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 100;
        const cursorOk = /^[A-Za-z0-9_-]{1,200}$/.test(cursor);
        expect(result.success).toBe(limitOk && cursorOk);
        if (result.success) expect(result.output.limit).toBe(Number(limit));
      }),
      RUNS,
    );
  });
});

describe("the search query parser (worker/domain/search-query.ts)", () => {
  const queryText = fc.oneof(
    anyText,
    fc.array(fc.oneof(fc.constantFrom('"', "-", "*", "(", ")", ":", "^", "NEAR", "AND", "OR", "NOT", " ", "\t", "人口", "مرحبا", "e\u0301"), fc.string()), { maxLength: 30 }).map((parts) => parts.join("")),
  );

  it("never throws and keeps every term bounded and meaningful", () => {
    fc.assert(
      fc.property(queryText, (q) => {
        const terms = parseSearchQuery(q);
        expect(terms.length).toBeLessThanOrEqual(12);
        for (const t of terms) {
          expect(t.text.length).toBeGreaterThan(0);
          expect(t.text.length).toBeLessThanOrEqual(100);
          expect(/[\p{L}\p{N}]/u.test(t.text)).toBe(true);
          expect(/[\u0000-\u001f]/.test(t.text)).toBe(false);
        }
        searchQuery(q);
      }),
      { numRuns: 1000 },
    );
  });

  it("finds every plain word it was given (up to the term limit)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/), { minLength: 1, maxLength: 5 }), (words) => {
        const terms = parseSearchQuery(words.join(" "));
        expect(terms.map((t) => t.text)).toEqual([...new Set(words)]);
        expect(terms.every((t) => t.kind === "word" && !t.negated)).toBe(true);
      }),
      RUNS,
    );
  });

  it("ignores everything past the maximum query length", () => {
    fc.assert(
      fc.property(fc.string({ minLength: MAX_QUERY_LENGTH, maxLength: MAX_QUERY_LENGTH + 50 }), fc.string(), (head, tail) => {
        expect(parseSearchQuery(head.slice(0, MAX_QUERY_LENGTH) + tail)).toEqual(parseSearchQuery(head.slice(0, MAX_QUERY_LENGTH)));
      }),
      { numRuns: 100 },
    );
  });

  it("compiles to MATCH expressions that FTS5 always accepts", async () => {
    const tables = (await env.DB.prepare("SELECT name FROM sqlite_master WHERE name IN ('statements_fts', 'statements_fts_trigram')").all<{ name: string }>()).results.map((r) => r.name);
    expect(tables).toContain("statements_fts");
    await fc.assert(
      fc.asyncProperty(queryText, async (q) => {
        const compiled = searchQuery(q);
        const checks: [string, string | null][] = [
          ["statements_fts", compiled.match],
          ["statements_fts", compiled.exclude],
          ["statements_fts_trigram", compiled.trigram],
          ["statements_fts_trigram", compiled.trigramExclude],
        ];
        for (const [table, expr] of checks) {
          if (!expr || !tables.includes(table)) continue;
          await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${table} MATCH ?1`).bind(expr).first();
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the intake cleaner (worker/intake/clean.ts)", () => {
  const line = fc.oneof(
    fc.constantFrom("", "Page 1 of 3", "- 2 -", "www.example.org | +254 20 123 4567", "1. Establish national referral", "mechanisms for victims.", "inter-", "national cooperation", "\f", "\r", "\u0000", "\t\u00a0 "),
    fc.string({ maxLength: 120 }),
    fc.string({ unit: "grapheme", maxLength: 80 }),
  );
  const page = fc.tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom("\n", "\r\n")).map(([lines, eol]) => lines.join(eol));
  const letters = (s: string) => {
    const counts = new Map<string, number>();
    for (const ch of s.normalize("NFC").match(/[\p{L}\p{N}]/gu) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    return counts;
  };

  it("never throws, whatever pages it is given", () => {
    fc.assert(
      fc.property(fc.array(page, { maxLength: 6 }), fc.option(fc.boolean(), { nil: undefined }), (pages, wrapped) => {
        const out = clean({ pages, wrapped });
        expect(typeof out.text).toBe("string");
        expect(out.text).not.toMatch(/\r/);
        expect(out.text).toBe(out.text.trim());
      }),
      { numRuns: 300 },
    );
  });

  it("invents nothing: every letter and digit of the result was in the pages", () => {
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 5 }), (pages) => {
        const have = letters(pages.join("\n"));
        for (const [ch, n] of letters(clean({ pages }).text)) expect(n).toBeLessThanOrEqual(have.get(ch) ?? 0);
      }),
      { numRuns: 300 },
    );
  });

  it("lists as removed only lines that were in the pages", () => {
    fc.assert(
      fc.property(fc.array(page, { minLength: 1, maxLength: 5 }), (pages) => {
        const all = pages.join("\n").normalize("NFC").replace(/[\t\u00a0 ]+/g, " ");
        for (const r of clean({ pages }).removed) expect(all).toContain(r);
      }),
      { numRuns: 300 },
    );
  });

  it("removes a letterhead repeated at the top of every page and keeps the body", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z][a-z]{3,12}( [a-z]{2,10}){3,8}\.$/), { minLength: 2, maxLength: 5 }), (sentences) => {
        const header = "Freedom Network Example | www.fne.example.org";
        const out = clean({ pages: sentences.map((s) => `${header}\n\n${s}`) });
        expect(out.removed).toContain(header);
        expect(out.text).not.toContain("www.fne.example.org");
        for (const s of sentences) expect(out.text).toContain(s);
      }),
      { numRuns: 100 },
    );
  });
});
