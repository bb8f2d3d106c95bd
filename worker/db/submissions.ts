import type { Decision } from "../domain/moderation";
import type { Status } from "../domain/status";
import { COSIGNERS_JSON, type CoSignerView } from "./cosigners";

/** Every status but `draft`: a submission in one of them has all its fields (migration 0007's CHECK). */
export type SentStatus = Exclude<Status, "draft">;

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
  status: SentStatus;
  version: number;
  submittedAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** Co-signing organizations still on the list, each with its answer (owner and staff only). */
  coSigners: CoSignerView[];
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

/**
 * A draft as its owner sees it: any field may be missing (null), the organization's and speaker's
 * fields one by one too (an object of nulls is shown as null). Only an emailed draft lacks its segment.
 */
export type Draft = Omit<Submission, "segment" | "organization" | "speaker" | "language" | "title" | "text" | "status"> & {
  /** `withdrawn` once its owner withdrew it (stored as a draft with `draft_withdrawn_at`: see migration 0008). */
  status: "draft" | "withdrawn";
  segment: Submission["segment"] | null;
  organization: DraftOrganization | null;
  speaker: { name: string | null; role: string | null } | null;
  language: string | null;
  title: string | null;
  text: string | null;
};
export type DraftOrganization = { name: string | null; acronym: string | null; country: string | null; type: string | null; website: string | null };
/** What the owner's routes show: a submission, or one of their drafts. */
export type OwnSubmission = Submission | Draft;

/** A draft's content, as stored: every field may be missing. */
export type DraftContent = {
  segmentSlug: string | null;
  organization: DraftOrganization | null;
  speaker: Draft["speaker"];
  language: string | null;
  title: string | null;
  text: string | null;
  deliveredOn: string | null;
  proposals: { text: string; themes: string[] }[];
  themes: string[];
};

/** `locale` is the interface language the submitter used: emails to them are written in it. */
export type StoredSubmission = Submission & { id: number; ownerId: number; ownerEmail: string; segmentId: number; locale: string };
/** `storedAsDraft`: a draft row, still a draft or withdrawn as one (its fields may be missing). */
export type StoredDraft = Draft & { id: number; ownerId: number; ownerEmail: string; segmentId: number | null; locale: string; storedAsDraft: true };
export type StoredOwn = StoredSubmission | StoredDraft;

type Row = {
  id: number; reference: string; ownerId: number; ownerEmail: string; segmentId: number; segmentSlug: string; segmentTitle: string;
  orgName: string; orgAcronym: string | null; orgCountry: string; orgType: string; orgWebsite: string | null;
  speakerName: string; speakerRole: string | null; language: string; title: string; text: string; deliveredOn: string | null;
  status: SentStatus; version: number; submittedAt: string; updatedAt: string; publishedAt: string | null;
  decision: Decision | null; reasonCode: string | null; reason: string | null; decidedAt: string | null;
  proposals: string; themes: string; locale: string; draftWithdrawnAt: string | null; coSigners: string; documentPublic: number; publicNote: string | null;
};

const SELECT_COLUMNS = `SELECT s.id, s.reference, s.owner_id AS ownerId, u.email AS ownerEmail, s.segment_id AS segmentId,
  g.slug AS segmentSlug, g.title AS segmentTitle,
  s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry, s.org_type AS orgType, s.org_website AS orgWebsite,
  s.speaker_name AS speakerName, s.speaker_role AS speakerRole, s.language, s.title, s.text, s.delivered_on AS deliveredOn,
  s.status, s.version, s.submitted_at AS submittedAt, s.updated_at AS updatedAt, s.published_at AS publishedAt,
  s.decision, s.decision_reason_code AS reasonCode, s.decision_reason AS reason, s.decided_at AS decidedAt, s.locale, s.draft_withdrawn_at AS draftWithdrawnAt,
  s.document_public AS documentPublic, s.public_note AS publicNote,
  (SELECT json_group_array(json_object('number', p.number, 'text', p.text,
      'themes', json((SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM proposal_themes WHERE proposal_id = p.id ORDER BY theme_slug)))))
     FROM (SELECT id, number, text FROM proposals WHERE submission_id = s.id ORDER BY number) p) AS proposals,
  (SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM submission_themes WHERE submission_id = s.id ORDER BY theme_slug)) AS themes,
  ${COSIGNERS_JSON} AS coSigners
  FROM submissions s JOIN users u ON u.id = s.owner_id`;
