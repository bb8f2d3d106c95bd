import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { call, createSubmission, seed, signIn, signInAdmin } from "../helpers";
import { archived, importStatements, LONG } from "../api/archive-helpers";

/** /segments, /themes and the briefing packs (HTML and Word): issue 13. */

const SEGMENT = "2023-1-firearms";
let refs: string[] = [];
let privateProposal = "";

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  refs = await importStatements(admin, [
    archived({
      title: "Marking and tracing",
      organization: { name: "Small Arms Watch", acronym: "SAW", country: "KE", type: "ngo" },
      proposals: [
        { text: "Brief proposal alpha: mark every firearm at import.", themes: ["firearms-control"] },
        { text: "Brief proposal beta: share tracing data regionally.", themes: ["firearms-control", "international-cooperation"] },
      ],
      themes: ["firearms-control"],
    }),
    archived({
      language: "ar",
      title: "تعقّب الأسلحة",
      text: "السيدات والسادة المندوبون، ندعو الدول الأعضاء إلى تعزيز تعقّب الأسلحة النارية وتبادل السجلات بين البلدان المجاورة.",
      organization: { name: "شبكة عربية", country: "PS", type: "network" },
      proposals: [{ text: "مقترح الإحاطة جيم: إنشاء سجل وطني للأسلحة.", themes: [] }],
      themes: ["victim-protection"],
    }),
    archived({
      title: "No theme at all",
      text: `${LONG} Nothing tagged here.`,
      organization: { name: "Korea Civil Forum", country: "KP", type: "ngo" },
      proposals: [{ text: "Brief proposal delta: fund focal points.", themes: [] }],
      themes: [],
    }),
    archived({ segment: "2022-4-trafficking-in-persons", deliveredOn: null, title: "Elsewhere", proposals: [{ text: "Brief proposal outside the segment.", themes: ["firearms-control"] }] }),
  ]);
  // A submitted (not published) statement's proposals never appear in a brief.
  privateProposal = "Private proposal that is not published yet.";
  await createSubmission(await signIn(), { proposals: [{ text: privateProposal, themes: ["firearms-control"] }] });
});

async function get(path: string): Promise<Response> {
  const res = await call(path);
  expect(res.status, path).toBe(200);
  return res;
}

