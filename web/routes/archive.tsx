import { Hono, type Context } from "hono";
import { parseArchiveParams, type ArchiveInput } from "../../worker/http/archive-params";
import { cachedData } from "../../worker/http/public-cache";
import { publicReader } from "../../worker/http/public-reader";
import { searchArchive, statementUrl } from "../../worker/services/archive-search";
import {
  getOrganizationKey,
  getOrganizationProfile,
  getPublishedStatement,
  getStatementDocument,
  listCoSignedStatements,
  getUnpublishedNotice,
  listOrganizationStatements,
  listPublicOrganizations,
  listSegmentStatements,
  listThemeProposals,
  organizationIdFromSlug,
} from "../../worker/db/archive-read";
import { getSegmentBySlug, listSegments } from "../../worker/db/segments";
import { getTheme, listThemes } from "../../worker/db/themes";
import { isReference } from "../../worker/domain/reference";
import { documentResponse } from "../../worker/services/documents";
import { statementOutcomes } from "../../worker/services/outcomes";
import { getOutcome } from "../../worker/db/outcomes";
import { isoNow } from "../../worker/domain/time";
import type { AppEnv } from "../../worker/env";
import { AppError } from "../../worker/http/errors";
import { t } from "../../worker/i18n";
import { errorMessage } from "../../worker/i18n/errors";
import { localizeTheme, segmentChoice, themeLabels as localThemeLabels, localSegmentTitle } from "../../worker/i18n/taxonomy";
import { SegmentPage, ThemePage } from "../pages/archive-browse";
import { OrganizationPage, OrganizationsPage } from "../pages/organizations";
import { ArchiveSearchPage } from "../pages/archive-search";
import { StatementPage } from "../pages/statement";
import { StatementGonePage } from "../pages/statement-gone";
import { notFound } from "./guards";
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
  const search = () => searchArchive(db, input, c.env.APP_ORIGIN, c);
  const [result, segments, labels] = await Promise.all([error ? search().then((r) => r.value) : cachedData(c, db, "statements", search), listSegments(c.env.DB, isoNow()), themeLabels(c)]);
  return c.render(
    <ArchiveSearchPage
      q={input.q}
      unsearchable={input.q !== "" && !input.query && !input.reference}
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
  if (!isReference(reference)) throw notFound();
  const db = publicReader(c);
  const statement = await getPublishedStatement(db, reference);
  if (!statement) {
    // Unpublished by staff: a proper 410 page with the note for readers (never the text).
    const gone = await getUnpublishedNotice(db, reference);
    if (!gone) throw notFound();
    c.status(410);
    return c.render(<StatementGonePage {...gone} />, { title: t(c.get("locale"), "statement.goneTitle") });
  }
  const [document, campaign, outcomes] = await Promise.all([
    statement.hasDocument ? getStatementDocument(db, reference) : null,
    getPublishedCampaign(db, reference),
    statementOutcomes(db, c.env.APP_ORIGIN, statement.id),
  ]);
  return c.render(<StatementPage statement={statement} url={statementUrl(c.env.APP_ORIGIN, reference)} themeLabels={await themeLabels(c)} document={document} outcomes={outcomes} campaign={campaign} />, {
    title: statement.title,
  });
});

archivePages.get("/statements/:reference/document", async (c) => {
  const reference = c.req.param("reference");
  if (!isReference(reference)) throw notFound();
  const doc = await getStatementDocument(publicReader(c), reference);
  const object = doc ? await c.env.DOCUMENTS.get(doc.r2Key) : null;
  if (!doc || !object) throw notFound();
  return documentResponse(object, doc.contentType, doc.filename, "public, max-age=60");
});

archivePages.get("/segments/:slug", async (c) => {
  const segment = await getSegmentBySlug(c.env.DB, c.req.param("slug"), isoNow());
  if (!segment) throw notFound();
  const [statements, themes, outcome] = await Promise.all([listSegmentStatements(publicReader(c), segment.slug), listThemes(c.env.DB), getOutcome(c.env.DB, segment.id)]);
  return c.render(<SegmentPage segment={segment} statements={statements} themes={themes.map((th) => localizeTheme(c.get("locale"), th))} outcome={outcome} />, { title: localSegmentTitle(c.get("locale"), segment) });
});

archivePages.get("/themes/:slug", async (c) => {
  const stored = await getTheme(c.env.DB, c.req.param("slug"));
  if (!stored) throw notFound();
  const theme = localizeTheme(c.get("locale"), stored);
  const proposals = await listThemeProposals(publicReader(c), theme.slug);
  return c.render(<ThemePage theme={theme} proposals={proposals} />, { title: theme.label });
});

archivePages.get("/organizations", async (c) => {
  const organizations = await listPublicOrganizations(publicReader(c));
  return c.render(<OrganizationsPage organizations={organizations} />, { title: t(c.get("locale"), "organizations.title") });
});

archivePages.get("/organizations/:slug", async (c) => {
  const slug = c.req.param("slug");
  const db = publicReader(c);
  let key = await getOrganizationKey(db, { slug });
  // Old links (`/organizations/42`, or the id with the words of another spelling) lead to the current address.
  const id = key ? null : organizationIdFromSlug(slug);
  if (!key && id !== null) key = await getOrganizationKey(db, { id });
  const organization = key ? await getOrganizationProfile(db, key) : null;
  // Without a published statement (written or co-signed) an organization has no public page: its existence is not public.
  if (!key || !organization) throw notFound();
  if (slug !== key.slug) return c.redirect(`/organizations/${key.slug}`, 301);
  const [statements, coSigned] = await Promise.all([listOrganizationStatements(db, key.id), listCoSignedStatements(db, key.id)]);
  return c.render(<OrganizationPage organization={organization} statements={statements} coSigned={coSigned} themeLabels={await themeLabels(c)} />, {
    title: organization.name,
  });
});
