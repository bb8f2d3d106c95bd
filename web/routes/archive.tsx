import { Hono, type Context } from "hono";
import { parseArchiveParams, type ArchiveInput } from "../../worker/api/archive-params";
import { cachedData } from "../../worker/api/public-cache";
import { publicReader } from "../../worker/api/public-reader";
import { searchArchive, statementUrl } from "../../worker/api/statements";
import {
  getOrganization,
  getPublishedStatement,
  getStatementDocument,
  listOrganizationStatements,
  listSegmentStatements,
  listThemeProposals,
  organizationIdFromSlug,
  organizationSlug,
} from "../../worker/db/archive-read";
import { getSegmentBySlug, listSegments } from "../../worker/db/segments";
import { getTheme, listThemes } from "../../worker/db/themes";
import { isReference } from "../../worker/domain/reference";
import { documentResponse } from "../../worker/services/documents";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { AppError } from "../../worker/http/errors";
import { t } from "../i18n";
import { errorMessage } from "../i18n/errors";
import { localizeTheme, segmentChoice, segmentTitle, themeLabels as localThemeLabels } from "../i18n/taxonomy";
import { OrganizationPage, SegmentPage, ThemePage } from "../pages/archive-browse";
import { ArchiveSearchPage } from "../pages/archive-search";
import { StatementPage } from "../pages/statement";
import { notFoundPage } from "./shared";
import { getPublishedCampaign } from "../../worker/db/campaign-public";

type C = Context<AppEnv>;

/** slug → label in the reader's language (an admin's relabel wins over the translation). */
async function themeLabels(c: C): Promise<Record<string, string>> {
  return localThemeLabels(c.get("locale"), await listThemes(c.env.DB));
}

/** The public archive's pages: search, one statement, a segment, a theme, an organization. */
export const archivePages = new Hono<AppEnv>();

archivePages.get("/statements", async (c) => {
  const url = new URL(c.req.url);
  let input: ArchiveInput;
  let error: string | undefined;
  try {
    input = parseArchiveParams(url);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    // A hand-edited URL gets the search page with a message (in the page's language), not a bare 400.
    const locale = c.get("locale");
    error = (err.errors ?? []).map((e) => errorMessage(locale, e)).join(" ") || errorMessage(locale, { message: err.message, text: err.text });
    const clean = new URL("/statements", url);
    clean.searchParams.set("q", url.searchParams.get("q") ?? "");
    input = parseArchiveParams(clean);
    c.status(400);
  }
  const db = publicReader(c);
  const search = () => searchArchive(db, input, c.env.APP_ORIGIN);
  const [result, segments, labels] = await Promise.all([error ? search().then((r) => r.value) : cachedData(c, db, "statements", search), listSegments(c.env.DB, isoNow()), themeLabels(c)]);
  return c.render(
    <ArchiveSearchPage
      q={input.q}
      unsearchable={input.q !== "" && !input.query}
      sort={input.sort}
      selected={input.filters}
      result={result}
      error={error}
      labels={{ segment: Object.fromEntries(segments.map((s) => [s.slug, segmentChoice(c.get("locale"), s)])), theme: labels }}
      params={url.searchParams}
    />,
    { title: input.q ? `${input.q} — ${t(c.get("locale"), "archive.title")}` : t(c.get("locale"), "archive.title") },
  );
});

archivePages.get("/statements/:reference", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference)) return notFoundPage(c);
  const db = publicReader(c);
  const statement = await getPublishedStatement(db, reference);
  if (!statement) return notFoundPage(c);
  const [document, campaign] = await Promise.all([statement.hasDocument ? getStatementDocument(db, reference) : null, getPublishedCampaign(db, reference)]);
  return c.render(<StatementPage statement={statement} url={statementUrl(c.env.APP_ORIGIN, reference)} themeLabels={await themeLabels(c)} document={document} campaign={campaign} />, {
    title: statement.title,
  });
});

archivePages.get("/statements/:reference/document", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference)) return notFoundPage(c);
  const doc = await getStatementDocument(publicReader(c), reference);
  const object = doc ? await c.env.DOCUMENTS.get(doc.r2Key) : null;
  if (!doc || !object) return notFoundPage(c);
  return documentResponse(object, doc.contentType, doc.filename, "public, max-age=3600");
});

archivePages.get("/segments/:slug", async (c) => {
  const segment = await getSegmentBySlug(c.env.DB, c.req.param("slug"), isoNow());
  if (!segment) return notFoundPage(c);
  const [statements, themes] = await Promise.all([listSegmentStatements(publicReader(c), segment.slug), listThemes(c.env.DB)]);
  return c.render(<SegmentPage segment={segment} statements={statements} themes={themes.map((th) => localizeTheme(c.get("locale"), th))} />, { title: segmentTitle(c.get("locale"), segment.slug, segment.title) });
});

archivePages.get("/themes/:slug", async (c) => {
  const stored = await getTheme(c.env.DB, c.req.param("slug"));
  if (!stored) return notFoundPage(c);
  const theme = localizeTheme(c.get("locale"), stored);
  const proposals = await listThemeProposals(publicReader(c), theme.slug);
  return c.render(<ThemePage theme={theme} proposals={proposals} />, { title: theme.label });
});

archivePages.get("/organizations/:slug", async (c) => {
  const id = organizationIdFromSlug(c.req.param("slug"));
  const organization = id === null ? null : await getOrganization(c.env.DB, id);
  if (!organization) return notFoundPage(c);
  const statements = await listOrganizationStatements(publicReader(c), organization.id);
  // Unpublished organizations have no public page: their existence is not public.
  if (statements.length === 0) return notFoundPage(c);
  const canonical = organizationSlug(organization);
  if (c.req.param("slug") !== canonical) return c.redirect(`/organizations/${canonical}`, 301);
  return c.render(<OrganizationPage organization={organization} statements={statements} themeLabels={await themeLabels(c)} />, { title: organization.name });
});
