import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { facetPostingsVersion, forgetFacetPostings, searchStatements } from "../../worker/db/archive-search";
import { parseArchiveParams } from "../../worker/http/archive-params";
import { SubmissionOut } from "../../worker/openapi/responses";
import { call, freshSubmission, seed, signInAdmin, signInModerator } from "../helpers";
import { archived, importStatements } from "./archive-helpers";

/**
 * The search's fast paths (docs/search.md, docs/performance.md) against the plain SQL path on the
 * same snapshot: facet counts from the isolate's bitmaps against `searchFacetsSql`, and the facet
 * filters applied before bm25 against the unfiltered ranking. Identical totals, facets, order and
 * ranks, also after an unpublish and a correction (which move the archive version on).
 */

const WORDS = ["victims", "cooperation", "border", "states", "firearms", "smuggling", "protection", "training"];
const COUNTRIES = ["NG", "KE", "MX", "FR", "BR"];
const THEMES = ["victim-protection", "border-management", "international-cooperation", "firearms-control", "rule-of-law"];
const SEGMENTS = ["2023-1-firearms", "2022-4-trafficking-in-persons"];

function corpus(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    // Each statement gets a different mix: word i % 8 often, others now and then.
    const words = WORDS.filter((_, w) => (i + w) % 3 === 0 || w === i % WORDS.length);
    const body = words.map((w, k) => `${w} `.repeat(1 + ((i + k) % 4))).join("and ");
    return archived({
      title: `Statement ${i} on ${WORDS[(i * 5) % WORDS.length]}`,
      text: `Distinguished delegates, civil society offers these observations. ${body} ${"We thank the chair. ".repeat(1 + (i % 5))}`,
      themes: [THEMES[i % THEMES.length]!, ...(i % 4 === 0 ? [THEMES[(i + 2) % THEMES.length]!] : [])],
      proposals: i % 3 === 0 ? [{ text: `Strengthen ${WORDS[i % WORDS.length]} measures for victims.`, themes: [THEMES[(i + 1) % THEMES.length]!] }] : [],
      organization: { name: `Fast Path Org ${i % 7}`, country: COUNTRIES[i % COUNTRIES.length], type: "ngo" },
      segment: SEGMENTS[i % 2],
      deliveredOn: `${2021 + (i % 3)}-06-0${1 + (i % 8)}`,
      language: i % 6 === 5 ? "fr" : "en",
    });
  });
}

const QUERIES = [
  "",
  "q=states",
  "q=victims",
  "q=cooperation",
  "q=traffick*",
  "q=firearm*",
  'q="border+management"',
  "q=delegates",
  "q=nosuchwordanywhere",
  "q=victims&theme=victim-protection",
  "q=victims&theme=victim-protection&country=NG&year=2023",
  "q=states&country=KE&country=MX",
  "q=states&theme=unknown-theme",
  "theme=victim-protection&segment=2022-4-trafficking-in-persons&language=en",
  "theme=border-management",
  "country=FR&year=2022",
  "q=delegates&language=fr&sort=newest",
  "q=states+-firearms",
  "q=states&organization=1",
];

const params = (qs: string) => ({ ...parseArchiveParams(new URL(`http://localhost/api/v1/statements?${qs}`)), limit: 21 });

type Input = ReturnType<typeof params>;

async function expectSame(qs: string, input: Input): Promise<Awaited<ReturnType<typeof searchStatements>>> {
  const plain = await searchStatements(env.DB, input, { plain: true });
  const fast = await searchStatements(env.DB, input);
  expect(fast.version, qs).toBe(plain.version);
  expect(fast.total, qs).toBe(plain.total);
  expect(fast.facets, qs).toEqual(plain.facets);
  expect(fast.rows, qs).toEqual(plain.rows);
  return plain;
}

/** The first page, the page after its 5th row (a cursor), and a forged cursor (right id, wrong date). */
async function expectSamePaths(qs: string): Promise<void> {
  const input = params(qs);
  const first = await expectSame(qs, input);
  const at = first.rows[4];
  if (!at) return;
  const ranked = input.sort === "relevance" && !!(input.query?.match || input.query?.trigram);
  await expectSame(`${qs} (cursor)`, { ...input, after: ranked ? [at.rank, at.id] : [at.publishedAt, at.id] });
  if (!ranked) await expectSame(`${qs} (forged cursor)`, { ...input, after: ["2000-01-01T00:00:00Z", at.id] });
}

let moderator: string;

