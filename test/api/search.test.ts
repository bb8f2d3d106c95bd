import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { StatementSearchOut } from "../../worker/openapi/responses-archive";
import { call, problem, seed, signInAdmin } from "../helpers";
import { archived, facet, importStatements, LONG, refsOf, search } from "./archive-helpers";

let refs: Record<string, string> = {};

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  const list: [string, Record<string, unknown>][] = [
    ["border", archived({ title: "Border cartography and document security", text: `${LONG} Border officials need training.`, themes: ["border-management"], proposals: [], organization: { name: "Frontier Watch", acronym: "FW", country: "MX", type: "ngo" } })],
    ["bodyOnly", archived({ title: "Observations on cooperation", text: `${LONG} We also mention border cartography in passing, once.`, themes: [], proposals: [], organization: { name: "Cooperation Forum", country: "BR", type: "network" } })],
    ["script", archived({ title: "Statement with <script>alert(1)</script> in it", text: `${LONG} The word <script>alert("x")</script> trafficking & "quotes" appear here.`, themes: [], proposals: [] })],
    ["fr", archived({ language: "fr", title: "Le système judiciaire et l'égalité", text: "Mesdames et Messieurs les délégués, le système judiciaire doit garantir l'égalité des victimes de la traite des personnes.", segment: "2022-4-trafficking-in-persons", deliveredOn: null, themes: ["rule-of-law"], proposals: [], organization: { name: "Justice Égale", country: "FR", type: "ngo" } })],
    ["es", archived({ language: "es", title: "Trata de personas y protección de víctimas", text: "Distinguidos delegados, la protección de las víctimas de la trata de personas requiere mecanismos nacionales de derivación.", themes: [], proposals: [{ text: "Crear mecanismos nacionales de derivación para las víctimas.", themes: ["victim-protection"] }], organization: { name: "Red Latina", country: "AR", type: "network" } })],
    ["zh", archived({ language: "zh", title: "关于打击人口贩运的声明", text: "尊敬的各位代表，我们呼吁会员国加强打击人口贩运的国际合作，保护受害者的权利，并为民间社会参与审议进程提供空间。", themes: ["international-cooperation"], proposals: [], organization: { name: "Asia Civil Society Network", country: "CN", type: "network" } })],
    ["ar", archived({ language: "ar", title: "بيان بشأن مكافحة الاتجار بالبشر", text: "السيدات والسادة المندوبون، ندعو الدول الأعضاء إلى تعزيز حماية وَالأَطْفَال ضحايا الاتجار بالبشر وضمان وصولهم إلى العدالة وإعادة إدماجهم في المجتمع.", themes: ["victim-protection"], proposals: [], organization: { name: "Arab NGO Network", country: "EG", type: "network" } })],
    ["firearmsOnly", archived({ title: "Marking and tracing of firearms", text: `${LONG} Firearms marking and record-keeping save lives.`, themes: ["firearms-control"], proposals: [], organization: { name: "Small Arms Survey Example", country: "CH", type: "academia" } })],
  ];
  const created = await importStatements(admin, list.map(([, s]) => s));
  refs = Object.fromEntries(list.map(([k], i) => [k, created[i]!]));
});

