import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { emptyModel, learn } from "../../worker/intake/learned";
import { call, seed, signIn } from "../helpers";

let cookie: string;
beforeAll(async () => {
  await seed();
  cookie = await signIn();
});

const runJobs = (at: string) => call(`/dev/run-scheduled?at=${encodeURIComponent(at)}`, { method: "POST", headers: { origin: "http://localhost" } });
const stored = () => env.DB.prepare("SELECT model, examples, built_at AS builtAt FROM theme_model WHERE id = 1").first<{ model: string; examples: number; builtAt: string }>();

describe("the theme-model job", () => {
  it("learns from every published proposal with the themes staff gave it, and gives the same model when run twice", async () => {
    const tagged = await env.DB.prepare(
      "SELECT count(DISTINCT p.id) AS n FROM proposals p JOIN submissions s ON s.id = p.submission_id JOIN proposal_themes pt ON pt.proposal_id = p.id WHERE s.status = 'published'",
    ).first<{ n: number }>();
    expect(tagged!.n).toBeGreaterThan(0);
    expect((await runJobs("2026-03-01T03:00:00Z")).status).toBe(200);
    const first = await stored();
    expect(first).toMatchObject({ examples: tagged!.n, builtAt: "2026-03-01T03:00:00Z" });
    expect(JSON.parse(first!.model).examples).toBe(tagged!.n);
    await runJobs("2026-03-01T04:00:00Z");
    const second = await stored();
    // Nothing changed: not rebuilt (same model, same build time).
    expect(second).toEqual(first);
    // A tag removed by staff: rebuilt on the next run.
    await env.DB.prepare("DELETE FROM proposal_themes WHERE rowid = (SELECT min(rowid) FROM proposal_themes)").run();
    await runJobs("2026-03-01T05:00:00Z");
    const third = await stored();
    expect(third!.builtAt).toBe("2026-03-01T05:00:00Z");
    expect(third!.model).not.toBe(first!.model);
  });
});

describe("intake with a learned model", () => {
  it("adds a theme the model learned from tags to what the lexicon finds", async () => {
    // Taught with invented words the lexicon does not know, so only the model can suggest the theme.
    const model = emptyModel();
    for (let i = 0; i < 30; i++) learn(model, `Fund zumbarra kelpinot surveys in district ${i}.`, ["data-research"]);
    for (let i = 0; i < 20; i++) learn(model, `Adopt a law on forced labour number ${i}.`, ["legislation"]);
    await env.DB.prepare("INSERT INTO theme_model (id, model, examples, built_at, source) VALUES (1, ?1, ?2, ?3, 'test') ON CONFLICT (id) DO UPDATE SET model = excluded.model, examples = excluded.examples")
      .bind(JSON.stringify(model), model.examples, "2026-03-01T00:00:00Z")
      .run();
    const text = "Chair,\n\nWe propose the following:\n\n1. Fund zumbarra kelpinot surveys in every coastal province.\n2. Adopt a law against forced labour.\n\nThank you.";
    const res = await call("/api/v1/intake/extract", { method: "POST", cookie, json: { text } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { proposals: { text: string; themes: string[] }[] };
    expect(body.proposals[0]!.themes).toContain("data-research");
    expect(body.proposals[1]!.themes).toContain("legislation");
    expect(body.proposals[1]!.themes).not.toContain("data-research");
  });

  it("works as before without a model (the lexicon alone)", async () => {
    await env.DB.prepare("DELETE FROM theme_model").run();
    const text = "Chair,\n\nWe propose the following:\n\n1. Fund zumbarra kelpinot surveys in every coastal province.\n2. Adopt a law against forced labour.\n\nThank you.";
    const body = (await (await call("/api/v1/intake/extract", { method: "POST", cookie, json: { text } })).json()) as { proposals: { themes: string[] }[] };
    expect(body.proposals[0]!.themes).not.toContain("data-research");
  });
});
