import type { Decision } from "../domain/moderation";
import type { Status } from "../domain/status";

/** A submission as its owner and staff see it (API.md "Submission"). */
export type Submission = {
  reference: string;
  segment: { slug: string; title: string };
  organization: { name: string; acronym: string | null; country: string; type: string; website: string | null };
  speaker: { name: string; role: string | null };
  language: string;
  title: string;
  text: string;
  deliveredOn: string | null;
  proposals: { number: number; text: string; themes: string[] }[];
  themes: string[];
  status: Status;
  version: number;
  submittedAt: string;
  updatedAt: string;
  publishedAt: string | null;
  moderation: { decision: Decision; reasonCode: string | null; reason: string | null; decidedAt: string } | null;
  /** Whether the uploaded original is public (staff choose; API.md "After publication"). */
  documentPublic: boolean;
  /** What readers of an unpublished statement's address see instead of it. */
  publicNote: string | null;
};

/** Everything a new version of a submission's content needs. */
export type SubmissionContent = {
  segmentSlug: string;
  organization: Submission["organization"];
  speaker: Submission["speaker"];
  language: string;
  title: string;
  text: string;
  deliveredOn: string | null;
  proposals: { text: string; themes: string[] }[];
  themes: string[];
};

/** `locale` is the interface language the submitter used: emails to them are written in it. */
export type StoredSubmission = Submission & { id: number; ownerId: number; ownerEmail: string; segmentId: number; locale: string };

type Row = {
  id: number; reference: string; ownerId: number; ownerEmail: string; segmentId: number; segmentSlug: string; segmentTitle: string;
  orgName: string; orgAcronym: string | null; orgCountry: string; orgType: string; orgWebsite: string | null;
  speakerName: string; speakerRole: string | null; language: string; title: string; text: string; deliveredOn: string | null;
  status: Status; version: number; submittedAt: string; updatedAt: string; publishedAt: string | null;
  decision: Decision | null; reasonCode: string | null; reason: string | null; decidedAt: string | null;
  proposals: string; themes: string; locale: string; documentPublic: number; publicNote: string | null;
};

export const SUBMISSION_SELECT = `SELECT s.id, s.reference, s.owner_id AS ownerId, u.email AS ownerEmail, s.segment_id AS segmentId,
  g.slug AS segmentSlug, g.title AS segmentTitle,
  s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry, s.org_type AS orgType, s.org_website AS orgWebsite,
  s.speaker_name AS speakerName, s.speaker_role AS speakerRole, s.language, s.title, s.text, s.delivered_on AS deliveredOn,
  s.status, s.version, s.submitted_at AS submittedAt, s.updated_at AS updatedAt, s.published_at AS publishedAt,
  s.decision, s.decision_reason_code AS reasonCode, s.decision_reason AS reason, s.decided_at AS decidedAt, s.locale,
  s.document_public AS documentPublic, s.public_note AS publicNote,
  (SELECT json_group_array(json_object('number', p.number, 'text', p.text,
      'themes', json((SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM proposal_themes WHERE proposal_id = p.id ORDER BY theme_slug)))))
     FROM (SELECT id, number, text FROM proposals WHERE submission_id = s.id ORDER BY number) p) AS proposals,
  (SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM submission_themes WHERE submission_id = s.id ORDER BY theme_slug)) AS themes
  FROM submissions s JOIN users u ON u.id = s.owner_id JOIN segments g ON g.id = s.segment_id`;

export function toSubmission(r: Row): StoredSubmission {
  return {
    id: r.id,
    ownerId: r.ownerId,
    ownerEmail: r.ownerEmail,
    segmentId: r.segmentId,
    locale: r.locale,
    reference: r.reference,
    segment: { slug: r.segmentSlug, title: r.segmentTitle },
    organization: { name: r.orgName, acronym: r.orgAcronym, country: r.orgCountry, type: r.orgType, website: r.orgWebsite },
    speaker: { name: r.speakerName, role: r.speakerRole },
    language: r.language,
    title: r.title,
    text: r.text,
    deliveredOn: r.deliveredOn,
    proposals: JSON.parse(r.proposals) as Submission["proposals"],
    themes: JSON.parse(r.themes) as string[],
    status: r.status,
    version: r.version,
    submittedAt: r.submittedAt,
    updatedAt: r.updatedAt,
    publishedAt: r.publishedAt,
    moderation: r.decision && r.decidedAt ? { decision: r.decision, reasonCode: r.reasonCode, reason: r.reason, decidedAt: r.decidedAt } : null,
    documentPublic: r.documentPublic === 1,
    publicNote: r.publicNote,
  };
}

/** The API view: drops storage ids and the owner's email. */
export function submissionView(s: StoredSubmission): Submission {
  const { id: _id, ownerId: _o, ownerEmail: _e, segmentId: _s, locale: _l, ...view } = s;
  return view;
}

export async function getSubmission(db: D1Database, reference: string): Promise<StoredSubmission | null> {
  const row = await db.prepare(`${SUBMISSION_SELECT} WHERE s.reference = ?1`).bind(reference).first<Row>();
  return row ? toSubmission(row) : null;
}

export async function listOwnSubmissions(db: D1Database, ownerId: number, limit: number, after: [string, number] | null): Promise<StoredSubmission[]> {
  const { results } = await db
    .prepare(
      `${SUBMISSION_SELECT} WHERE s.owner_id = ?1 AND (?2 IS NULL OR (s.submitted_at, s.id) < (?2, ?3))
       ORDER BY s.submitted_at DESC, s.id DESC LIMIT ?4`,
    )
    .bind(ownerId, after?.[0] ?? null, after?.[1] ?? null, limit)
    .all<Row>();
  return results.map(toSubmission);
}

export type LatestPublished = { reference: string; title: string; organization: string; segmentSlug: string; segmentTitle: string; publishedAt: string };

export async function listLatestPublished(db: D1Database, limit: number): Promise<LatestPublished[]> {
  const { results } = await db
    .prepare(
      `SELECT s.reference, s.title, s.org_name AS organization, g.slug AS segmentSlug, g.title AS segmentTitle, s.published_at AS publishedAt
         FROM submissions s JOIN segments g ON g.id = s.segment_id
        WHERE s.status = 'published' ORDER BY s.published_at DESC, s.id DESC LIMIT ?1`,
    )
    .bind(limit)
    .all<LatestPublished>();
  return results;
}
