import { Hono, type Context } from "hono";
import * as v from "valibot";
import { MAX_THEME_KEYWORDS, ThemeKeywordInput } from "../../worker/domain/intake-schemas";
import { addThemeKeyword, listThemeKeywords, removeThemeKeyword } from "../../worker/db/theme-keywords";
import { getTheme } from "../../worker/db/themes";
import { Slug } from "../../worker/domain/schemas";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { checkForm } from "../forms/check";
import { builtInTerms } from "../../worker/intake/lexicon";
import type { Errors } from "../components/form";
import { t } from "../../worker/i18n";
import { ThemeKeywordsPage, type KeywordValues } from "../pages/admin-keywords";
import { requireAdminPage } from "./guards";
import { notFound } from "./guards";
import { str } from "../forms/body-values";

type C = Context<AppEnv>;
const NOTICES = { added: "admin.keywords.addedNotice", removed: "admin.keywords.removedNotice" } as const;

async function renderKeywords(c: C, slug: string, form: { values: KeywordValues; errors: Errors } = { values: { term: "", language: "en" }, errors: {} }) {
  const theme = v.is(Slug, slug) ? await getTheme(c.env.DB, slug) : null;
  if (!theme) throw notFound();
  const notice = NOTICES[c.req.query("notice") as keyof typeof NOTICES];
  const heading = t(c.get("locale"), "admin.keywords.heading", { name: theme.label });
  return c.render(
    <ThemeKeywordsPage
      theme={theme}
      builtIn={builtInTerms(slug)}
      weak={builtInTerms(slug, "weak")}
      items={(await listThemeKeywords(c.env.DB, slug)).map(({ theme: _t, ...k }) => k)}
      form={form}
      notice={notice && c.req.method === "GET" ? t(c.get("locale"), notice) : undefined}
    />,
    { title: heading },
  );
}

/** /admin/themes/{slug}/keywords: admins add and remove the words that suggest a theme at intake (same table as the API). */
export const adminKeywordPages = new Hono<AppEnv>();
const pages = adminKeywordPages;
pages.use("/admin/themes/:slug/keywords", requireAdminPage);
pages.use("/admin/themes/:slug/keywords/*", requireAdminPage);

pages.get("/admin/themes/:slug/keywords", (c) => renderKeywords(c, c.req.param("slug")));

pages.post("/admin/themes/:slug/keywords", async (c) => {
  const slug = c.req.param("slug");
  if (!v.is(Slug, slug) || !(await getTheme(c.env.DB, slug))) throw notFound();
  const body = await c.req.parseBody();
  const values = { term: str(body.term), language: str(body.language) };
  const parsed = checkForm(c.get("locale"), ThemeKeywordInput, values);
  let errors: Errors = {};
  if (!parsed.ok) errors = parsed.errors;
  else if ((await listThemeKeywords(c.env.DB, slug)).length >= MAX_THEME_KEYWORDS) errors = { term: t(c.get("locale"), "admin.keywords.full", { max: MAX_THEME_KEYWORDS }) };
  else if (!(await addThemeKeyword(c.env.DB, slug, parsed.output, c.get("user")!.email, isoNow()))) errors = { term: t(c.get("locale"), "admin.keywords.duplicate") };
  else return c.redirect(`/admin/themes/${slug}/keywords?notice=added`, 303);
  c.status(422);
  return renderKeywords(c, slug, { values, errors });
});

pages.post("/admin/themes/:slug/keywords/remove", async (c) => {
  const slug = c.req.param("slug");
  if (!v.is(Slug, slug) || !(await getTheme(c.env.DB, slug))) throw notFound();
  const term = str((await c.req.parseBody()).term);
  if (term) await removeThemeKeyword(c.env.DB, slug, term);
  return c.redirect(`/admin/themes/${slug}/keywords?notice=removed`, 303);
});
