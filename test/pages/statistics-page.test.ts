import { beforeAll, describe, expect, it } from "vitest";
import { call, seed, signInModerator } from "../helpers";
import { archived, importStatements } from "../api/archive-helpers";

const TAG = `spage${crypto.randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  await seed();
  const staff = await signInModerator();
  await importStatements(staff, [
    archived({ title: `Firearms ${TAG}`, organization: { name: `Org ${TAG}`, acronym: null, country: "FR", type: "ngo", website: null }, themes: ["firearms-control"] }),
    archived({ title: `Victims ${TAG}`, segment: "2022-4-trafficking-in-persons", deliveredOn: "2022-07-01", themes: ["victim-protection"] }),
  ]);
  // Fourteen countries for one more word: more values than a chart draws.
  const countries = ["NG", "KE", "ZA", "EG", "MA", "GH", "SN", "ET", "UG", "TZ", "PK", "IN", "BD", "LK"];
  await importStatements(staff, countries.map((country, i) => archived({ title: `Many ${TAG}m`, organization: { name: `Many countries org ${i}`, acronym: null, country, type: "ngo", website: null } })));
});

const page = async (path: string) => {
  const res = await call(path);
  return { status: res.status, body: await res.text() };
};

describe("/statistics", () => {
  it("draws every dimension as an inline SVG chart followed by a table of the same numbers, without script", async () => {
    const { status, body } = await page(`/statistics?q=${TAG}`);
    expect(status).toBe(200);
    expect(body.match(/<svg class="chart"[^>]*role="img"[^>]*aria-label="[^"]+"/g)).toHaveLength(6);
    expect(body.match(/<table class="data stats-table">/g)).toHaveLength(6);
    for (const heading of ["By year", "By segment", "By theme", "By country", "By organization type", "By language"]) expect(body).toContain(`>${heading}</h2>`);
    // The year table: 2022 and 2023, one statement each.
    expect(body).toMatch(/2022<\/a><\/th><td class="num">1<\/td>/);
    expect(body).toMatch(/2023<\/a><\/th><td class="num">1<\/td>/);
    // The charts need no script: nothing in <main> is one (the layout's small enhancement script is optional).
    expect(body.split("<main")[1]).not.toContain("<script");
    expect(new TextEncoder().encode(body).length).toBeLessThan(30_000);
  });

  it("links each value to the figures narrowed to it, and shows the active filters as removable chips", async () => {
    const all = await page(`/statistics?q=${TAG}`);
    expect(all.body).toContain(`href="/statistics?q=${TAG}&amp;country=FR"`);
    const narrowed = await page(`/statistics?q=${TAG}&country=FR`);
    expect(narrowed.body).toContain("Remove: France");
    expect(narrowed.body).toContain(`href="/statistics?q=${TAG}"`);
    expect(narrowed.body).toContain(`href="/statements?q=${TAG}&amp;country=FR"`);
    expect(narrowed.body).toMatch(/<dt>Statements<\/dt><dd>1<\/dd>/);
  });

  it("is translated into the six languages and mirrored for Arabic", async () => {
    for (const [lang, title] of [["fr", "Statistiques"], ["es", "Estadísticas"], ["ru", "Статистика"], ["zh", "统计"], ["ar", "إحصاءات"]]) {
      const { body } = await page(`/statistics?q=${TAG}&lang=${lang}`);
      expect(body, lang).toContain(`<h1>${title}</h1>`);
    }
    const ar = await page(`/statistics?q=${TAG}&lang=ar`);
    expect(ar.body).toContain('dir="rtl"');
    expect(ar.body).toContain("فرنسا");
    // Labels anchored at the chart's right part, bars growing leftwards.
    expect(ar.body).toMatch(/<text x="410"[^>]*text-anchor="start"/);
  });

  it("draws ten values and sums the rest into one row, staying under 30 KB", async () => {
    const { body } = await page(`/statistics?q=${TAG}m`);
    const countries = body.split('aria-labelledby="stats-byCountry"')[1]!.split("</section>")[0]!;
    expect(countries.match(/<tr><th scope="row">/g)).toHaveLength(11);
    expect(countries).toContain("4 others");
    expect(new TextEncoder().encode(body).length).toBeLessThan(30_000);
  });

  it("says so when nothing matches, and survives a malformed URL with a 400 page", async () => {
    expect((await page(`/statistics?q=${TAG}&country=ZZ`)).body).toContain("No published statement matches these filters.");
    const bad = await page(`/statistics?${Array.from({ length: 21 }, (_, i) => `theme=t${i}`).join("&")}`);
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("<h1>Statistics</h1>");
  });

  it("is linked from every results page with the same filters", async () => {
    const { body } = await page(`/statements?q=${TAG}&country=FR`);
    expect(body).toContain(`href="/statistics?q=${TAG}&amp;country=FR"`);
  });
});
