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
