/** Reads of the public archive other than search: one statement, a segment, a theme, an organization. */

type Db = D1Database | D1DatabaseSession;

/** A published statement as anyone may see it: no owner, no moderation fields, no version. */
export type PublicStatement = {
  reference: string;
  title: string;
  organization: { name: string; acronym: string | null; country: string; type: string; website: string | null };
  speaker: { name: string; role: string | null };
  segment: { slug: string; title: string };
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

type Row = Omit<PublicStatementRow, "organization" | "speaker" | "segment" | "themes" | "proposals" | "corrections"> & {
  corrections: string; orgName: string; orgAcronym: string | null; orgCountry: string; orgType: string; orgWebsite: string | null;
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
    organization: { name: r.orgName, acronym: r.orgAcronym, country: r.orgCountry, type: r.orgType, website: r.orgWebsite },
    speaker: { name: r.speakerName, role: r.speakerRole },
    segment: { slug: r.segmentSlug, title: r.segmentTitle },
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

export type Organization = { id: number; name: string; acronym: string | null; country: string; type: string; website: string | null };

export async function getOrganization(db: Db, id: number): Promise<Organization | null> {
  return db.prepare("SELECT id, name, acronym, country, type, website FROM organizations WHERE id = ?1").bind(id).first<Organization>();
}

export async function listOrganizationStatements(db: Db, organizationId: number): Promise<PublicStatementRow[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE s.organization_id = ?1 AND s.status = 'published' ORDER BY coalesce(s.delivered_on, g.held_on) DESC, s.id DESC LIMIT 1000`)
    .bind(organizationId)
    .all<Row>();
  return results.map(toStatement);
}

/** `42-centre-for-governance-research` → 42: the id is what counts, the name is for people. */
export function organizationSlug(o: { id: number; name: string }): string {
  const words = o.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return words ? `${o.id}-${words}` : String(o.id);
}

export function organizationIdFromSlug(slug: string): number | null {
  const m = /^(\d{1,12})(?:-|$)/.exec(slug);
  return m ? Number(m[1]) : null;
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
