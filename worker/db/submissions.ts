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
  moderation: { decision: "publish" | "reject" | "request_changes"; reasonCode: string | null; reason: string | null; decidedAt: string } | null;
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
  decision: "publish" | "reject" | "request_changes" | null; reasonCode: string | null; reason: string | null; decidedAt: string | null;
  proposals: string; themes: string; locale: string;
};

export const SUBMISSION_SELECT = `SELECT s.id, s.reference, s.owner_id AS ownerId, u.email AS ownerEmail, s.segment_id AS segmentId,
  g.slug AS segmentSlug, g.title AS segmentTitle,
  s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry, s.org_type AS orgType, s.org_website AS orgWebsite,
  s.speaker_name AS speakerName, s.speaker_role AS speakerRole, s.language, s.title, s.text, s.delivered_on AS deliveredOn,
  s.status, s.version, s.submitted_at AS submittedAt, s.updated_at AS updatedAt, s.published_at AS publishedAt,
  s.decision, s.decision_reason_code AS reasonCode, s.decision_reason AS reason, s.decided_at AS decidedAt, s.locale,
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

function upsertOrganizationStatement(db: D1Database, o: Submission["organization"], now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO organizations (name, acronym, country, type, website, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
       ON CONFLICT (name COLLATE NOCASE, country) DO NOTHING`,
    )
    .bind(o.name, o.acronym, o.country, o.type, o.website, now);
}

/** Statements that (re)write proposals and themes of the row whose last write is `writeId`. */
function childStatements(db: D1Database, writeId: string, c: SubmissionContent, replace: boolean): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = [];
  if (replace) {
    out.push(db.prepare("DELETE FROM proposals WHERE submission_id = (SELECT id FROM submissions WHERE write_id = ?1)").bind(writeId));
    out.push(db.prepare("DELETE FROM submission_themes WHERE submission_id = (SELECT id FROM submissions WHERE write_id = ?1)").bind(writeId));
  }
  c.proposals.forEach((p, i) => {
    out.push(db.prepare("INSERT INTO proposals (submission_id, number, text) SELECT id, ?2, ?3 FROM submissions WHERE write_id = ?1").bind(writeId, i + 1, p.text));
    for (const theme of new Set(p.themes)) {
      out.push(
        db
          .prepare(
            `INSERT INTO proposal_themes (proposal_id, theme_slug)
             SELECT p.id, ?3 FROM proposals p JOIN submissions s ON s.id = p.submission_id WHERE s.write_id = ?1 AND p.number = ?2`,
          )
          .bind(writeId, i + 1, theme),
      );
    }
  });
  for (const theme of new Set(c.themes)) {
    out.push(db.prepare("INSERT INTO submission_themes (submission_id, theme_slug) SELECT id, ?2 FROM submissions WHERE write_id = ?1").bind(writeId, theme));
  }
  return out;
}

/** The statements that create a submission; batch them with its event, receipt and idempotency record. */
export function createSubmissionStatements(
  db: D1Database,
  args: { reference: string; ownerId: number; writeId: string; content: SubmissionContent; now: string; locale?: string },
): D1PreparedStatement[] {
  const { reference, ownerId, writeId, content: c, now, locale = "en" } = args;
  return [
    upsertOrganizationStatement(db, c.organization, now),
    db
      .prepare(
        `INSERT INTO submissions (reference, owner_id, organization_id, org_name, org_acronym, org_country, org_type, org_website,
           segment_id, speaker_name, speaker_role, language, title, text, delivered_on, status, version, submitted_at, updated_at, write_id, locale)
         VALUES (?1, ?2, (SELECT id FROM organizations WHERE name = ?3 COLLATE NOCASE AND country = ?5), ?3, ?4, ?5, ?6, ?7,
           (SELECT id FROM segments WHERE slug = ?8), ?9, ?10, ?11, ?12, ?13, ?14, 'submitted', 1, ?15, ?15, ?16, ?17)`,
      )
      .bind(
        reference, ownerId, c.organization.name, c.organization.acronym, c.organization.country, c.organization.type, c.organization.website,
        c.segmentSlug, c.speaker.name, c.speaker.role, c.language, c.title, c.text, c.deliveredOn, now, writeId, locale,
      ),
    ...childStatements(db, writeId, c, false),
  ];
}

