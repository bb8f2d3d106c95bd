/** Reads of the public archive other than search: one statement, a segment, a theme, an organization. */

import { PUBLIC_COSIGNERS_JSON, type PublicCoSigner } from "./cosigners";

type Db = D1Database | D1DatabaseSession;

/** A published statement as anyone may see it: no owner, no moderation fields, no version. */
export type PublicStatement = {
  reference: string;
  title: string;
  organization: { name: string; acronym: string | null; country: string; type: string; website: string | null; slug: string };
  speaker: { name: string; role: string | null };
  segment: { slug: string; title: string };
  /** Only co-signers that confirmed, in the submitter's order. */
  coSigners: PublicCoSigner[];
  language: string;
  deliveredOn: string | null;
  publishedAt: string;
  themes: string[];
  proposals: { number: number; text: string; themes: string[] }[];
  text: string;
  /** Staff corrections after publication, oldest first: when and the note readers see. */
  corrections: { at: string; note: string }[];
};

export type PublicStatementRow = PublicStatement & { id: number; organizationId: number; segmentHeldOn: string; segmentSeries: string; segmentNumber: number; hasDocument: number };

type Row = Omit<PublicStatementRow, "organization" | "speaker" | "segment" | "themes" | "proposals" | "coSigners" | "corrections"> & {
  orgSlug: string; coSigners: string; corrections: string; orgName: string; orgAcronym: string | null; orgCountry: string; orgType: string; orgWebsite: string | null;
  speakerName: string; speakerRole: string | null; segmentSlug: string; segmentTitle: string; themes: string; proposals: string;
};

const SELECT = `SELECT s.id, s.reference, s.title, s.organization_id AS organizationId,
  s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry, s.org_type AS orgType, s.org_website AS orgWebsite,
  s.speaker_name AS speakerName, s.speaker_role AS speakerRole, g.slug AS segmentSlug, g.title AS segmentTitle,
  g.held_on AS segmentHeldOn, g.series AS segmentSeries, g.number AS segmentNumber, s.language, s.delivered_on AS deliveredOn,
  s.published_at AS publishedAt, s.text,
  (SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM submission_themes WHERE submission_id = s.id ORDER BY theme_slug)) AS themes,
  (SELECT json_group_array(json_object('number', p.number, 'text', p.text,
      'themes', json((SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM proposal_themes WHERE proposal_id = p.id ORDER BY theme_slug)))))
     FROM (SELECT id, number, text FROM proposals WHERE submission_id = s.id ORDER BY number) p) AS proposals,
  (SELECT slug FROM organizations WHERE id = s.organization_id) AS orgSlug, ${PUBLIC_COSIGNERS_JSON} AS coSigners,
  (s.document_public = 1 AND EXISTS (SELECT 1 FROM attachments a WHERE a.submission_id = s.id)) AS hasDocument,
  (SELECT json_group_array(json_object('at', e.at, 'note', e.note)) FROM (SELECT at, note FROM events
     WHERE submission_id = s.id AND action = 'corrected' AND note IS NOT NULL ORDER BY id) e) AS corrections
  FROM submissions s JOIN segments g ON g.id = s.segment_id`;

function toStatement(r: Row): PublicStatementRow {
  return {
    id: r.id,
    organizationId: r.organizationId,
    segmentHeldOn: r.segmentHeldOn,
    segmentSeries: r.segmentSeries,
    segmentNumber: r.segmentNumber,
    hasDocument: r.hasDocument,
    reference: r.reference,
    title: r.title,
    organization: { name: r.orgName, acronym: r.orgAcronym, country: r.orgCountry, type: r.orgType, website: r.orgWebsite, slug: r.orgSlug },
    speaker: { name: r.speakerName, role: r.speakerRole },
    segment: { slug: r.segmentSlug, title: r.segmentTitle },
    coSigners: JSON.parse(r.coSigners) as PublicCoSigner[],
    language: r.language,
    deliveredOn: r.deliveredOn,
    publishedAt: r.publishedAt,
    themes: JSON.parse(r.themes) as string[],
    proposals: JSON.parse(r.proposals) as PublicStatement["proposals"],
    text: r.text,
    corrections: JSON.parse(r.corrections) as PublicStatement["corrections"],
  };
}

