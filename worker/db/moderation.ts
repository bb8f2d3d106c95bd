import type { PiiFinding } from "../domain/pii";
import type { Decision, ReasonCode } from "../domain/moderation";
import type { Status } from "../domain/status";
import { SUBMISSION_SELECT, toSubmission, type StoredSubmission } from "./submissions";
import { versionChecked } from "./versioned-batch";

export type QueueFilters = { status: Status; segment: string | null; theme: string | null; q: string | null; outsideCampaigns?: boolean };

/** The queue's filters except status; binds ?1 segment, ?2 theme, ?3 lowercased text. */
const FILTERS = `(?1 IS NULL OR g.slug = ?1)
  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = s.id AND st.theme_slug = ?2)
       OR EXISTS (SELECT 1 FROM proposals p JOIN proposal_themes pt ON pt.proposal_id = p.id WHERE p.submission_id = s.id AND pt.theme_slug = ?2))
  AND (?3 IS NULL OR instr(lower(s.reference || ' ' || s.title || ' ' || s.org_name || ' ' || coalesce(s.org_acronym, '') || ' ' || s.speaker_name || ' ' || u.email), ?3) > 0
       OR instr(lower(s.text), ?3) > 0)`;

type Row = Parameters<typeof toSubmission>[0];

/**
 * One page of the queue, oldest first, after the keyset `after` ([submittedAt, id]); with
 * `outsideCampaigns` only submissions in no campaign (the page shows each campaign as one row).
 */
export async function listQueue(db: D1Database, f: QueueFilters, limit: number, after: [string, number] | null): Promise<StoredSubmission[]> {
  const outside = f.outsideCampaigns ? "AND NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.submission_id = s.id)" : "";
  const { results } = await db
    .prepare(
      `${SUBMISSION_SELECT} WHERE s.status = ?4 AND ${FILTERS} ${outside} AND (?5 IS NULL OR (s.submitted_at, s.id) > (?5, ?6))
       ORDER BY s.submitted_at, s.id LIMIT ?7`,
    )
    .bind(f.segment, f.theme, f.q, f.status, after?.[0] ?? null, after?.[1] ?? null, limit)
    .all<Row>();
  return results.map(toSubmission);
}

/** How many submissions each status holds under the other filters. */
export async function countByStatus(db: D1Database, f: Omit<QueueFilters, "status">): Promise<Record<string, number>> {
  const unfiltered = f.segment === null && f.theme === null && f.q === null;
  // Without filters the (status, submitted_at) index answers alone.
  const { results } = unfiltered
    ? await db.prepare("SELECT status, count(*) AS n FROM submissions GROUP BY status").all<{ status: string; n: number }>()
    : await db
        .prepare(
          `SELECT s.status, count(*) AS n FROM submissions s JOIN users u ON u.id = s.owner_id JOIN segments g ON g.id = s.segment_id
            WHERE ${FILTERS} GROUP BY s.status`,
        )
        .bind(f.segment, f.theme, f.q)
        .all<{ status: string; n: number }>();
  return Object.fromEntries(results.map((r) => [r.status, r.n]));
}

/**
 * Records a decision if the submission is still at `version` and in one of `fromStatuses`:
 * status, published_at (set when first publishing; a republish keeps it), the moderation fields,
 * the public note (set by an unpublish, cleared by a republish) and, when given, document_public.
 */
export function decideIfVersionIsStatement(
  db: D1Database,
  args: {
    reference: string; version: number; fromStatuses: readonly Status[]; toStatus: Status; decision: Decision; reasonCode: ReasonCode | null; reason: string | null;
    publicNote: string | null; documentPublic: boolean | null; decidedBy: string; writeId: string; now: string;
  },
): D1PreparedStatement {
  return versionChecked(db
    .prepare(
      `UPDATE submissions SET status = ?4, version = version + 1, updated_at = ?5, write_id = ?6,
         published_at = CASE WHEN ?7 = 'publish' THEN ?5 ELSE published_at END,
         decision = ?7, decision_reason_code = ?8, decision_reason = ?9, decided_at = ?5, decided_by = ?10,
         public_note = CASE WHEN ?7 = 'unpublish' THEN ?11 WHEN ?7 = 'republish' THEN NULL ELSE public_note END,
         document_public = coalesce(?12, document_public),
         staff_seen_version = (SELECT max(sv.version) FROM submission_versions sv WHERE sv.submission_id = submissions.id)
        WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))
         RETURNING id`,
    )
    .bind(
      args.reference, args.version, JSON.stringify(args.fromStatuses), args.toStatus, args.now, args.writeId, args.decision, args.reasonCode, args.reason,
      args.decidedBy, args.publicNote, args.documentPublic === null ? null : args.documentPublic ? 1 : 0,
    ));
}

/** After a staff edit's snapshot: staff have seen the version they wrote. */
export function staffSawStatement(db: D1Database, writeId: string): D1PreparedStatement {
  return db.prepare("UPDATE submissions SET staff_seen_version = version WHERE write_id = ?1").bind(writeId);
}

/** Sets whether the original is public on the row whose last write is `writeId` (batch it after a content write). */
export function setDocumentPublicStatement(db: D1Database, writeId: string, documentPublic: boolean | undefined): D1PreparedStatement {
  return db.prepare("UPDATE submissions SET document_public = ?2 WHERE write_id = ?1").bind(writeId, documentPublic ? 1 : 0);
}