describe("GET /api/v1/statements", () => {
  it("answers the documented shape, with facets and a null cursor on the last page", async () => {
    const res = await call("/api/v1/statements?q=cartography");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = v.parse(StatementSearchOut, await res.json());
    expect(body.total).toBe(2);
    expect(body.nextCursor).toBeNull();
    expect(Object.keys(body.facets)).toEqual(["segment", "theme", "topic", "country", "language", "year"]);
  });

  it("ranks a title match above a body-only match (bm25 weights)", async () => {
    const r = await search("q=cartography");
    expect(r.items.map((i) => i.reference)).toEqual([refs.border, refs.bodyOnly]);
  });

  it("requires every word, matches phrases in order, prefixes and excludes", async () => {
    expect(refsOf(await search("q=border+training"))).toEqual([refs.border]);
    expect(refsOf(await search(`q=${encodeURIComponent('"cartography border"')}`))).toEqual([]);
    expect(refsOf(await search(`q=${encodeURIComponent('"border cartography"')}`))).toEqual([refs.border, refs.bodyOnly].sort());
    expect(refsOf(await search("q=firearm*"))).toEqual([refs.firearmsOnly]);
    expect(refsOf(await search(`q=${encodeURIComponent("cartography -training")}`))).toEqual([refs.bodyOnly]);
    expect((await search(`q=${encodeURIComponent("-cartography")}`)).items.map((i) => i.reference)).not.toContain(refs.border);
  });

  it("folds diacritics and stems English, French and Spanish text", async () => {
    expect(refsOf(await search("q=systeme+egalite"))).toEqual([refs.fr]);
    expect(refsOf(await search("q=victimas+proteccion"))).toEqual([refs.es]);
    expect(refsOf(await search("q=officials+trained"))).toEqual([refs.border]);
  });

  it("finds Chinese words of two characters and more, and Arabic words with attached articles or diacritics", async () => {
    expect(refsOf(await search(`q=${encodeURIComponent("人口贩运")}`))).toEqual([refs.zh]);
    expect(refsOf(await search(`q=${encodeURIComponent("贩运")}`))).toEqual([refs.zh]);
    expect(refsOf(await search(`q=${encodeURIComponent("受害者 民间社会")}`))).toEqual([refs.zh]);
    expect(refsOf(await search(`q=${encodeURIComponent("الاطفال")}`))).toEqual([refs.ar]);
    expect(refsOf(await search(`q=${encodeURIComponent("الاتجار بالبشر")}`))).toEqual([refs.ar]);
    expect(refsOf(await search(`q=${encodeURIComponent("العدالة -贩运")}`))).toEqual([refs.ar]);
    const mixed = await search(`q=${encodeURIComponent("贩运 cooperation")}`);
    expect(refsOf(mixed)).toEqual([]);
  });

  it("escapes the snippet and marks the matches", async () => {
    const r = await search("q=trafficking+script");
    const hit = r.items.find((i) => i.reference === refs.script)!;
    expect(hit.snippet).toContain("<mark>");
    expect(hit.snippet).toContain("&lt;");
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    const plain = await search("organization=" + "x".repeat(3));
    expect(plain.total).toBe(0);
  });

  it("answers hostile queries with 200, never a 5xx", async () => {
    for (const q of ['"', '""', "-", "*", "NEAR(a b)", "a OR b", "title:x", "(((", "^a", '"unterminated phrase', "\u0000", "x".repeat(2000), "-\"a\" -b*", "'; DROP TABLE submissions; --"]) {
      const res = await call(`/api/v1/statements?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
  });

  it("computes each facet with its own filter left out", async () => {
    const r = await search("language=fr");
    expect(r.total).toBe(1);
    expect(facet(r, "language").en).toBeGreaterThanOrEqual(4);
    expect(facet(r, "language").fr).toBe(1);
    expect(facet(r, "country")).toEqual({ FR: 1 });
    const two = await search("language=fr&country=FR&country=MX");
    expect(two.total).toBe(1);
    expect(facet(two, "country")).toEqual({ FR: 1 });
    expect(facet(two, "language")).toEqual({ en: 1, fr: 1 });
  });

  it("counts each facet value as the number of results that filtering by it gives (both counting plans)", async () => {
    for (const base of ["q=delegates", "q=cartography", "", "language=en&q=delegates", "language=en&theme=victim-protection", "language=en&language=fr&year=2023"]) {
      const r = await search(base);
      for (const name of ["theme", "country", "year"] as const) {
        if (base.includes(`${name}=`)) continue;
        for (const { value, count } of r.facets[name]) {
          const narrowed = await search(`${base}&${name}=${encodeURIComponent(value)}`);
          expect(narrowed.total, `${base} ${name}=${value}`).toBe(count);
        }
      }
    }
  });

  it("matches a theme on the statement or on any of its proposals", async () => {
    const r = await search("theme=victim-protection");
    expect(refsOf(r)).toEqual([refs.es, refs.ar].sort());
  });

  it("takes the year from deliveredOn, else from the segment's date", async () => {
    expect(refsOf(await search("year=2022"))).toContain(refs.fr);
    expect(refsOf(await search("year=2023"))).not.toContain(refs.fr);
    expect(refsOf(await search("year=2023&topic=firearms"))).toContain(refs.border);
  });

  it("matches nothing for unknown filter values", async () => {
    for (const q of ["segment=nope", "theme=nope", "topic=nope", "country=ZZ", "language=xx", "year=abcd", "organization=999999"]) {
      expect((await search(q)).total, q).toBe(0);
    }
  });

  it("pages with keyset cursors in both sorts, without gaps or repeats", async () => {
    for (const sort of ["newest", "relevance"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const r = await search(`q=${sort === "relevance" ? "delegates" : ""}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...r.items.map((i) => i.reference));
        cursor = r.nextCursor;
        pages++;
      } while (cursor && pages < 20);
      const all = await search(`q=${sort === "relevance" ? "delegates" : ""}&sort=${sort}&limit=100`);
      expect(seen).toEqual(all.items.map((i) => i.reference));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it("sorts newest first by publication", async () => {
    const r = await search("sort=newest&limit=100");
    const dates = r.items.map((i) => i.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("takes API.md's query template with its empty values as absent, in JSON, CSV and Atom", async () => {
    const template = "q=&segment=&theme=&topic=&country=&organization=&language=&year=&sort=&limit=&cursor=";
    const all = await search("");
    expect(await search(template)).toEqual(all);
    for (const path of ["/api/v1/statements.csv", "/feeds/statements.atom"]) expect((await call(`${path}?${template}`)).status, path).toBe(200);
  });

  it("rejects a limit outside 1–100, an unknown sort and a malformed cursor with 400", async () => {
    for (const q of ["limit=0", "limit=101", "limit=abc", "limit=-1", "sort=oldest", "cursor=!!", "cursor=abc", "q=x&cursor=WyJhIiwxXQ", `theme=${"t".repeat(101)}`]) {
      const res = await call(`/api/v1/statements?${q}`);
      expect(res.status, q).toBe(400);
      expect((await problem(res)).status).toBe(400);
    }
  });
});
