import { beforeAll, describe, expect, it } from "vitest";
import { call, seed, signInAdmin } from "../helpers";
import { archived, importStatements, LONG, search } from "./archive-helpers";

/** Finding a statement by its reference or through a misspelt word (issue 13, docs/search.md "Suggestions"). */

let refs: string[] = [];

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  refs = await importStatements(admin, [
    archived({ title: "Marking and tracing of firearms", text: `${LONG} Firearms marking and record-keeping save lives across borders.`, themes: ["firearms-control"], proposals: [] }),
    archived({ title: "Protecting witnesses of organized crime", text: `${LONG} Witness protection programmes need stable funding.`, themes: ["victim-protection"], proposals: [] }),
    archived({ language: "fr", title: "La sécurité des défenseurs", text: "Mesdames et Messieurs, la sécurité des défenseurs des droits humains est menacée.", themes: [], proposals: [] }),
    archived({
      title: "Many themes on cooperation",
      text: `${LONG} Mutual legal assistance and extradition for cooperation.`,
      themes: ["international-cooperation", "legislation", "rule-of-law", "human-rights", "technology"],
      proposals: [],
    }),
  ]);
});

describe("a reference as the query", () => {
  it("finds exactly that statement, typed in any case and with look-alike letters", async () => {
    const ref = refs[1]!;
    for (const q of [ref, ref.toLowerCase(), ` ${ref.toLowerCase()} `, ref.toLowerCase().replace(/0/g, "o").replace(/1/g, "l")]) {
      const r = await search(`q=${encodeURIComponent(q)}`);
      expect(r.total, q).toBe(1);
      expect(r.items.map((i) => i.reference)).toEqual([ref]);
    }
  });

  it("finds nothing for a well-formed reference that is not published, and keeps the other filters", async () => {
    expect((await search("q=CD-ZZZZ-ZZZZ")).total).toBe(0);
    expect((await search(`q=${refs[1]}&theme=firearms-control`)).total).toBe(0);
    expect((await search(`q=${refs[0]}&theme=firearms-control`)).total).toBe(1);
  });

  it("counts facets for that one statement", async () => {
    const r = await search(`q=${refs[0]!.toLowerCase()}`);
    expect(r.facets.theme).toEqual([{ value: "firearms-control", count: 1 }]);
  });
});

