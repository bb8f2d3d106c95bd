import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES, t } from "../../worker/i18n";
import { call, createSubmission, seed, signIn, signInAdmin } from "../helpers";
import { archived, importStatements, LONG } from "./archive-helpers";

let ref = "";

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  const created = await importStatements(admin, [
    archived({
      title: "Proposals </script><script>alert(1)</script> on border management",
      text: `${LONG}\n\nA second paragraph about tracing firearms.`,
      organization: { name: "Grupo Océano", acronym: "GO", country: "CL", type: "foundation", website: "https://go.example.org" },
      proposals: [
        { text: "Mark every firearm at import and keep records for twenty years.", themes: ["firearms-control"] },
        { text: "Share tracing data with neighbouring states through a regional hub.", themes: ["international-cooperation", "firearms-control"] },
      ],
      themes: ["firearms-control"],
    }),
  ]);
  ref = created[0]!;
});

async function page(path: string): Promise<{ status: number; html: string; csp: string }> {
  const res = await call(path);
  return { status: res.status, html: await res.text(), csp: res.headers.get("content-security-policy") ?? "" };
}

describe("/statements", () => {
  it("renders a GET form with the search box, facets as checkboxes, the count and results", async () => {
    const { status, html } = await page("/statements?q=firearm*&theme=firearms-control");
    expect(status).toBe(200);
    expect(html).toContain('<form method="get" action="/statements"');
    expect(html).toMatch(/<input type="search" id="archive-q" name="q" value="firearm\*"/);
    expect(html).toMatch(/<input type="checkbox" id="facet-theme-\d+" name="theme" value="firearms-control" checked/);
    expect(html).toContain("1 statement");
    expect(html).toContain(`href="/statements/${ref}"`);
    expect(html).toContain("<mark>");
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("/api/v1/statements.csv?q=firearm*&amp;theme=firearms-control");
  });

  it("links to the next page with the cursor and back to the first", async () => {
    const { html } = await page("/statements?limit=1&sort=newest");
    const next = /href="(\/statements\?[^"]*cursor=[^"]+)" rel="next"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(next).toBeTruthy();
    const second = await page(next!);
    expect(second.status).toBe(200);
    expect(second.html).toContain("First page");
  });

  it("says so when a search has nothing searchable in it, rather than silently listing every statement", async () => {
    const all = await page("/statements");
    const total = /<h2 id="results-h">\s*([^<]*?)\s*<\/h2>/.exec(all.html)![1];
    expect(total).toMatch(/^\d+ statements$/);
    expect(all.html).not.toContain("has no words that can be searched");
    // What the query parser drops: terms with no letter or digit (punctuation, symbols, emoji, operators alone).
    for (const q of ["%", "🙂", "🏳️‍🌈👍🏽", "?!…", "%%% ... ---", '"" * -', "-%", "\u200b", "«»", "№ ¶ §"]) {
      const { status, html } = await page(`/statements?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(html, q).toContain('<p class="notice" role="status">Your search');
      expect(html, q).toContain("has no words that can be searched: punctuation, symbols and emoji are left out. All statements are listed.");
      // Every statement is listed, and the heading does not claim they match the query.
      expect(/<h2 id="results-h">\s*([^<]*?)\s*<\/h2>/.exec(html)?.[1], q).toBe(total);
      expect(html, q).toMatch(/name="q" value="[^"]*"/);
    }
    // The note quotes what was typed, escaped.
    expect((await page(`/statements?q=${encodeURIComponent("<%>")}`)).html).toContain("Your search “&lt;%&gt;” has no words");
    // A real word, even one letter (Ä), a number, or a word next to punctuation is searched: no note.
    for (const q of ["Ä", "2022", "firearm* %", "人", "-firearms"]) {
      const { html } = await page(`/statements?q=${encodeURIComponent(q)}`);
      expect(html, q).not.toContain("has no words that can be searched");
    }
    // With a filter the note still shows; the filter applies.
    const filtered = await page(`/statements?q=%25&theme=firearms-control`);
    expect(filtered.html).toContain("has no words that can be searched");
    expect(filtered.html).toContain(`href="/statements/${ref}"`);
  });

  it("writes that note in all six languages", async () => {
    for (const locale of LOCALES) {
      const { html } = await page(`/statements?q=${encodeURIComponent("!!")}&lang=${locale}`);
      const note = t(locale, "archive.unsearchable", { q: "!!" });
      expect(html, locale).toContain(`<p class="notice" role="status">${note.replace(/'/g, "&#39;").replace(/"/g, "&quot;")}</p>`);
    }
  });

  it("keeps the JSON API's answer to such a search as it was: the same shape, every statement", async () => {
    const all = (await (await call("/api/v1/statements")).json()) as Record<string, unknown>;
    const res = await call(`/api/v1/statements?q=${encodeURIComponent("%")}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(Object.keys(all).sort());
    expect(body.total).toBe(all.total);
  });

  it("shows a message rather than failing on a malformed parameter", async () => {
    const { status, html } = await page("/statements?limit=1000&q=border");
    expect(status).toBe(400);
    expect(html).toContain('role="alert"');
    expect(html).toContain('name="q" value="border"');
  });
});

describe("/statements/{reference}", () => {
  it("shows metadata, anchored proposals with theme chips, full text and a citation", async () => {
    const { status, html } = await page(`/statements/${ref}`);
    expect(status).toBe(200);
    expect(html).toMatch(/<li id="p1" data-cite="[^"]*#p1">/);
    expect(html).toMatch(/<li id="p2" data-cite="[^"]*#p2">/);
    expect(html).toContain('href="/themes/firearms-control"');
    expect(html).toContain("A second paragraph about tracing firearms.");
    expect(html).toMatch(/Grupo Océano \(GO\), “Proposals &lt;\/script&gt;.*ref\. CD-.*Available at http:\/\/localhost\/statements\/CD-/s);
    expect(html).toMatch(/href="\/organizations\/\d+-grupo-oceano"/);
  });

  it("carries JSON-LD in a script with the request's nonce, with </script> escaped", async () => {
    const { html, csp } = await page(`/statements/${ref}`);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    const m = /<script type="application\/ld\+json" nonce="([^"]+)">(.*?)<\/script>/s.exec(html);
    expect(m?.[1]).toBe(nonce);
    const data = JSON.parse(m![2]!) as { headline: string; identifier: string };
    expect(data.identifier).toBe(ref);
    expect(data.headline).toContain("</script>");
    expect(m![2]).not.toContain("</");
  });

  it("answers 404 for unpublished, unknown and malformed references", async () => {
    const s = await createSubmission(await signIn());
    for (const r of [s.reference, "CD-0000-0000", "nope"]) expect((await page(`/statements/${r}`)).status, r).toBe(404);
    expect((await page(`/statements/${s.reference}/document`)).status).toBe(404);
  });
});

describe("browse pages", () => {
  it("/segments/{slug} groups statements by theme", async () => {
    const { status, html } = await page("/segments/2023-1-firearms");
    expect(status).toBe(200);
    expect(html).toContain('<h3 id="theme-firearms-control">');
    expect(html).toContain('<h3 id="theme-international-cooperation">');
    expect((await page("/segments/nope")).status).toBe(404);
  });

  it("/themes/{slug} lists every proposal with the theme, by whom and when", async () => {
    const { status, html } = await page("/themes/firearms-control");
    expect(status).toBe(200);
    expect(html).toContain("Mark every firearm at import");
    expect(html).toContain(`href="/statements/${ref}#p2"`);
    expect(html).toContain("Grupo Océano (GO)");
    expect((await page("/themes/nope")).status).toBe(404);
  });

  it("/organizations/{id-name} lists its statements and redirects to the canonical address", async () => {
    const detail = await page(`/statements/${ref}`);
    const path = /href="(\/organizations\/(\d+)-grupo-oceano)"/.exec(detail.html)!;
    const { status, html } = await page(path[1]!);
    expect(status).toBe(200);
    expect(html).toContain(`href="/statements/${ref}"`);
    const redirect = await call(`/organizations/${path[2]}`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe(path[1]);
    for (const bad of ["/organizations/nope", "/organizations/999999", "/organizations/99999999999999999999"]) expect((await page(bad)).status, bad).toBe(404);
  });

  it("the home page links to the search and the latest statements", async () => {
    const { html } = await page("/");
    expect(html).toContain('action="/statements"');
    // An icon in web/public, so browsers do not ask for a missing /favicon.ico on every page.
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
    expect(html).toContain(`href="/statements/${ref}"`);
    // The date there is the publication date, not the day the dialogue was held: say so.
    expect(html).toMatch(/, published [A-Z][a-z]+ \d{1,2}, \d{4}/);
  });
});

/** What a delegate reading in Arabic, Russian or Chinese must see: real translations, never the English or a raw `{placeholder}`. */
const LOCALE_PAGES = {
  ar: {
    dir: "rtl",
    home: ["مقترحات المجتمع المدني إلى الدول الأعضاء", "أحدث البيانات"],
    search: ["البحث في البيانات", "عوامل التصفية", "بيان واحد", "تنزيل هذه النتائج:", "الأسلحة النارية"],
    statement: ["المقترحات إلى الدول الأعضاء", "الاستشهاد بهذا البيان", "بيان مقدَّم إلى", "تشيلي"],
    segment: ["البيانات حسب الموضوع", "الأسلحة النارية"],
    theme: ["المقترحات المتعلقة بهذا الموضوع", "مقترحان من بيان واحد"],
  },
  ru: {
    dir: "ltr",
    home: ["Предложения гражданского общества государствам-членам", "Последние заявления"],
    search: ["Поиск заявлений", "Фильтры", "1 заявление", "Скачать эти результаты:", "Огнестрельное оружие"],
    statement: ["Предложения государствам-членам", "Как цитировать это заявление", "Доступно по адресу", "Чили"],
    segment: ["Заявления по темам", "Огнестрельное оружие"],
    theme: ["Предложения по этой теме", "2 предложения из 1 заявления"],
  },
  zh: {
    dir: "ltr",
    home: ["民间社会向会员国提出的建议", "最新发言"],
    search: ["检索发言", "筛选", "共 1 篇发言", "下载这些结果：", "枪支"],
    statement: ["向会员国提出的建议", "引用此发言", "网址：", "智利"],
    segment: ["按主题分列的发言", "枪支"],
    theme: ["关于此主题的建议", "来自 1 篇发言的 2 项建议"],
  },
} as const;

// English interface text the pages above must no longer show. Seeded theme labels and segment titles are translated too (see theme-labels.test.ts and segment-titles.test.ts).
const ENGLISH = ["Search statements", "Proposals to Member States", "Cite this statement", "Available at", "Statements by theme", "Proposals on this theme", "Download these results", "Topics", ">firearms (1)"];

describe("archive pages in Arabic, Russian and Chinese", () => {
  for (const [locale, want] of Object.entries(LOCALE_PAGES)) {
    it(`${locale}: home, search, statement, segment and theme pages are translated, with lang and dir on <html>`, async () => {
      const pages = {
        home: await page(`/?lang=${locale}`),
        search: await page(`/statements?q=firearm*&theme=firearms-control&lang=${locale}`),
        statement: await page(`/statements/${ref}?lang=${locale}`),
        segment: await page(`/segments/2023-1-firearms?lang=${locale}`),
        theme: await page(`/themes/firearms-control?lang=${locale}`),
      };
      for (const [name, { status, html }] of Object.entries(pages)) {
        expect(status, name).toBe(200);
        expect(html, name).toContain(`<html lang="${locale}" dir="${want.dir}">`);
        for (const text of want[name as keyof typeof pages]) expect(html, `${name}: ${text}`).toContain(text);
        for (const text of ENGLISH) expect(html, `${name} still says "${text}"`).not.toContain(text);
        expect(html, name).not.toMatch(/\{\w+(, plural,[^}]*)?\}/);
      }
      // The statement keeps its own language and direction inside the page.
      expect(pages.statement.html).toMatch(/<h1 lang="en" dir="auto">/);
      expect(pages.statement.html).toContain('<div class="statement-text" lang="en" dir="auto">');
    });
  }

  it("formats dates the locale's way", async () => {
    const date = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date("2023-05-05T00:00:00Z"));
    for (const locale of ["ar", "ru", "zh"]) {
      const { html } = await page(`/segments/2023-1-firearms?lang=${locale}`);
      expect(html, locale).toContain(date(locale));
    }
    expect((await page("/segments/2023-1-firearms?lang=zh")).html).toContain("2023年5月5日");
    expect((await page("/segments/2023-1-firearms?lang=ru")).html).toContain("5 мая 2023");
  });
});