/** Submissions that are not drafts (their segment is never null). */
export const SUBMISSION_SELECT = `${SELECT_COLUMNS} JOIN segments g ON g.id = s.segment_id`;
/** Any status, drafts included: a draft may have no segment yet. */
const OWN_SELECT = `${SELECT_COLUMNS} LEFT JOIN segments g ON g.id = s.segment_id`;

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
    coSigners: JSON.parse(r.coSigners) as CoSignerView[],
    documentPublic: r.documentPublic === 1,
    publicNote: r.publicNote,
  };
}

type NullableRow = { [K in keyof Row]: K extends "id" | "ownerId" | "ownerEmail" | "reference" | "version" | "proposals" | "themes" | "locale" | "submittedAt" | "updatedAt" ? Row[K] : K extends "status" ? Status : Row[K] | null };

function allNull(o: Record<string, unknown>): boolean {
  return Object.values(o).every((x) => x === null);
}

/** A row of any status: drafts keep their missing fields as nulls. */
export function toOwnSubmission(r: NullableRow): StoredOwn {
  if (r.status !== "draft") return toSubmission(r as Row);
  const full = toSubmission({ ...r, status: "submitted" } as Row);
  const organization = { name: r.orgName, acronym: r.orgAcronym, country: r.orgCountry, type: r.orgType, website: r.orgWebsite };
  const speaker = { name: r.speakerName, role: r.speakerRole };
  return {
    ...full,
    status: r.draftWithdrawnAt ? "withdrawn" : "draft",
    storedAsDraft: true,
    segmentId: r.segmentId,
    segment: r.segmentSlug !== null && r.segmentTitle !== null ? { slug: r.segmentSlug, title: r.segmentTitle } : null,
    organization: allNull(organization) ? null : organization,
    speaker: allNull(speaker) ? null : speaker,
    language: r.language,
    title: r.title,
    text: r.text,
  };
}

/** Whether this row is a draft, still one or withdrawn as one (its fields may be missing). */
export function isDraftRow(s: StoredOwn): s is StoredDraft {
  return "storedAsDraft" in s;
}

/** Whether this is a draft still open to its owner (not a withdrawn one). */
export function isDraft(s: StoredOwn): s is StoredDraft {
  return s.status === "draft";
}

/** The API view: drops storage ids and the owner's email. */
export function submissionView(s: StoredSubmission): Submission;
export function submissionView(s: StoredOwn): OwnSubmission;
export function submissionView(s: StoredOwn): OwnSubmission {
  const { id: _id, ownerId: _o, ownerEmail: _e, segmentId: _s, locale: _l, ...view } = s;
  delete (view as { storedAsDraft?: true }).storedAsDraft;
  return view as OwnSubmission;
}

/** A submission that is not a draft (drafts are their owner's alone: see `getOwnSubmission`). */
export async function getSubmission(db: D1Database, reference: string): Promise<StoredSubmission | null> {
  const row = await db.prepare(`${SUBMISSION_SELECT} WHERE s.reference = ?1 AND s.status <> 'draft'`).bind(reference).first<Row>();
  return row ? toSubmission(row) : null;
}

/** A submission of any status, drafts included; callers check the owner. */
export async function getOwnSubmission(db: D1Database, reference: string): Promise<StoredOwn | null> {
  const row = await db.prepare(`${OWN_SELECT} WHERE s.reference = ?1`).bind(reference).first<NullableRow>();
  return row ? toOwnSubmission(row) : null;
}

export async function listOwnSubmissions(db: D1Database, ownerId: number, limit: number, after: [string, number] | null): Promise<StoredOwn[]> {
  const { results } = await db
    .prepare(
      `${OWN_SELECT} WHERE s.owner_id = ?1 AND (?2 IS NULL OR (s.submitted_at, s.id) < (?2, ?3))
       ORDER BY s.submitted_at DESC, s.id DESC LIMIT ?4`,
    )
    .bind(ownerId, after?.[0] ?? null, after?.[1] ?? null, limit)
    .all<NullableRow>();
  return results.map(toOwnSubmission);
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