/** The published proposals of a segment, from the public API: what a brief must hold. */
async function segmentProposals(slug: string): Promise<string[]> {
  const list = (await (await call(`/api/v1/statements?segment=${slug}&limit=100`, { headers: { "cache-control": "no-cache" } })).json()) as { items: { reference: string }[] };
  const texts: string[] = [];
  for (const { reference } of list.items) {
    const s = (await (await call(`/api/v1/statements/${reference}`)).json()) as { proposals: { text: string }[] };
    texts.push(...s.proposals.map((p) => p.text));
  }
  return texts;
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

describe("/segments and /themes", () => {
  it("list every segment with its statements and briefing pack, in six languages", async () => {
    const html = await (await get("/segments")).text();
    expect(html).toContain('<h1>Dialogue segments</h1>');
    expect(html).toContain(`href="/segments/${SEGMENT}"`);
    expect(html).toContain(`href="/briefs/segments/${SEGMENT}"`);
    expect(html).toContain(`href="/statements?segment=${SEGMENT}"`);
    for (const lang of ["fr", "es", "ar", "ru", "zh"]) {
      const local = await (await get(`/segments?lang=${lang}`)).text();
      expect(local).not.toContain("Dialogue segments");
      if (lang === "ar") expect(local).toContain('dir="rtl"');
    }
  });

  it("list every theme with its description, count and briefing pack", async () => {
    const html = await (await get("/themes")).text();
    expect(html).toContain("<h1>Themes</h1>");
    expect(html).toContain('href="/themes/firearms-control"');
    expect(html).toContain('href="/briefs/themes/firearms-control"');
    expect(html).toMatch(/href="\/statements\?theme=firearms-control">\d+ statements?<\/a>/);
    expect(await (await get("/themes?lang=zh")).text()).toContain("主题");
  });

  it("count each theme's statements as the API does (read from the facet table)", async () => {
    const html = await (await get("/themes")).text();
    const api = ((await (await call("/api/v1/themes")).json()) as { items: { slug: string; statementCount: number }[] }).items;
    expect(api.some((th) => th.statementCount > 0)).toBe(true);
    for (const th of api) {
      const shown = new RegExp(`href="/statements\\?theme=${th.slug}">(\\d+) statements?</a>`).exec(html)?.[1];
      expect(Number(shown), th.slug).toBe(th.statementCount);
    }
  });

  it("stay small and work without scripts", async () => {
    for (const path of ["/segments", "/themes", `/briefs/segments/${SEGMENT}`]) {
      const html = await (await get(path)).text();
      expect(new TextEncoder().encode(html).length, path).toBeLessThan(30 * 1024);
      expect(html).not.toMatch(/<script(?![^>]*src="\/app\.js")(?![^>]*application\/ld\+json)/);
    }
  });
});

describe("segment briefing pack (HTML)", () => {
  it("contains every published proposal of the segment and nothing else, each with a citation link", async () => {
    const html = await (await get(`/briefs/segments/${SEGMENT}`)).text();
    const expected = await segmentProposals(SEGMENT);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    for (const text of expected) expect(html, text).toContain(escapeHtml(text));
    expect(html).not.toContain("Brief proposal outside the segment.");
    expect(html).not.toContain(privateProposal);
    expect(html).toContain(`href="/statements/${refs[0]}#p2"`);
    expect(html).toContain(`http://localhost/statements/${refs[0]}#p2`);
    expect(html).toContain("Small Arms Watch (SAW) (Kenya)");
  });

  it("groups proposals by theme with a contents list, a proposal with two themes under both, untagged last", async () => {
    const html = await (await get(`/briefs/segments/${SEGMENT}`)).text();
    expect(html).toContain('<nav class="brief-toc"');
    expect(html).toContain('href="#theme-firearms-control"');
    const firearms = html.slice(html.indexOf('<h2 id="theme-firearms-control">'), html.indexOf("</section>", html.indexOf('<h2 id="theme-firearms-control">')));
    expect(firearms).toContain("Brief proposal alpha");
    expect(firearms).toContain("Brief proposal beta");
    const cooperation = html.slice(html.indexOf('<h2 id="theme-international-cooperation">'));
    expect(cooperation.slice(0, cooperation.indexOf("</section>"))).toContain("Brief proposal beta");
    // A proposal without themes of its own is filed under its statement's; with neither, last.
    const victims = html.slice(html.indexOf('<h2 id="theme-victim-protection">'));
    expect(victims.slice(0, victims.indexOf("</section>"))).toContain("مقترح الإحاطة جيم");
    expect(html.indexOf('id="theme-none"')).toBeGreaterThan(html.indexOf('id="theme-firearms-control"'));
    expect(html.slice(html.indexOf('id="theme-none"'))).toContain("Brief proposal delta");
  });

  it("links the Word version, outside what is printed", async () => {
    const html = await (await get(`/briefs/segments/${SEGMENT}`)).text();
    expect(html).toMatch(new RegExp(`<p class="no-print"><a href="/briefs/segments/${SEGMENT}\\.docx" download="">`));
    // The same proposals as open data, and no "first N only" note while the pack is complete.
    expect(html).toContain(`href="/api/v1/proposals.csv?segment=${SEGMENT}"`);
    expect(html).not.toContain("holds the first");
  });

  it("answers 404 for an unknown segment or theme", async () => {
    expect((await call("/briefs/segments/no-such-segment")).status).toBe(404);
    expect((await call("/briefs/segments/no-such-segment.docx")).status).toBe(404);
    expect((await call("/briefs/themes/no-such-theme")).status).toBe(404);
  });
});

describe("briefing pack as Word", () => {
  async function documentXml(path: string): Promise<string> {
    const res = await get(path);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="brief-[a-z0-9-]+-[a-z]{2}\.docx"$/);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toContain("word/document.xml");
    return strFromU8(files["word/document.xml"]!);
  }
  const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  it("holds every published proposal of the segment, with its citation URL, and a page break per theme", async () => {
    const xml = await documentXml(`/briefs/segments/${SEGMENT}.docx`);
    for (const text of await segmentProposals(SEGMENT)) expect(xml, text).toContain(escapeXml(text));
    expect(xml).not.toContain("Brief proposal outside the segment.");
    expect(xml).not.toContain(privateProposal);
    expect(xml).toContain(`http://localhost/statements/${refs[0]}#p1`);
    expect(xml).toContain("w:pageBreakBefore");
    expect(xml).toContain("Small Arms Watch (SAW) (Kenya)");
  });

  it("is written in the reader's language, right to left in Arabic", async () => {
    const xml = await documentXml(`/briefs/segments/${SEGMENT}.docx?lang=ar`);
    expect(xml).toContain("ملف الإحاطة");
    expect(xml).toContain("<w:bidi/>");
  });

  it("holds every proposal on a theme, across segments", async () => {
    const xml = await documentXml("/briefs/themes/firearms-control.docx");
    expect(xml).toContain("Brief proposal alpha");
    expect(xml).toContain("Brief proposal outside the segment.");
    expect(xml).not.toContain("Brief proposal delta");
    const html = await (await get("/briefs/themes/firearms-control")).text();
    expect(html).toContain("Brief proposal outside the segment.");
    expect(html).toContain('id="segment-2022-4-trafficking-in-persons"');
  });
});