describe("suggestions", () => {
  it("offers the archive's own spelling when a misspelt word finds nothing", async () => {
    const r = (await search("q=fiirearms")) as Awaited<ReturnType<typeof search>> & { suggestion?: string };
    expect(r.total).toBe(0);
    expect(r.suggestion).toBe("firearms");
    expect((await search(`q=${r.suggestion}`)).total).toBe(1);
  });

  it("corrects only the misspelt words and keeps phrases, prefixes and exclusions as typed", async () => {
    const r = (await search(`q=${encodeURIComponent('witnes "stable fundng" -firearms prog*')}`)) as { total: number; suggestion?: string };
    expect(r.total).toBe(0);
    expect(r.suggestion).toBe('witness "stable funding" -firearms prog*');
  });

  it("keeps the accents of the archive's word and the capital of the typed one", async () => {
    const r = (await search("q=Securité")) as { total: number; suggestion?: string };
    expect(r.total).toBe(1);
    const miss = (await search("q=Sécurrité")) as { total: number; suggestion?: string };
    expect(miss.total).toBe(0);
    expect(miss.suggestion).toBe("Sécurité");
  });

  it("has no suggestion when something matched, when nothing is close, or when the correction finds nothing with the filters", async () => {
    const hit = (await search("q=firearms")) as { suggestion?: string };
    expect(hit).not.toHaveProperty("suggestion");
    const far = (await search("q=zzzzqqq")) as { total: number; suggestion?: string };
    expect(far.total).toBe(0);
    expect(far).not.toHaveProperty("suggestion");
    const filtered = (await search("q=fiirearms&theme=victim-protection")) as { total: number; suggestion?: string };
    expect(filtered.total).toBe(0);
    expect(filtered).not.toHaveProperty("suggestion");
  });

  it("never fails on odd input", async () => {
    for (const q of ["-", "tr*", "\"", "ÄÖÜ", "人口贩运", "a b c d e f g h i j k l m n", "x".repeat(500)]) {
      const res = await call(`/api/v1/statements?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });
});

async function html(path: string): Promise<string> {
  const res = await call(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe("the /statements page", () => {
  it("shows a 'Did you mean' link that keeps the filters, and none when the search found something", async () => {
    const page = await html("/statements?q=fiirearms&segment=2023-1-firearms");
    expect(page).toContain("Did you mean");
    expect(page).toMatch(/<a href="\/statements\?q=firearms&amp;segment=2023-1-firearms" rel="nofollow"><strong dir="auto">firearms<\/strong><\/a>/);
    expect(await html("/statements?q=firearms")).not.toContain("Did you mean");
    const fr = await html("/statements?q=fiirearms&lang=fr");
    expect(fr).toContain("Vouliez-vous dire");
  });

  it("finds a statement from its reference typed in lower case", async () => {
    const page = await html(`/statements?q=${refs[0]!.toLowerCase()}`);
    expect(page).toContain(`href="/statements/${refs[0]}"`);
    expect(page).toContain("1 statement");
    expect(page).not.toContain("has no words that can be searched");
  });

  it("orders a search typed on the blank page by relevance: best match is the form's default", async () => {
    const blank = await html("/statements");
    expect(blank).toMatch(/<option value="relevance" selected="">/);
    expect(blank).not.toMatch(/<option value="newest" selected="">/);
    // What the blank page's form submits, with words typed in: best match first.
    const typed = await search("q=cooperation&sort=relevance");
    expect(typed.items[0]!.reference).toBe(refs[3]);
    // An explicit "newest" stays chosen.
    expect(await html("/statements?q=cooperation&sort=newest")).toMatch(/<option value="newest" selected="">/);
  });

  it("shows each active filter as a chip that links to the same search without it", async () => {
    const page = await html("/statements?q=cooperation&theme=legislation&theme=technology&year=2023");
    const chips = [...page.matchAll(/<a class="chip chip-remove" href="([^"]+)" aria-label="([^"]+)">/g)].map((m) => [m[1]!.replace(/&amp;/g, "&"), m[2]!]);
    expect(chips.map(([href]) => href)).toEqual([
      "/statements?q=cooperation&theme=technology&year=2023",
      "/statements?q=cooperation&theme=legislation&year=2023",
      "/statements?q=cooperation&theme=legislation&theme=technology",
    ]);
    expect(chips[2]![1]).toBe("Remove filter: Year: 2023");
    expect(await html("/statements?q=cooperation")).not.toContain("chip-remove");
  });

  it("shows at most three theme pills per result and a +N pill for the rest", async () => {
    const page = await html(`/statements?q=${encodeURIComponent('"Many themes on cooperation"')}`);
    const result = page.slice(page.indexOf('class="result"'), page.indexOf("</li>", page.indexOf('class="chip chip-more"')));
    expect([...result.matchAll(/<a class="chip" href="\/themes\//g)]).toHaveLength(3);
    expect(result).toMatch(/<a class="chip chip-more" href="\/statements\/CD-[^"]+" aria-label="\+2 \(2 more themes\)"[^>]*>\+2<\/a>/);
  });

  it("puts the results before the filters, which sit in a disclosure (open when a filter is active)", async () => {
    const page = await html("/statements?q=cooperation");
    expect(page.indexOf('id="results-h"')).toBeLessThan(page.indexOf('<details class="facets" id="filters"'));
    expect(page).toContain('<details class="facets" id="filters"><summary>');
    expect(await html("/statements?theme=legislation")).toContain('<details class="facets" id="filters" open="">');
    // The checkboxes stay inside the one GET form, so the disclosure works without JavaScript.
    const form = page.slice(page.indexOf('<form method="get" action="/statements"'), page.indexOf("</form>"));
    expect(form).toContain('name="theme"');
  });
});
