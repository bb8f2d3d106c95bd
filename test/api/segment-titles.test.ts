import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../worker/i18n";
import { arSegments } from "../../worker/seed/translations/ar-segments";
import { frSegments } from "../../worker/seed/translations/fr-segments";
import { DEMO_SEGMENT_SLUG, DEMO_SEGMENT_TITLE, SEGMENTS } from "../../worker/seed/taxonomy";
import { call, createSubmission, seed, signIn, signInAdmin, signInModerator } from "../helpers";
import { archived, importStatements } from "./archive-helpers";

/** Seeded segments' titles show in the reader's language on HTML pages, unless an admin retitled them; the API keeps the database's titles. */

let ref = "";
let organization = "";
const SLUG = "2022-3-smuggling-of-migrants";
const THEME = "border-management";
const ENGLISH = SEGMENTS.find((g) => g.slug === SLUG)!.title;
const EDITED = "Smuggling of migrants & <border> crossings";

/** As hono/jsx writes text into HTML. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** A statement page without its citation and JSON-LD, which keep the database's title. */
// Citations (the statement's and each proposal's, for the copy button) keep the database's title.
const withoutCitation = (page: string) =>
  page
    .replace(/<p class="citation">[\s\S]*?<\/p>/, "")
    .replace(/ data-cite="[^"]*"/g, "")
    .replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/, "");

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  const created = await importStatements(admin, [
    archived({
      segment: SLUG,
      deliveredOn: "2022-07-01",
      title: "Safe routes instead of smugglers",
      proposals: [{ text: "Open regular pathways so that migrants need not turn to smugglers.", themes: [THEME] }],
      themes: [THEME],
    }),
  ]);
  ref = created[0]!;
  organization = /href="(\/organizations\/[^"]+)"/.exec(await html(`/statements/${ref}`))![1]!;
});

async function html(path: string, cookie?: string): Promise<string> {
  const res = await call(path, { cookie });
  expect(res.status, path).toBe(200);
  return res.text();
}

/** The pages that show the segment's title: its page, the search facet and results, a statement, a theme and an organization. */
async function pages(lang: string): Promise<Record<string, string>> {
  return {
    segment: await html(`/segments/${SLUG}?lang=${lang}`),
    facets: await html(`/statements?segment=${SLUG}&lang=${lang}`),
    statement: withoutCitation(await html(`/statements/${ref}?lang=${lang}`)),
    theme: await html(`/themes/${THEME}?lang=${lang}`),
    organization: await html(`${organization}?lang=${lang}`),
  };
}

async function apiTitle(path: string): Promise<string> {
  const res = await call(path, { headers: { "accept-language": "fr" } });
  expect(res.status, path).toBe(200);
  const body = (await res.json()) as { title?: string; segment?: { title: string } };
  return body.segment?.title ?? body.title!;
}

describe("segment titles admins write per language", () => {
  it("show on every page in that language for a new segment, and the English where a language has none", async () => {
    const admin = await signInAdmin();
    const slug = `titles-${crypto.randomUUID().slice(0, 8)}`;
    const created = await call("/api/v1/admin/segments", {
      method: "POST",
      cookie: admin,
      json: { slug, title: "Dialogue on witness protection", titles: { es: "Diálogo sobre la protección de testigos" }, series: "2031", number: 1, topics: ["trafficking-in-persons"], heldOn: "2031-03-01", opensAt: "2020-01-01T00:00:00Z", closesAt: "2099-12-31T23:59:59Z" },
    });
    expect(created.status).toBe(201);
    const [reference] = await importStatements(admin, [archived({ segment: slug, title: "Witnesses need protection", deliveredOn: "2031-03-01" })]);
    for (const path of [`/statements/${reference}`, `/statements?segment=${slug}`, `/statistics?segment=${slug}`]) {
      expect(await html(`${path}${path.includes("?") ? "&" : "?"}lang=es`), path).toContain("Diálogo sobre la protección de testigos");
      expect(await html(`${path}${path.includes("?") ? "&" : "?"}lang=fr`), path).toContain("Dialogue on witness protection");
    }
  });
});

