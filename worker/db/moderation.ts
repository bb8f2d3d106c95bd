import type { PiiFinding } from "../domain/pii";
import type { Decision, ReasonCode } from "../domain/moderation";
import type { Status } from "../domain/status";
import { SUBMISSION_SELECT, toSubmission, type StoredSubmission } from "./submissions";

export type QueueFilters = { status: Status; segment: string | null; theme: string | null; q: string | null };

/** The queue's filters except status; binds ?1 segment, ?2 theme, ?3 lowercased text. */
const FILTERS = `(?1 IS NULL OR g.slug = ?1)
  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = s.id AND st.theme_slug = ?2)
       OR EXISTS (SELECT 1 FROM proposals p JOIN proposal_themes pt ON pt.proposal_id = p.id WHERE p.submission_id = s.id AND pt.theme_slug = ?2))
  AND (?3 IS NULL OR instr(lower(s.reference || ' ' || s.title || ' ' || s.org_name || ' ' || coalesce(s.org_acronym, '') || ' ' || s.speaker_name || ' ' || u.email), ?3) > 0
       OR instr(lower(s.text), ?3) > 0)`;

type Row = Parameters<typeof toSubmission>[0];

/** One page of the queue, oldest first, after the keyset `after` ([submittedAt, id]). */
export async function listQueue(db: D1Database, f: QueueFilters, limit: number, after: [string, number] | null): Promise<StoredSubmission[]> {
  const { results } = await db
    .prepare(
      `${SUBMISSION_SELECT} WHERE s.status = ?4 AND ${FILTERS} AND (?5 IS NULL OR (s.submitted_at, s.id) > (?5, ?6))
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
  return db
    .prepare(
      `UPDATE submissions SET status = ?4, version = version + 1, updated_at = ?5, write_id = ?6,
         published_at = CASE WHEN ?7 = 'publish' THEN ?5 ELSE published_at END,
         decision = ?7, decision_reason_code = ?8, decision_reason = ?9, decided_at = ?5, decided_by = ?10,
         public_note = CASE WHEN ?7 = 'unpublish' THEN ?11 WHEN ?7 = 'republish' THEN NULL ELSE public_note END,
         document_public = coalesce(?12, document_public),
         staff_seen_version = (SELECT max(sv.version) FROM submission_versions sv WHERE sv.submission_id = submissions.id)
        WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))`,
    )
    .bind(
      args.reference, args.version, JSON.stringify(args.fromStatuses), args.toStatus, args.now, args.writeId, args.decision, args.reasonCode, args.reason,
      args.decidedBy, args.publicNote, args.documentPublic === null ? null : args.documentPublic ? 1 : 0,
    );
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
  return db
    .prepare(
      `UPDATE submissions SET document_public = ?4, version = version + 1, updated_at = ?5, write_id = ?6,
         staff_seen_version = (SELECT max(sv.version) FROM submission_versions sv WHERE sv.submission_id = submissions.id)
        WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))`,
    )
    .bind(args.reference, args.version, JSON.stringify(args.fromStatuses), args.documentPublic ? 1 : 0, args.now, args.writeId);
}

// ---- flags ----------------------------------------------------------------------------------

export type FlagSource = { id: number; version: number; title: string; text: string; proposals: { text: string }[] };

/** Submissions queued (by triggers) for their flags to be computed, oldest first. */
export async function listStaleFlagSources(db: D1Database, limit: number): Promise<FlagSource[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.version, s.title, s.text,
         (SELECT json_group_array(json_object('text', text)) FROM (SELECT text FROM proposals WHERE submission_id = s.id ORDER BY number)) AS proposals
         FROM submission_flag_queue q JOIN submissions s ON s.id = q.submission_id
        -- Drafts wait (their owner's alone, maybe half written); submitting bumps the version, so they stay queued.
        WHERE s.status <> 'draft' ORDER BY q.submission_id LIMIT ?1`,
    )
    .bind(limit)
    .all<Omit<FlagSource, "proposals"> & { proposals: string }>();
  return results.map((r) => ({ ...r, proposals: JSON.parse(r.proposals) as { text: string }[] }));
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

export type StoredFlags = { id: number; pii: PiiFinding[]; minhash: number[] };
export type DuplicateCandidate = { id: number; reference: string; minhash: number[] };

export async function getFlags(db: D1Database, ids: readonly number[]): Promise<StoredFlags[]> {
  const { results } = await db
    .prepare("SELECT submission_id AS id, pii, minhash FROM submission_flags WHERE submission_id IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(ids))
    .all<{ id: number; pii: string; minhash: string }>();
  return results.map((r) => ({ id: r.id, pii: JSON.parse(r.pii) as PiiFinding[], minhash: JSON.parse(r.minhash) as number[] }));
}

/** Other (not withdrawn) submissions sharing at least one LSH band with each of `ids`. */
export async function listDuplicateCandidates(db: D1Database, ids: readonly number[]): Promise<(DuplicateCandidate & { of: number })[]> {
  const { results } = await db
    .prepare(
      `SELECT b1.submission_id AS "of", s2.id, s2.reference, f2.minhash
         FROM submission_flag_bands b1
         JOIN submission_flag_bands b2 ON b2.band = b1.band AND b2.key = b1.key AND b2.submission_id <> b1.submission_id
         JOIN submissions s2 ON s2.id = b2.submission_id AND s2.status <> 'withdrawn'
         JOIN submission_flags f2 ON f2.submission_id = s2.id
        WHERE b1.submission_id IN (SELECT value FROM json_each(?1))
        GROUP BY b1.submission_id, s2.id ORDER BY s2.submitted_at, s2.id`,
    )
    .bind(JSON.stringify(ids))
    .all<{ of: number; id: number; reference: string; minhash: string }>();
  return results.map((r) => ({ of: r.of, id: r.id, reference: r.reference, minhash: JSON.parse(r.minhash) as number[] }));
}

/** Theme slugs and labels only (no statement counts), for the staff forms. */
export async function listThemeChoices(db: D1Database): Promise<{ slug: string; label: string }[]> {
  const { results } = await db.prepare("SELECT slug, label FROM themes ORDER BY position, label").all<{ slug: string; label: string }>();
  return results;
}