/** Only the fields API.md allows in public. */
export function publicStatementView(s: PublicStatementRow): PublicStatement {
  return {
    reference: s.reference,
    title: s.title,
    organization: s.organization,
    speaker: s.speaker,
    segment: s.segment,
    coSigners: s.coSigners,
    language: s.language,
    deliveredOn: s.deliveredOn,
    publishedAt: s.publishedAt,
    themes: s.themes,
    proposals: s.proposals,
    text: s.text,
    corrections: s.corrections,
  };
}

/** An unpublished statement's address: only that it is gone and the note staff wrote for readers (never the text). */
export async function getUnpublishedNotice(db: Db, reference: string): Promise<{ reference: string; publicNote: string | null; unpublishedAt: string | null } | null> {
  return db
    .prepare("SELECT reference, public_note AS publicNote, decided_at AS unpublishedAt FROM submissions WHERE reference = ?1 AND status = 'unpublished'")
    .bind(reference)
    .first<{ reference: string; publicNote: string | null; unpublishedAt: string | null }>();
}

export async function getPublishedStatement(db: Db, reference: string): Promise<PublicStatementRow | null> {
  const row = await db.prepare(`${SELECT} WHERE s.reference = ?1 AND s.status = 'published'`).bind(reference).first<Row>();
  return row ? toStatement(row) : null;
}

/** Every published statement of a segment, oldest delivery first (for grouping by theme on the page). */
export async function listSegmentStatements(db: Db, segmentSlug: string): Promise<PublicStatementRow[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE g.slug = ?1 AND s.status = 'published' ORDER BY s.org_name COLLATE NOCASE, s.id LIMIT 2000`)
    .bind(segmentSlug)
    .all<Row>();
  return results.map(toStatement);
}

export type ThemeProposal = {
  reference: string; title: string; number: number; text: string; orgName: string; orgAcronym: string | null; orgCountry: string;
  organizationId: number; segmentSlug: string; segmentTitle: string; date: string;
};

/** Every proposal tagged with a theme, across statements and years, newest dialogue first. */
export async function listThemeProposals(db: Db, theme: string, limit = 1000): Promise<ThemeProposal[]> {
  const { results } = await db
    .prepare(
      `SELECT s.reference, s.title, p.number, p.text, s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry,
         s.organization_id AS organizationId, g.slug AS segmentSlug, g.title AS segmentTitle, coalesce(s.delivered_on, g.held_on) AS date
       FROM proposal_themes pt JOIN proposals p ON p.id = pt.proposal_id JOIN submissions s ON s.id = p.submission_id
       JOIN segments g ON g.id = s.segment_id
       WHERE pt.theme_slug = ?1 AND s.status = 'published'
       ORDER BY date DESC, s.id, p.number LIMIT ?2`,
    )
    .bind(theme, limit)
    .all<ThemeProposal>();
  return results;
}

/** An organization as the public sees it: what its latest published statement (or confirmed co-signature) says. */
export type Organization = { id: number; slug: string; name: string; acronym: string | null; country: string; type: string | null; website: string | null; asOf: string };

export async function getOrganizationKey(db: Db, by: { slug: string } | { id: number }): Promise<{ id: number; slug: string } | null> {
  return "slug" in by
    ? db.prepare("SELECT id, slug FROM organizations WHERE slug = ?1").bind(by.slug).first<{ id: number; slug: string }>()
    : db.prepare("SELECT id, slug FROM organizations WHERE id = ?1").bind(by.id).first<{ id: number; slug: string }>();
}

/**
 * The organization's public profile, never what an unpublished submission typed (the row in
 * `organizations` keeps whatever its first submitter wrote): the author fields of its latest
 * published statement, else the name, acronym and country of its latest confirmed co-signature on
 * a published statement. Null when it has neither: it has no public page.
 */
export async function getOrganizationProfile(db: Db, key: { id: number; slug: string }): Promise<Organization | null> {
  const own = await db
    .prepare(
      `SELECT org_name AS name, org_acronym AS acronym, org_country AS country, org_type AS type, org_website AS website, published_at AS asOf
         FROM submissions WHERE organization_id = ?1 AND status = 'published' ORDER BY published_at DESC, id DESC LIMIT 1`,
    )
    .bind(key.id)
    .first<Omit<Organization, "id" | "slug">>();
  if (own) return { ...key, ...own };
  const cosigned = await db
    .prepare(
      `SELECT c.name, c.acronym, c.country, NULL AS type, NULL AS website, s.published_at AS asOf
         FROM cosigners c JOIN submissions s ON s.id = c.submission_id
        WHERE c.organization_id = ?1 AND c.state = 'confirmed' AND c.listed = 1 AND s.status = 'published'
        ORDER BY s.published_at DESC, s.id DESC LIMIT 1`,
    )
    .bind(key.id)
    .first<Omit<Organization, "id" | "slug">>();
  return cosigned ? { ...key, ...cosigned } : null;
}

export async function listOrganizationStatements(db: Db, organizationId: number): Promise<PublicStatementRow[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE s.organization_id = ?1 AND s.status = 'published' ORDER BY coalesce(s.delivered_on, g.held_on) DESC, s.id DESC LIMIT 1000`)
    .bind(organizationId)
    .all<Row>();
  return results.map(toStatement);
}

