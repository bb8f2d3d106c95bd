import { env } from "cloudflare:workers";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { impactPagesServed, loadFacetPostings, searchStatements } from "../../worker/db/archive-search";
import { FTS_AVERAGES_SQL } from "../../worker/db/archive";
import { docsizeTokens, ftsAverages } from "../../worker/domain/term-impacts";
import { parseArchiveParams } from "../../worker/http/archive-params";
import { refreshFrequentTerms } from "../../worker/jobs/search-terms";
import { SubmissionOut } from "../../worker/openapi/responses";
import { call, freshSubmission, seed, signInAdmin, signInModerator } from "../helpers";
import { archived, importStatements } from "./archive-helpers";
import { member, topicOf } from "./campaign-helpers";

/**
 * The frequent-term ranking (docs/search.md "Frequent terms"): a one-word query whose term is
 * tracked and ready is ranked from `search_term_impacts`, and the page must be exactly the plain
 * path's (same rows, order and `rank` doubles), page after page through cursors, with ties, after
 * publish, unpublish and correction, for accented and upper-case words; words it cannot map fall
 * back. The threshold is lowered (`minDocs`) so that a small archive has frequent terms.
 */

const WORDS = ["states", "victims", "cooperation", "border", "systèmes", "firearms", "smuggling", "training", "stated", "Système"];

function corpus(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const words = WORDS.filter((_, w) => (i + w) % 3 === 0 || w === i % WORDS.length);
    const body = words.map((w, k) => `${w} `.repeat(1 + ((i + k) % 4))).join("and ");
    return archived({
      title: i % 7 === 0 ? `States and ${WORDS[i % WORDS.length]} ${i}` : `Statement ${i} on ${WORDS[(i * 3) % WORDS.length]}`,
      text: `Distinguished delegates, civil society offers these observations. ${body} ${"We thank the chair. ".repeat(1 + (i % 5))}`,
      proposals: i % 3 === 0 ? [{ text: `Strengthen ${WORDS[i % WORDS.length]} measures for victims of States.`, themes: ["victim-protection"] }] : [],
      organization: { name: i % 11 === 0 ? "States Alliance" : `Impact Org ${i % 5}`, country: "KE", type: "ngo" },
      language: i % 6 === 5 ? "fr" : "en",
    });
  });
}

/** Twenty statements with the same text: their ranks tie, and pages cut through the tie. */
const twins = Array.from({ length: 20 }, () =>
  archived({ title: "Joint statement", text: "Distinguished delegates, the states of the region call on states to cooperate on victims.", organization: { name: "Twin Org", country: "UG", type: "ngo" } }),
);

const params = (qs: string, limit = 21) => ({ ...parseArchiveParams(new URL(`http://localhost/api/v1/statements?${qs}`)), limit });
type Input = ReturnType<typeof params>;

/** The job until it is done, five days apart each run (so that it scans the index for terms every time). */
let day = 0;
async function runJob(minDocs = 3): Promise<Record<string, number>> {
  let result: Record<string, number> = {};
  for (let i = 0; i < 20; i++) {
    result = await refreshFrequentTerms(env, new Date(Date.UTC(2026, 11, 3 + (day += 5))).toISOString(), { minDocs, chunk: 7 });
    if (!result.pending) break;
  }
  return result;
}

/**
 * The page by the impact path (bitmaps current, so it may be taken) against the plain path, and
 * the pages after it through their cursors; returns how many pages the impact path served.
 */
async function expectSamePages(qs: string, limit = 21, pages = 3): Promise<number> {
  await loadFacetPostings(env.DB);
  const served = impactPagesServed();
  let input: Input = params(qs, limit);
  for (let page = 0; page < pages; page++) {
    const plain = await searchStatements(env.DB, input, { plain: true });
    const fast = await searchStatements(env.DB, input);
    expect(fast.version, qs).toBe(plain.version);
    expect(fast.total, qs).toBe(plain.total);
    expect(fast.facets, qs).toEqual(plain.facets);
    expect(fast.rows, `${qs} page ${page + 1}`).toEqual(plain.rows);
    const last = plain.rows.at(-2);
    if (!last || plain.rows.length < limit) break;
    input = { ...input, after: [last.rank, last.id] };
  }
  return impactPagesServed() - served;
}

const tracked = async () =>
  (await env.DB.prepare("SELECT term, ready FROM search_frequent_terms ORDER BY term").all<{ term: string; ready: number }>()).results;

let moderator: string;

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  await importStatements(admin, corpus(60));
  await importStatements(admin, twins);
  moderator = await signInModerator();
});

