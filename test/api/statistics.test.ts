import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { StatisticsOut } from "../../worker/openapi/responses-follow";
import { call, problem, seed, signInModerator } from "../helpers";
import { THEMES } from "../../worker/seed/taxonomy";
import { archived, importStatements } from "./archive-helpers";

type Item = { value: string; label: string; count: number };
type Stats = {
  statements: number; proposals: number; organizations: number;
  byYear: Item[]; bySegment: Item[]; byTheme: { value: string; label: string; statements: number; proposals: number }[];
  byCountry: Item[]; byOrganizationType: Item[]; byLanguage: Item[];
};

const TAG = `stat${crypto.randomUUID().slice(0, 8)}`;
let staff: string;

async function stats(query: string): Promise<Stats> {
  const res = await call(`/api/v1/statistics?${query}`, { headers: { "cache-control": "no-cache" } });
  if (res.status !== 200) throw new Error(`statistics answered ${res.status}: ${await res.text()}`);
  return v.parse(StatisticsOut, await res.json());
}
const counts = (items: Item[]) => items.map((i) => [i.value, i.count]);

/** A known published set: three statements by two organizations, all carrying TAG in the title. */
beforeAll(async () => {
  await seed();
  staff = await signInModerator();
  const orgA = { name: `Org A ${TAG}`, acronym: null, country: "FR", type: "ngo", website: null };
  const orgB = { name: `Org B ${TAG}`, acronym: null, country: "KE", type: "academia", website: null };
  await importStatements(staff, [
    archived({
      title: `Firearms ${TAG}`, organization: orgA, language: "fr", segment: "2023-1-firearms", deliveredOn: "2023-05-05", themes: ["firearms-control"],
      proposals: [
        { text: "Mark and trace every firearm at import.", themes: ["firearms-control", "legislation"] },
        { text: "Adopt a law on brokering of firearms.", themes: ["legislation"] },
      ],
    }),
    archived({
      title: `Victims ${TAG}`, organization: orgB, language: "en", segment: "2022-4-trafficking-in-persons", deliveredOn: "2022-07-01", themes: ["victim-protection"],
      proposals: [{ text: "Fund shelters for victims of trafficking.", themes: ["victim-protection"] }],
    }),
    archived({ title: `Marking ${TAG}`, organization: orgB, language: "en", segment: "2023-1-firearms", deliveredOn: null, themes: ["firearms-control"], proposals: [] }),
  ]);
});

describe("GET /api/v1/statistics", () => {
  it("counts statements, proposals and organizations of a known set, by every dimension, with labels", async () => {
    const s = await stats(`q=${TAG}`);
    expect([s.statements, s.proposals, s.organizations]).toEqual([3, 3, 2]);
    expect(counts(s.byYear)).toEqual([["2022", 1], ["2023", 2]]);
    expect(counts(s.bySegment)).toEqual([["2023-1-firearms", 2], ["2022-4-trafficking-in-persons", 1]]);
    expect(s.bySegment[0]!.label).toBe("Constructive dialogue on firearms");
    expect(counts(s.byCountry)).toEqual([["KE", 2], ["FR", 1]]);
    expect(s.byCountry.map((i) => i.label)).toEqual(["Kenya", "France"]);
    expect(counts(s.byLanguage)).toEqual([["en", 2], ["fr", 1]]);
    expect(s.byOrganizationType).toEqual([
      { value: "academia", label: "Academia", count: 2, reflected: 0 },
      { value: "ngo", label: "Non-governmental organization", count: 1, reflected: 0 },
    ]);
    expect(s.byTheme.map((i) => [i.value, i.statements, i.proposals])).toEqual([
      ["firearms-control", 2, 1],
      ["legislation", 1, 2],
      ["victim-protection", 1, 1],
    ]);
    expect(s.byTheme[0]!.label).toBe(THEMES.find((th) => th.slug === "firearms-control")!.label);
  });

  it("applies every filter to every figure (not left out as facets are)", async () => {
    const kenya = await stats(`q=${TAG}&country=KE`);
    expect([kenya.statements, kenya.proposals, kenya.organizations]).toEqual([2, 1, 1]);
    expect(counts(kenya.byCountry)).toEqual([["KE", 2]]);
    const legislation = await stats(`q=${TAG}&theme=legislation`);
    expect([legislation.statements, legislation.proposals]).toEqual([1, 2]);
    expect(legislation.byTheme.map((i) => [i.value, i.statements, i.proposals])).toEqual([
      ["legislation", 1, 2],
      ["firearms-control", 1, 1],
    ]);
    const either = await stats(`q=${TAG}&year=2022&year=2023&segment=2023-1-firearms&language=en`);
    expect([either.statements, either.proposals, either.organizations]).toEqual([1, 0, 1]);
    const none = await stats(`q=${TAG}&country=ZZ`);
    expect(none).toEqual({ statements: 0, proposals: 0, organizations: 0, proposalsReflected: 0, byYear: [], bySegment: [], byTheme: [], byCountry: [], byOrganizationType: [], byLanguage: [] });
  });

  it("counts the whole archive without filters, consistent with the search's total", async () => {
    const all = await stats("");
    const search = (await (await call("/api/v1/statements?limit=1", { headers: { "cache-control": "no-cache" } })).json()) as { total: number };
    expect(all.statements).toBe(search.total);
    expect(all.byYear.reduce((n, i) => n + i.count, 0)).toBe(all.statements);
    expect(all.byOrganizationType.reduce((n, i) => n + i.count, 0)).toBe(all.statements);
  });

  it("is cached like the other public answers: ETag with the archive version, 304, a new ETag after a publication", async () => {
    const first = await call(`/api/v1/statistics?q=${TAG}`);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+\.\d+-[0-9a-f]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect((await call(`/api/v1/statistics?q=${TAG}`, { headers: { "if-none-match": etag } })).status).toBe(304);
    await importStatements(staff, [archived({ title: `Later ${TAG}` })]);
    const after = await call(`/api/v1/statistics?q=${TAG}`, { headers: { cookie: "" } });
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("answers 400 to a malformed filter, never a 5xx for any query", async () => {
    const res = await call(`/api/v1/statistics?${Array.from({ length: 21 }, (_, i) => `theme=t${i}`).join("&")}`);
    expect(res.status).toBe(400);
    expect((await problem(res)).errors?.[0]?.path).toBe("theme");
    for (const q of ['"', "NEAR(", "-", "*", "贩运", "الأطفال", "a".repeat(500)]) {
      expect((await call(`/api/v1/statistics?q=${encodeURIComponent(q)}`)).status, q).toBe(200);
    }
  });
});