/** Sets whether the original is public if the submission is still at `version` (a new version). */
export function setDocumentPublicIfVersionStatement(
  db: D1Database,
  args: { reference: string; version: number; fromStatuses: readonly Status[]; documentPublic: boolean; writeId: string; now: string },
): D1PreparedStatement {
  return versionChecked(db
    .prepare(
      `UPDATE submissions SET document_public = ?4, version = version + 1, updated_at = ?5, write_id = ?6,
         staff_seen_version = (SELECT max(sv.version) FROM submission_versions sv WHERE sv.submission_id = submissions.id)
        WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))
         RETURNING id`,
    )
    .bind(args.reference, args.version, JSON.stringify(args.fromStatuses), args.documentPublic ? 1 : 0, args.now, args.writeId));
}

// ---- flags ----------------------------------------------------------------------------------

/** `linked`: whether it is in a campaign or anyone's duplicate list now (else there is nothing to leave). */
export type FlagSource = { id: number; version: number; status: Status; title: string; text: string; proposals: { text: string }[]; linked: boolean };

export async function hasStaleFlags(db: D1Database): Promise<boolean> {
  return (await db.prepare("SELECT EXISTS (SELECT 1 FROM submission_flag_queue) AS yes").first<{ yes: number }>())?.yes === 1;
}

/** Submissions queued (by triggers) for their flags to be computed, oldest first (a draft's missing fields read as empty). */
export async function listStaleFlagSources(db: D1Database, limit: number): Promise<FlagSource[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.version, s.status, coalesce(s.title, '') AS title, coalesce(s.text, '') AS text,
         (SELECT json_group_array(json_object('text', text)) FROM (SELECT text FROM proposals WHERE submission_id = s.id ORDER BY number)) AS proposals,
         EXISTS (SELECT 1 FROM campaign_members WHERE submission_id = s.id) OR EXISTS (SELECT 1 FROM submission_duplicates WHERE submission_id = s.id)
           OR EXISTS (SELECT 1 FROM submission_duplicates WHERE duplicate_id = s.id) AS linked
         FROM submission_flag_queue q JOIN submissions s ON s.id = q.submission_id
         -- Drafts wait (their owner's alone, maybe half written); submitting bumps the version, so they stay queued.
         WHERE s.status <> 'draft' ORDER BY q.submission_id LIMIT ?1`,
    )
    .bind(limit)
    .all<Omit<FlagSource, "proposals" | "linked"> & { proposals: string; linked: number }>();
  return results.map((r) => ({ ...r, proposals: JSON.parse(r.proposals) as { text: string }[], linked: r.linked === 1 }));
}

/** Stores the flags of one submission version: PII findings, MinHash signature and its LSH band keys. */
export function saveFlagsStatements(db: D1Database, f: { id: number; version: number; pii: PiiFinding[]; minhash: number[]; bands: string[]; now: string }): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO submission_flags (submission_id, version, pii, minhash, computed_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (submission_id) DO UPDATE SET version = excluded.version, pii = excluded.pii, minhash = excluded.minhash, computed_at = excluded.computed_at`,
      )
      .bind(f.id, f.version, JSON.stringify(f.pii), JSON.stringify(f.minhash), f.now),
    db.prepare("DELETE FROM submission_flag_bands WHERE submission_id = ?1").bind(f.id),
    db.prepare("INSERT INTO submission_flag_bands (submission_id, band, key) SELECT ?1, key, value FROM json_each(?2)").bind(f.id, JSON.stringify(f.bands)),
    // Dequeue only if nothing changed meanwhile; otherwise the next pass computes the newer version.
    db.prepare("DELETE FROM submission_flag_queue WHERE submission_id = ?1 AND (SELECT version FROM submissions WHERE id = ?1) = ?2").bind(f.id, f.version),
  ];
}

export type FlagViewRows = {
  flags: { id: number; pii: PiiFinding[] }[];
  duplicates: { of: number; reference: string; title: string; organization: string; similarity: number }[];
  campaigns: { id: number; campaignId: string; size: number }[];
};

/** The stored flags, duplicate lists (most similar first) and campaigns of `ids`: three indexed reads, one round trip. */
export async function getFlagView(db: D1Database, ids: readonly number[]): Promise<FlagViewRows> {
  const json = JSON.stringify(ids);
  const [flags, duplicates, campaigns] = await db.batch([
    db.prepare("SELECT submission_id AS id, pii FROM submission_flags WHERE submission_id IN (SELECT value FROM json_each(?1))").bind(json),
    db
      .prepare(
        `SELECT d.submission_id AS "of", s.reference, coalesce(s.title, '') AS title, coalesce(s.org_name, '') AS organization, d.similarity
           FROM submission_duplicates d JOIN submissions s ON s.id = d.duplicate_id
          WHERE d.submission_id IN (SELECT value FROM json_each(?1)) ORDER BY d.submission_id, d.similarity DESC, d.duplicate_id`,
      )
      .bind(json),
    db
      .prepare(
        `SELECT m.submission_id AS id, c.id AS campaignId, c.size FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
          WHERE m.submission_id IN (SELECT value FROM json_each(?1))`,
      )
      .bind(json),
  ]);
  return {
    flags: (flags!.results as { id: number; pii: string }[]).map((r) => ({ id: r.id, pii: JSON.parse(r.pii) as PiiFinding[] })),
    duplicates: duplicates!.results as FlagViewRows["duplicates"],
    campaigns: campaigns!.results as FlagViewRows["campaigns"],
  };
}

/** Theme slugs and labels only (no statement counts), for the staff forms. */
export async function listThemeChoices(db: D1Database): Promise<{ slug: string; label: string }[]> {
  const { results } = await db.prepare("SELECT slug, label FROM themes ORDER BY position, label").all<{ slug: string; label: string }>();
  return results;
}