beforeAll(async () => {
  await seed();
  await importStatements(await signInAdmin(), corpus(60));
  moderator = await signInModerator();
});

describe("search fast paths", () => {
  it("count facets from bitmaps, and pick pages without a query from them, exactly as the SQL path does", async () => {
    forgetFacetPostings();
    for (const qs of QUERIES) await expectSamePaths(qs);
    // Some queries match most of the archive, some a few: both SQL counting plans were compared.
    const totals = await Promise.all(["q=delegates", "q=victims&theme=victim-protection&country=NG&year=2023"].map(async (qs) => (await searchStatements(env.DB, params(qs))).total));
    expect(totals[0]).toBeGreaterThan(50);
    expect(totals[1]).toBeLessThan(10);
  });

  it("ranks with filters applied before bm25 in the same order and with the same ranks as without them", async () => {
    for (const qs of ["q=victims&theme=victim-protection", "q=states&country=KE&year=2022", "q=cooperation&segment=2023-1-firearms&language=en"]) {
      const filtered = await searchStatements(env.DB, { ...params(qs), limit: 100 }, { plain: true });
      const unfiltered = await searchStatements(env.DB, { ...params(qs.split("&")[0]!), limit: 100 }, { plain: true });
      const kept = new Set(filtered.rows.map((r) => r.reference));
      expect(filtered.rows.length, qs).toBeGreaterThan(0);
      expect(filtered.rows.map((r) => [r.reference, r.rank]), qs).toEqual(unfiltered.rows.filter((r) => kept.has(r.reference)).map((r) => [r.reference, r.rank]));
      expect(filtered.rows.length, qs).toBe(filtered.total);
    }
  });

  it("stay identical after an unpublish and a correction, with bitmaps read for the new version", async () => {
    const decide = (reference: string, json: unknown) => call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json });
    const publish = async (overrides: Record<string, unknown>) => {
      const s = await freshSubmission("fp", overrides);
      const res = await decide(s.reference, { action: "publish", version: s.version });
      expect(res.status).toBe(200);
      return { ...s, version: v.parse(SubmissionOut, await res.json()).version };
    };
    const a = await publish({ text: "Distinguished delegates, states must protect victims; states and states again, with cooperation.", organization: { name: "Fast Path Iceland", country: "IS", type: "ngo" } });
    const b = await publish({ text: "Distinguished delegates, firearms smuggling across the border harms victims and their families alike.", themes: ["firearms-control"] });
    // The isolate's bitmaps are now of an older version than the database's: a filtered query
    // first (its candidates from the bitmaps would miss the new statements).
    await expectSamePaths("q=victims&theme=victim-protection");
    for (const qs of QUERIES) await expectSamePaths(qs);

    expect((await decide(a.reference, { action: "unpublish", reason: "Asked to take it down.", publicNote: "Withdrawn.", version: a.version })).status).toBe(200);
    const corrected = await call(`/api/v1/moderation/submissions/${b.reference}`, {
      method: "PATCH",
      cookie: moderator,
      json: { version: b.version, text: "Distinguished delegates, states should train border officials to identify victims of trafficking.", themes: ["border-management"], correctionNote: "Wrong text." },
    });
    expect(corrected.status).toBe(200);
    for (const qs of [`q=states&country=IS`, ...QUERIES, `country=IS`]) await expectSamePaths(qs);
    const iceland = await searchStatements(env.DB, params("country=IS"));
    expect(iceland.total).toBe(0);
    const trained = await searchStatements(env.DB, params("q=train&theme=border-management"));
    expect(trained.rows.map((r) => r.reference)).toContain(b.reference);
  });

  it("answer by the plain path while the bitmaps are read in the background, then use them", async () => {
    forgetFacetPostings();
    const work: Promise<unknown>[] = [];
    const background = (p: Promise<unknown>) => void work.push(p);
    const qs = "q=victims&theme=victim-protection";
    const plain = await searchStatements(env.DB, params(qs), { plain: true });
    const cold = await searchStatements(env.DB, params(qs), { background });
    expect(cold).toEqual(plain);
    expect(work.length).toBe(1);
    await Promise.all(work);
    expect(facetPostingsVersion()).toBe(plain.version);
    expect(await searchStatements(env.DB, params(qs), { background })).toEqual(plain);
    expect(await searchStatements(env.DB, params("theme=victim-protection"), { background })).toEqual(await searchStatements(env.DB, params("theme=victim-protection"), { plain: true }));
    expect(work.length).toBe(1);
  });
});
