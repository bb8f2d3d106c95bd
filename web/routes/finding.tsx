import { Hono, type Context } from "hono";
import { publicReader } from "../../worker/http/public-reader";
import { themeStatementCounts } from "../../worker/db/archive-index";
import { briefProposals } from "../../worker/db/archive-proposals";
import { getSegmentBySlug, listSegments } from "../../worker/db/segments";
import { getTheme, listThemes } from "../../worker/db/themes";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { t } from "../../worker/i18n";
import { localizeTheme, localSegmentTitle } from "../../worker/i18n/taxonomy";
import { segmentTitleIn } from "../context";
import { SegmentsIndexPage, ThemesIndexPage } from "../pages/archive-index";
import { BriefPage } from "../pages/brief";
import { briefDocx } from "../pages/brief-docx";
import { BRIEF_LIMIT, briefOf, briefOutcome, groupBySegment, groupByTheme, type Brief } from "../pages/brief-model";
import { getOutcome } from "../../worker/db/outcomes";
import { publicOutcome } from "../../worker/services/outcomes";
import { notFound } from "./guards";

type C = Context<AppEnv>;

/** The archive's index pages (/segments, /themes) and briefing packs (/briefs/…, HTML and Word). */
export const findingPages = new Hono<AppEnv>();

findingPages.get("/segments", async (c) => {
  const segments = await listSegments(c.env.DB, isoNow());
  return c.render(<SegmentsIndexPage segments={segments} />, { title: t(c.get("locale"), "segments.title") });
});

findingPages.get("/themes", async (c) => {
  const locale = c.get("locale");
  const [rows, counts] = await Promise.all([listThemes(c.env.DB), themeStatementCounts(publicReader(c))]);
  const themes = rows.map((th) => localizeTheme(locale, { ...th, statementCount: counts.get(th.slug) ?? 0 }));
  return c.render(<ThemesIndexPage themes={themes} />, { title: t(locale, "themes.title") });
});

/** `slug` or `slug.docx` → the slug and whether Word was asked for. */
function briefTarget(param: string): { slug: string; docx: boolean } {
  return param.endsWith(".docx") ? { slug: param.slice(0, -5), docx: true } : { slug: param, docx: false };
}

async function answerBrief(c: C, brief: Brief, path: string, docx: boolean, slug: string, showSegment: boolean): Promise<Response> {
  const locale = c.get("locale");
  const today = isoNow().slice(0, 10);
  if (docx) {
    const bytes = await briefDocx(brief, { locale, origin: c.env.APP_ORIGIN, path, today, showSegment, segmentTitle: (slug, title) => segmentTitleIn(c, slug, title) });
    return c.body(bytes, 200, {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="brief-${slug}-${locale}.docx"`,
    });
  }
  return c.render(<BriefPage brief={brief} origin={c.env.APP_ORIGIN} path={path} today={today} showSegment={showSegment} />, { title: brief.title });
}

findingPages.get("/briefs/segments/:slug", async (c) => {
  const { slug, docx } = briefTarget(c.req.param("slug"));
  const locale = c.get("locale");
  const segment = await getSegmentBySlug(c.env.DB, slug, isoNow());
  if (!segment) throw notFound();
  const [proposals, themes, stored] = await Promise.all([briefProposals(publicReader(c), { segment: segment.slug }, BRIEF_LIMIT), listThemes(c.env.DB), getOutcome(c.env.DB, segment.id)]);
  const outcome = stored ? briefOutcome(await publicOutcome(c.env.DB, c.env.APP_ORIGIN, segment.slug), `${c.env.APP_ORIGIN}/segments/${segment.slug}/outcome`) : null;
  const title = localSegmentTitle(locale, segment);
  const groups = groupByTheme(proposals, themes.map((th) => localizeTheme(locale, th)), t(locale, "brief.untagged"));
  const brief = briefOf(t(locale, "brief.titleSegment", { title }), title, proposals, groups, `/api/v1/proposals.csv?segment=${encodeURIComponent(segment.slug)}`, outcome);
  return answerBrief(c, brief, `/briefs/segments/${segment.slug}`, docx, segment.slug, false);
});

findingPages.get("/briefs/themes/:slug", async (c) => {
  const { slug, docx } = briefTarget(c.req.param("slug"));
  const locale = c.get("locale");
  const stored = await getTheme(c.env.DB, slug);
  if (!stored) throw notFound();
  const theme = localizeTheme(locale, stored);
  const proposals = await briefProposals(publicReader(c), { theme: theme.slug }, BRIEF_LIMIT);
  const groups = groupBySegment(proposals, (s, title) => segmentTitleIn(c, s, title));
  const brief = briefOf(t(locale, "brief.titleTheme", { title: theme.label }), theme.label, proposals, groups, `/api/v1/proposals.csv?theme=${encodeURIComponent(theme.slug)}`);
  return answerBrief(c, brief, `/briefs/themes/${theme.slug}`, docx, theme.slug, true);
});