/**
 * Statements that replace a submission's content if, and only if, it is still at `version`
 * (and in one of `fromStatuses`). The first statement's `meta.changes` tells whether it applied;
 * when it did not, every other statement matched nothing.
 */
export function updateContentStatements(
  db: D1Database,
  args: { reference: string; version: number; fromStatuses: readonly Status[]; toStatus: Status; writeId: string; content: SubmissionContent; now: string },
): D1PreparedStatement[] {
  const { reference, version, fromStatuses, toStatus, writeId, content: c, now } = args;
  return [
    upsertOrganizationStatement(db, c.organization, now),
    db
      .prepare(
        `UPDATE submissions SET organization_id = (SELECT id FROM organizations WHERE name = ?4 COLLATE NOCASE AND country = ?6),
           org_name = ?4, org_acronym = ?5, org_country = ?6, org_type = ?7, org_website = ?8,
           segment_id = (SELECT id FROM segments WHERE slug = ?9), speaker_name = ?10, speaker_role = ?11, language = ?12,
           title = ?13, text = ?14, delivered_on = ?15, status = ?16, version = version + 1, updated_at = ?17, write_id = ?18
         WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))`,
      )
      .bind(
        reference, version, JSON.stringify(fromStatuses), c.organization.name, c.organization.acronym, c.organization.country, c.organization.type,
        c.organization.website, c.segmentSlug, c.speaker.name, c.speaker.role, c.language, c.title, c.text, c.deliveredOn, toStatus, now, writeId,
      ),
    ...childStatements(db, writeId, c, true),
  ];
}

/** Moves a submission to `toStatus` if it is still at `version` and in one of `fromStatuses`. */
export function setStatusIfVersionIsStatement(
  db: D1Database,
  args: { reference: string; version: number; fromStatuses: readonly Status[]; toStatus: Status; writeId: string; now: string },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE submissions SET status = ?4, version = version + 1, updated_at = ?5, write_id = ?6
        WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))`,
    )
    .bind(args.reference, args.version, JSON.stringify(args.fromStatuses), args.toStatus, args.now, args.writeId);
}

export type EventAction = "submitted" | "edited" | "tagged" | "changes_requested" | "resubmitted" | "published" | "rejected" | "withdrawn";

/** The history event of the write `writeId`; appended only if that write applied. */
export function insertEventStatement(
  db: D1Database,
  args: { writeId: string; at: string; actorEmail: string; actorRole: string; action: EventAction; changes: Record<string, { from: unknown; to: unknown }>; note?: string | null },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO events (submission_id, at, actor_email, actor_role, action, changes, note)
       SELECT id, ?2, ?3, ?4, ?5, ?6, ?7 FROM submissions WHERE write_id = ?1`,
    )
    .bind(args.writeId, args.at, args.actorEmail, args.actorRole, args.action, JSON.stringify(args.changes), args.note ?? null);
}

export type HistoryItem = { at: string; actor: { email: string; role: string }; action: EventAction; changes: Record<string, { from: unknown; to: unknown }> };

export async function listHistory(db: D1Database, reference: string): Promise<HistoryItem[]> {
  const { results } = await db
    .prepare(
      `SELECT e.at, e.actor_email AS email, e.actor_role AS role, e.action, e.changes FROM events e
        JOIN submissions s ON s.id = e.submission_id WHERE s.reference = ?1 ORDER BY e.id`,
    )
    .bind(reference)
    .all<{ at: string; email: string; role: string; action: EventAction; changes: string }>();
  return results.map((r) => ({ at: r.at, actor: { email: r.email, role: r.role }, action: r.action, changes: JSON.parse(r.changes) as HistoryItem["changes"] }));
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