describe("frequent-term ranking", () => {
  it("ranks the plain way until the job has tracked the term, then gives the plain path's pages exactly", async () => {
    expect(await expectSamePages("q=states")).toBe(0);
    const result = await runJob();
    expect(result.pending).toBe(0);
    const terms = await tracked();
    expect(terms.map((t) => t.term)).toEqual(expect.arrayContaining(["state", "victim", "system", "distinguish"]));
    expect(terms.every((t) => t.ready === 1)).toBe(true);

    for (const qs of ["q=states", "q=victims", "q=delegates", "q=cooperation", "q=chair", "q=thank"]) {
      expect(await expectSamePages(qs), qs).toBeGreaterThan(0);
      expect(await expectSamePages(qs, 5, 6), `${qs}, pages of 5`).toBeGreaterThan(0);
    }
  });

  it("maps upper-case and accented words to the same term, and falls back for what it cannot map", async () => {
    await runJob();
    for (const qs of ["q=STATES", "q=States", "q=stated", "q=Syst%C3%A8me", "q=systemes", "q=SYST%C3%88MES"]) {
      expect(await expectSamePages(qs), qs).toBeGreaterThan(0);
    }
    // Not one bare word, not tracked, or not a word the table can map: the plain path, same answer.
    for (const qs of ["q=states+victims", "q=state*", "q=states+-firearms", 'q="states+of"', "q=states&country=KE", "q=states&sort=newest", "q=nosuchword", "q=%C3%B8states", "q=states%27"]) {
      expect(await expectSamePages(qs), qs).toBe(0);
    }
  });

  it("holds what FTS5's bm25 reads: its rank is -idf times the tf score computed from the table, for every match", async () => {
    await runJob();
    const averages = ftsAverages((await env.DB.prepare(FTS_AVERAGES_SQL).first<{ b: string }>())?.b);
    expect(averages).not.toBeNull();
    for (const word of ["states", "victims", "cooperation", "delegates", "chair"]) {
      const { results } = await env.DB.prepare(
        `SELECT f.rowid AS id, f.rank, i.weighted * (1.2 + 1.0) / (i.weighted + 1.2 * ((1 - 0.75) + 0.75 * i.tokens / ?2)) AS score
           FROM statements_fts f JOIN search_term_impacts i ON i.statement_id = f.rowid AND i.term = (SELECT term FROM search_term_forms WHERE form = ?1)
          WHERE statements_fts MATCH ?1`,
      )
        .bind(word, averages!.avgdl)
        .all<{ id: number; rank: number; score: number }>();
      const matches = await env.DB.prepare("SELECT count(*) AS n FROM statements_fts WHERE statements_fts MATCH ?1").bind(word).first<{ n: number }>();
      expect(results.length, word).toBe(matches!.n);
      // fts5_aux.c: idf = log((N - n + 0.5) / (n + 0.5)), at least 1e-6.
      const n = results.length;
      let idf = Math.log((averages!.rows - n + 0.5) / (n + 0.5));
      if (idf <= 0) idf = 1e-6;
      for (const r of results) expect(Math.abs(r.rank + idf * r.score) / Math.abs(r.rank), `${word} #${r.id}`).toBeLessThan(1e-12);
    }
  });

  it("writes each statement's length as FTS5 counts it", async () => {
    await runJob();
    const { results } = await env.DB.prepare("SELECT d.id, hex(d.sz) AS sz, t.tokens FROM statements_fts_docsize d LEFT JOIN search_statement_tokens t ON t.statement_id = d.id").all<{
      id: number; sz: string; tokens: number | null;
    }>();
    expect(results.length).toBeGreaterThan(80);
    for (const r of results) expect(r.tokens, `statement ${r.id}`).toBe(docsizeTokens(r.sz));
  });

  it("stays exact after a publish, an unpublish and a correction, and tracks a term once it becomes frequent", async () => {
    await runJob();
    const decide = (reference: string, json: unknown) => call(`/api/v1/moderation/submissions/${reference}/decision`, { method: "POST", cookie: moderator, json });
    const publish = async (overrides: Record<string, unknown>) => {
      const s = await freshSubmission("ti", overrides);
      const res = await decide(s.reference, { action: "publish", version: s.version });
      expect(res.status).toBe(200);
      return { ...s, version: v.parse(SubmissionOut, await res.json()).version };
    };
    // A cursor taken now: after the publishes every rank moves (avgdl, idf), so its rank no longer
    // names its statement's place, and the impact path must leave that page to the plain path.
    await loadFacetPostings(env.DB);
    const firstPage = await searchStatements(env.DB, params("q=states", 5));
    const stale: Input = { ...params("q=states", 5), after: [firstPage.rows[3]!.rank, firstPage.rows[3]!.id] };
    const a = await publish({ text: "Distinguished delegates, States must protect victims; states and states again, zanzibarite cooperation." });
    const b = await publish({ title: "States", text: "Distinguished delegates, zanzibarite smuggling across the border harms victims and states alike." });
    expect(await expectSamePages("q=states")).toBeGreaterThan(0);
    expect(await expectSamePages("q=states", 4, 8)).toBeGreaterThan(0);
    const served = impactPagesServed();
    expect(await searchStatements(env.DB, stale)).toEqual(await searchStatements(env.DB, stale, { plain: true }));
    expect(impactPagesServed()).toBe(served);

    expect((await decide(a.reference, { action: "unpublish", reason: "Asked to take it down.", publicNote: "Withdrawn.", version: a.version })).status).toBe(200);
    const corrected = await call(`/api/v1/moderation/submissions/${b.reference}`, {
      method: "PATCH",
      cookie: moderator,
      json: { version: b.version, text: "Distinguished delegates, states states states should train zanzibarite border officials.", correctionNote: "Wrong text." },
    });
    expect(corrected.status).toBe(200);
    for (const qs of ["q=states", "q=victims", "q=delegates"]) expect(await expectSamePages(qs, 6, 5), qs).toBeGreaterThan(0);

    // "zanzibarite" is in two statements: not tracked. Imported into more, it crosses the threshold.
    expect(await expectSamePages("q=zanzibarite")).toBe(0);
    await importStatements(await signInAdmin(), Array.from({ length: 12 }, (_, i) => archived({ text: `Distinguished delegates, zanzibarite ${"zanzibarite ".repeat(i % 3)}networks move victims.` })));
    expect(await expectSamePages("q=zanzibarite")).toBe(0);
    await runJob(10);
    expect((await tracked()).find((t) => t.term === "zanzibarit")?.ready).toBe(1);
    expect(await expectSamePages("q=zanzibarite", 5, 4)).toBeGreaterThan(0);
    expect(await expectSamePages("q=states", 5, 4)).toBeGreaterThan(0);
  });

  it("writes the rows of statements published by a campaign decision", async () => {
    await runJob();
    const topic = topicOf("herons");
    for (let i = 0; i < 6; i++) await member(topic, i);
    const queue = (await (await call(`/api/v1/moderation/queue?limit=100&q=${encodeURIComponent(`Letter ${topic}`)}`, { cookie: moderator })).json()) as { items: { campaign: { id: string } | null }[] };
    const id = queue.items[0]!.campaign!.id;
    expect((await call(`/api/v1/moderation/campaigns/${id}/decision`, { method: "POST", cookie: moderator, json: { action: "publish", reasonCode: null } })).status).toBe(200);
    // The letters say "delegates" (a tracked term): without their rows the count check would fail.
    expect(await expectSamePages("q=delegates", 5, 4)).toBeGreaterThan(0);
    expect(await expectSamePages("q=victims", 5, 4)).toBeGreaterThan(0);
  });

  it("leaves a term whose rows do not add up unready, ranked the plain way, and passes again only the next day", async () => {
    await runJob();
    const passedAt = (await env.DB.prepare("SELECT passed_at AS at FROM search_terms_state WHERE id = 1").first<{ at: string }>())!.at;
    const later = (ms: number) => new Date(Date.parse(passedAt) + ms).toISOString();
    // A stray row (a statement that does not exist) and the term not ready: no pass can make it add up.
    await env.DB.batch([
      env.DB.prepare("INSERT INTO search_term_impacts (term, statement_id, weighted, tokens) VALUES ('state', 999999, 1, 10)"),
      env.DB.prepare("UPDATE search_frequent_terms SET ready = 0 WHERE term = 'state'"),
    ]);
    expect(await refreshFrequentTerms(env, later(3_600_000), { minDocs: 3, chunk: 7 })).toEqual({ scanned: 0, passed: 0, ready: 0, pending: 0, unready: 0 });
    const nextDay = await refreshFrequentTerms(env, later(86_400_000 + 60_000), { minDocs: 3, chunk: 500 });
    expect(nextDay).toMatchObject({ ready: 0, pending: 0, unready: 1 });
    expect(nextDay.passed).toBeGreaterThan(80);
    expect(await expectSamePages("q=states")).toBe(0);
    await env.DB.prepare("DELETE FROM search_term_impacts WHERE statement_id = 999999").run();
    expect(await refreshFrequentTerms(env, later(3 * 86_400_000), { minDocs: 3, chunk: 500 })).toMatchObject({ ready: 1, unready: 0 });
    expect(await expectSamePages("q=states")).toBeGreaterThan(0);
  });

  it("is reset by a rebuild and filled again by the job", async () => {
    await runJob();
    await env.DB.batch((await import("../../worker/db/search-index")).rebuildIndexStatements(env.DB));
    expect((await tracked()).every((t) => t.ready === 0)).toBe(true);
    expect(await expectSamePages("q=states")).toBe(0);
    expect((await runJob()).pending).toBe(0);
    expect(await expectSamePages("q=states", 5, 4)).toBeGreaterThan(0);
  });
});
