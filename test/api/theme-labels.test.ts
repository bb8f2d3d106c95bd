import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../worker/i18n";
import { arThemes } from "../../worker/seed/translations/ar-themes";
import { frThemes } from "../../worker/seed/translations/fr-themes";
import { THEMES } from "../../worker/seed/taxonomy";
import { call, seed, signIn, signInAdmin } from "../helpers";
import { archived, importStatements } from "./archive-helpers";

/** Seeded themes show in the reader's language on HTML pages, unless an admin relabelled them; the API keeps the database's labels. */

let ref = "";
const SLUG = "firearms-control";
const ENGLISH = THEMES.find((th) => th.slug === SLUG)!;

/** As hono/jsx writes text into HTML. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

beforeAll(async () => {
  await seed();
  const admin = await signInAdmin();
  const created = await importStatements(admin, [
    archived({
      title: "Tracing firearms across borders",
      proposals: [{ text: "Mark every firearm at import and keep records for twenty years.", themes: [SLUG] }],
      themes: [SLUG],
    }),
  ]);
  ref = created[0]!;
});

async function html(path: string, cookie?: string): Promise<string> {
  const res = await call(path, { cookie });
  expect(res.status, path).toBe(200);
  return res.text();
}

/** GET /api/v1/themes as a reader of `lang` asks for it. */
async function apiThemes(lang: string): Promise<{ slug: string; label: string; description: string }[]> {
  const res = await call(`/api/v1/themes?lang=${lang}`, { headers: { "accept-language": lang } });
  return ((await res.json()) as { items: { slug: string; label: string; description: string }[] }).items;
}

/** The pages that show the theme: search facets, a statement's chips, the theme page, a segment page and the submit form. */
async function pages(lang: string, cookie: string): Promise<Record<string, string>> {
  return {
    facets: await html(`/statements?theme=${SLUG}&lang=${lang}`),
    chips: await html(`/statements/${ref}?lang=${lang}`),
    theme: await html(`/themes/${SLUG}?lang=${lang}`),
    segment: await html(`/segments/2023-1-firearms?lang=${lang}`),
    submit: await html(`/submit?lang=${lang}`, cookie),
  };
}

describe("seeded theme labels on HTML pages", () => {
  it("are in French and Arabic with ?lang=fr / ?lang=ar, English otherwise", async () => {
    const cookie = await signIn();
    for (const [lang, catalog] of [["fr", frThemes], ["ar", arThemes]] as const) {
      const label = esc(catalog[SLUG].label);
      for (const [name, page] of Object.entries(await pages(lang, cookie))) {
        expect(page, `${lang} ${name}`).toContain(label);
        expect(page, `${lang} ${name}`).not.toContain(esc(ENGLISH.label));
      }
      // The submit form's checkboxes translate every seeded theme.
      const submit = await html(`/submit?lang=${lang}`, cookie);
      for (const th of THEMES) expect(submit, `${lang} ${th.slug}`).toContain(esc(catalog[th.slug].label));
      // The theme page also shows the translated description and title.
      const theme = await html(`/themes/${SLUG}?lang=${lang}`);
      expect(theme).toContain(esc(catalog[SLUG].description));
      expect(theme).toContain(`<title>${label}`);
    }
    for (const [name, page] of Object.entries(await pages("en", cookie))) expect(page, `en ${name}`).toContain(esc(ENGLISH.label));
  });

  it("an admin's English relabel leaves the other languages alone, and one language's edit leaves the others (API.md)", async () => {
    const cookie = await signIn();
    const admin = await signInAdmin();
    // Before the relabel the API answers the seeded English whatever the reader's language.
    for (const lang of ["fr", "ar"]) {
      const themes = await apiThemes(lang);
      expect(themes.find((th) => th.slug === SLUG), lang).toMatchObject({ label: ENGLISH.label, description: ENGLISH.description });
    }
    const patched = await call(`/api/v1/admin/themes/${SLUG}`, { method: "PATCH", cookie: admin, json: { label: "Firearms & ammunition <controls>" } });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { labels: Record<string, string> }).labels).toMatchObject({ fr: frThemes[SLUG].label, ar: arThemes[SLUG].label });
    for (const [name, page] of Object.entries(await pages("en", cookie))) expect(page, `en ${name}`).toContain(esc("Firearms & ammunition <controls>"));
    for (const [lang, catalog] of [["fr", frThemes], ["ar", arThemes]] as const) {
      for (const [name, page] of Object.entries(await pages(lang, cookie))) {
        expect(page, `${lang} ${name}`).toContain(esc(catalog[SLUG].label));
        expect(page, `${lang} ${name}`).not.toContain(esc("Firearms & ammunition <controls>"));
      }
    }
    // Now the French label alone: French pages follow, Arabic and English do not move.
    const french = "Armes à feu : marquage & <traçage>";
    expect((await call(`/api/v1/admin/themes/${SLUG}`, { method: "PATCH", cookie: admin, json: { labels: { fr: french } } })).status).toBe(200);
    expect(await html(`/themes/${SLUG}?lang=fr`)).toContain(esc(french));
    expect(await html(`/themes/${SLUG}?lang=ar`)).toContain(esc(arThemes[SLUG].label));
    expect(await html(`/themes/${SLUG}?lang=en`)).toContain(esc("Firearms & ammunition <controls>"));
    // The description was not edited: it stays translated.
    expect(await html(`/themes/${SLUG}?lang=fr`)).toContain(esc(frThemes[SLUG].description));
    // An empty translation removes it: the English shows.
    expect((await call(`/api/v1/admin/themes/${SLUG}`, { method: "PATCH", cookie: admin, json: { labels: { es: "" } } })).status).toBe(200);
    expect(await html(`/themes/${SLUG}?lang=es`)).toContain(esc("Firearms & ammunition <controls>"));
    // The public JSON API answers the database's English label, without translations.
    const themes = await apiThemes("fr");
    expect(themes.find((th) => th.slug === SLUG)).toEqual({ slug: SLUG, label: "Firearms & ammunition <controls>", description: ENGLISH.description, statementCount: expect.any(Number) });
    expect(themes.find((th) => th.slug === "legislation")?.label).toBe("Legislation and criminalization");
  });

  it("refuses translations in unknown languages or of the wrong shape with 422", async () => {
    const admin = await signInAdmin();
    for (const json of [{ labels: { de: "Feuerwaffen" } }, { labels: "Armes" }, { labels: { fr: 3 } }, { labels: { fr: "x" } }, { descriptions: { ar: "x".repeat(2001) } }]) {
      const res = await call(`/api/v1/admin/themes/${SLUG}`, { method: "PATCH", cookie: admin, json });
      expect(res.status, JSON.stringify(json)).toBe(422);
    }
  });
});