describe("seeded segment titles on HTML pages", () => {
  it("are in French and Arabic with ?lang=fr / ?lang=ar, English otherwise; the citation keeps the database's title", async () => {
    const cookie = await signIn();
    for (const [lang, catalog] of [["fr", frSegments], ["ar", arSegments]] as const) {
      const title = esc(catalog[SLUG]);
      for (const [name, page] of Object.entries(await pages(lang))) {
        expect(page, `${lang} ${name}`).toContain(title);
        expect(page, `${lang} ${name}`).not.toContain(esc(ENGLISH));
      }
      expect(await html(`/segments/${SLUG}?lang=${lang}`)).toContain(`<title>${title}`);
      expect(await html(`/statements/${ref}?lang=${lang}`)).toMatch(new RegExp(`<p class="citation">[^<]*${esc(ENGLISH)}`));
      // The open demo segment: the home page and the submit form's select.
      const demo = esc(catalog[DEMO_SEGMENT_SLUG]);
      const home = await html(`/?lang=${lang}`);
      expect(home, `${lang} home`).toContain(demo);
      // "Latest statements" names each statement's segment too.
      expect(home, `${lang} home, latest statements`).toContain(title);
      expect(home, `${lang} home, latest statements`).not.toContain(esc(ENGLISH));
      const submit = await html(`/submit?lang=${lang}`, cookie);
      expect(submit, `${lang} submit`).toContain(demo);
      expect(submit, `${lang} submit`).not.toContain(esc(DEMO_SEGMENT_TITLE));
    }
    for (const [name, page] of Object.entries(await pages("en"))) expect(page, `en ${name}`).toContain(esc(ENGLISH));
  });

  const longDate = (iso: string) => new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  it("tell apart segments that share a title (firearms 2022 and 2023) in every list of choices, with the day held in the reader's language", async () => {
    const firearms = SEGMENTS.filter((g) => g.title === "Constructive dialogue on firearms");
    expect(firearms.length).toBeGreaterThan(1);
    await importStatements(await signInAdmin(), [archived({ title: "Marking and tracing firearms" })]);
    const pending = await createSubmission(await signIn());
    const moderator = await signInModerator();
    for (const path of ["/moderation", `/moderation/${pending.reference}`]) {
      const page = await html(path, moderator);
      for (const g of firearms) expect(page, path).toContain(`>${g.title}, ${longDate(g.heldOn)}</option>`);
    }
    expect(await html(`/statements?q=Marking`)).toContain("Constructive dialogue on firearms, May 5, 2023");
    expect(await html(`/statements?q=Marking&lang=fr`)).toContain("Dialogue constructif sur les armes à feu, 5 mai 2023");
  });

  it("an admin's English retitle leaves the other languages' titles, and the JSON API keeps the database's English title", async () => {
    const admin = await signInAdmin();
    // Before the edit the API answers the seeded English whatever the reader's language.
    expect(await apiTitle(`/api/v1/segments/${SLUG}?lang=fr`)).toBe(ENGLISH);
    expect(await apiTitle(`/api/v1/statements/${ref}?lang=ar`)).toBe(ENGLISH);
    const patched = await call(`/api/v1/admin/segments/${SLUG}`, { method: "PATCH", cookie: admin, json: { title: EDITED } });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { titles: Record<string, string> }).titles).toMatchObject({ fr: frSegments[SLUG], ar: arSegments[SLUG] });
    expect(await html(`/segments/${SLUG}?lang=en`)).toContain(esc(EDITED));
    for (const [lang, catalog] of [["fr", frSegments], ["ar", arSegments]] as const) {
      const page = await html(`/segments/${SLUG}?lang=${lang}`);
      expect(page, lang).toContain(`<h1>${esc(catalog[SLUG])}</h1>`);
      expect(page, lang).not.toContain(esc(EDITED));
    }
    // The French title alone: the French page follows, the Arabic one does not move.
    const french = "Trafic illicite de migrants & <passages>";
    expect((await call(`/api/v1/admin/segments/${SLUG}`, { method: "PATCH", cookie: admin, json: { titles: { fr: french } } })).status).toBe(200);
    expect(await html(`/segments/${SLUG}?lang=fr`)).toContain(`<h1>${esc(french)}</h1>`);
    expect(await html(`/segments/${SLUG}?lang=ar`)).toContain(`<h1>${esc(arSegments[SLUG])}</h1>`);
    // Every page that names the segment shows the titles the database keeps (not the seeded catalog,
    // not the English retitle): search results and facets, the statement, theme and organization pages,
    // statistics and the briefing packs.
    const more = async (lang: string) => ({
      ...(await pages(lang)),
      statistics: await html(`/statistics?segment=${SLUG}&lang=${lang}`),
      themeBrief: await html(`/briefs/themes/${THEME}?lang=${lang}`),
      segmentBrief: await html(`/briefs/segments/${SLUG}?lang=${lang}`),
    });
    for (const [name, page] of Object.entries(await more("fr"))) {
      expect(page, `fr ${name}`).toContain(esc(french));
      expect(page, `fr ${name}`).not.toContain(esc(EDITED));
      expect(page, `fr ${name}`).not.toContain(esc(frSegments[SLUG]));
    }
    for (const [name, page] of Object.entries(await more("ar"))) {
      expect(page, `ar ${name}`).toContain(esc(arSegments[SLUG]));
      expect(page, `ar ${name}`).not.toContain(esc(EDITED));
    }
    // The JSON API answers the database's English title.
    expect(await apiTitle(`/api/v1/segments/${SLUG}?lang=fr`)).toBe(EDITED);
    expect(await apiTitle(`/api/v1/statements/${ref}?lang=ar`)).toBe(EDITED);
    expect(await apiTitle(`/api/v1/segments/2023-1-firearms?lang=fr`)).toBe("Constructive dialogue on firearms");
  });
});