/** Published statements the organization co-signed and confirmed. */
export async function listCoSignedStatements(db: Db, organizationId: number): Promise<PublicStatementRow[]> {
  const { results } = await db
    .prepare(
      `${SELECT} WHERE s.status = 'published'
         AND s.id IN (SELECT submission_id FROM cosigners WHERE organization_id = ?1 AND state = 'confirmed' AND listed = 1)
       ORDER BY coalesce(s.delivered_on, g.held_on) DESC, s.id DESC LIMIT 1000`,
    )
    .bind(organizationId)
    .all<Row>();
  return results.map(toStatement);
}

export type PublicOrganization = { slug: string; name: string; acronym: string | null; country: string; statements: number };

/**
 * Every organization with a published statement, written or co-signed: the `organization` facet
 * counts them; names come from published statements, as on the organization's page.
 */
export async function listPublicOrganizations(db: Db, limit = 5000): Promise<PublicOrganization[]> {
  const { results } = await db
    .prepare(
      `WITH f AS (SELECT value AS slug, count(*) AS statements FROM statement_facets WHERE facet = 'organization' GROUP BY value),
       o AS (SELECT f.slug, f.statements, org.id FROM f JOIN organizations org ON org.slug = f.slug)
       SELECT o.slug, o.statements,
         coalesce(
           (SELECT json_array(org_name, org_acronym, org_country) FROM submissions WHERE organization_id = o.id AND status = 'published' ORDER BY published_at DESC, id DESC LIMIT 1),
           (SELECT json_array(c.name, c.acronym, c.country) FROM cosigners c JOIN submissions s ON s.id = c.submission_id
             WHERE c.organization_id = o.id AND c.state = 'confirmed' AND c.listed = 1 AND s.status = 'published' ORDER BY s.published_at DESC, s.id DESC LIMIT 1)
         ) AS profile
       FROM o LIMIT ?1`,
    )
    .bind(limit)
    .all<{ slug: string; statements: number; profile: string | null }>();
  return results
    .filter((r) => r.profile)
    .map((r) => {
      const [name, acronym, country] = JSON.parse(r.profile!) as [string, string | null, string];
      return { slug: r.slug, statements: r.statements, name, acronym, country };
    });
}

/** The original document's storage key, if the statement has one. */
export async function getStatementDocument(db: Db, reference: string): Promise<{ r2Key: string; contentType: string; filename: string; size: number } | null> {
  return db
    .prepare(
      `SELECT a.r2_key AS r2Key, a.content_type AS contentType, a.filename, a.size FROM attachments a JOIN submissions s ON s.id = a.submission_id
        WHERE s.reference = ?1 AND s.status = 'published' AND s.document_public = 1 ORDER BY a.id DESC LIMIT 1`,
    )
    .bind(reference)
    .first<{ r2Key: string; contentType: string; filename: string; size: number }>();
}
export { organizationIdFromSlug } from "../domain/organization-slug";
