import { beforeAll, describe, expect, it } from "vitest";
import { call, parseCsv, seed, signInAdmin } from "../helpers";
import { archived, importStatements, LONG } from "./archive-helpers";

/** Open data: the proposals CSV, byte-order marks, neutralised formulas, per-proposal citations (issue 13). */

let refs: string[] = [];

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  refs = await importStatements(admin, [
    archived({
      title: "Tracing firearms, together",
      text: `${LONG} Firearms tracing needs shared records.`,
      organization: { name: "=Tracing Alliance", acronym: "TA", country: "KE", type: "ngo" },
      proposals: [
        { text: "Mark every firearm at import.", themes: ["firearms-control"] },
        { text: "-Share tracing data, \"quickly\", with neighbours;\nthrough a regional hub.", themes: ["international-cooperation", "firearms-control"] },
        { text: "@Fund the national focal points.", themes: [] },
      ],
      themes: ["firearms-control"],
    }),
    archived({
      language: "ar",
      title: "تعقّب الأسلحة النارية",
      text: "السيدات والسادة المندوبون، ندعو الدول الأعضاء إلى تعزيز تعقّب الأسلحة النارية وتبادل السجلات بين البلدان المجاورة.",
      organization: { name: "شبكة المنظمات العربية", acronym: null, country: "EG", type: "network" },
      proposals: [{ text: "إنشاء سجل وطني للأسلحة النارية.", themes: ["firearms-control"] }],
      themes: [],
    }),
    archived({ title: "No proposals here", text: `${LONG} Firearms again.`, proposals: [], themes: ["firearms-control"] }),
  ]);
});

async function csvBytes(path: string): Promise<{ status: number; bytes: Uint8Array; text: string; type: string | null }> {
  const res = await call(path);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true, fatal: false }).decode(bytes), type: res.headers.get("content-type") };
}

describe("GET /api/v1/proposals.csv", () => {
  it("has one row per proposal of the matching statements, with the documented columns", async () => {
    const themes = ((await (await call("/api/v1/themes")).json()) as { items: { slug: string; label: string }[] }).items;
    const label = (slug: string) => themes.find((th) => th.slug === slug)!.label;
    const { status, text, type } = await csvBytes("/api/v1/proposals.csv?q=firearms&sort=newest");
    expect(status).toBe(200);
    expect(type).toBe("text/csv; charset=utf-8");
    const rows = parseCsv(text.replace(/^\uFEFF/, ""));
    expect(rows[0]).toEqual(["reference", "proposal", "title", "organization", "country", "segment", "deliveredOn", "themes", "text", "url", "outcome"]);
    const mine = rows.slice(1).filter((r) => r[0] === refs[0]);
    expect(mine.map((r) => r[1])).toEqual(["1", "2", "3"]);
    expect(mine[0]).toEqual([refs[0], "1", "Tracing firearms, together", "'=Tracing Alliance", "KE", "2023-1-firearms", "2023-05-05", label("firearms-control"), "Mark every firearm at import.", `http://localhost/statements/${refs[0]}#p1`, ""]);
    expect(mine[1]![7]!.split("; ").sort()).toEqual([label("firearms-control"), label("international-cooperation")].sort());
    expect(mine[1]![8]).toBe("'-Share tracing data, \"quickly\", with neighbours;\nthrough a regional hub.");
    expect(mine[2]![7]).toBe("");
    expect(mine[2]![8]).toBe("'@Fund the national focal points.");
    // The statement without proposals has no row; every row is one proposal.
    expect(rows.slice(1).every((r) => r.length === 11 && /#p\d+$/.test(r[9]!))).toBe(true);
  });

  it("counts exactly the proposals of the statements the same filters find", async () => {
    const stmts = (await (await call("/api/v1/statements?theme=firearms-control&limit=100", { headers: { "cache-control": "no-cache" } })).json()) as { items: { reference: string }[] };
    const details = await Promise.all(stmts.items.map(async (i) => ((await (await call(`/api/v1/statements/${i.reference}`)).json()) as { proposals: unknown[] }).proposals.length));
    const { text } = await csvBytes("/api/v1/proposals.csv?theme=firearms-control");
    expect(parseCsv(text.replace(/^\uFEFF/, "")).length - 1).toBe(details.reduce((a, b) => a + b, 0));
  });

  it("keeps Arabic intact after the byte-order mark", async () => {
    const { text } = await csvBytes("/api/v1/proposals.csv?language=ar");
    const rows = parseCsv(text.replace(/^\uFEFF/, ""));
    expect(rows[1]!.slice(0, 5)).toEqual([refs[1], "1", "تعقّب الأسلحة النارية", "شبكة المنظمات العربية", "EG"]);
    expect(rows[1]![8]).toBe("إنشاء سجل وطني للأسلحة النارية.");
  });

  it("rejects malformed parameters with 400 and answers the header alone when nothing matches", async () => {
    expect((await call("/api/v1/proposals.csv?limit=0")).status).toBe(400);
    expect((await call("/api/v1/proposals.csv?sort=sideways")).status).toBe(400);
    const { text } = await csvBytes("/api/v1/proposals.csv?country=ZZ");
    expect(text).toBe("\uFEFFreference,proposal,title,organization,country,segment,deliveredOn,themes,text,url,outcome\r\n");
  });
});

describe("byte-order marks", () => {
  it("start both CSVs with EF BB BF, once", async () => {
    for (const path of ["/api/v1/statements.csv", "/api/v1/proposals.csv"]) {
      const { bytes, text } = await csvBytes(path);
      expect([...bytes.slice(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.startsWith("\uFEFFreference,"), path).toBe(true);
      expect(text.indexOf("\uFEFF", 1), path).toBe(-1);
    }
  });
});

describe("the statement page", () => {
  it("gives each proposal an anchor and its own citation for the copy button", async () => {
    const html = await (await call(`/statements/${refs[0]}`)).text();
    for (const n of [1, 2, 3]) expect(html).toContain(`id="p${n}"`);
    expect(html).toContain('data-cite-copy="Copy citation"');
    expect(html).toMatch(new RegExp(`data-cite="=Tracing Alliance \\(TA\\), “Tracing firearms, together”, proposal 2, [^"]*${refs[0]}#p2"`));
  });

  it("loads the copy script with the page's CSP nonce and ships print styles", async () => {
    const res = await call(`/statements/${refs[0]}`);
    const csp = res.headers.get("content-security-policy") ?? "";
    const html = await res.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script src="/app.js" defer="" nonce="${nonce}"></script>`);
    expect(html).not.toMatch(/ on(click|load)=/);
  });
});
