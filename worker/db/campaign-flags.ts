import { BANDS } from "../domain/flags";
import { CANDIDATES_PER_BAND, MAX_DUPLICATES_LISTED, type Candidate } from "../domain/campaigns";

/**
 * The writes of campaign clustering (migration 0010): the lease that keeps one flag computation at
 * a time, the bounded band lookup of an arrival's candidates, and the statements that move a
 * submission into or out of a campaign and keep its duplicate lists.
 */

/** Takes the flag lease if it is free or expired; `meta.changes` 1 means taken. */
export function takeFlagLeaseStatement(db: D1Database, token: string, now: string, until: string): D1PreparedStatement {
  return db.prepare("UPDATE flag_lease SET token = ?1, until = ?3 WHERE id = 1 AND (token IS NULL OR until < ?2)").bind(token, now, until);
}

export function releaseFlagLeaseStatement(db: D1Database, token: string): D1PreparedStatement {
  return db.prepare("UPDATE flag_lease SET token = NULL, until = '' WHERE id = 1 AND token = ?1").bind(token);
}

// Per band (one correlated subquery for each of the arrival's keys), the submissions sharing its key
// most recently computed: the (band, key) index holds the rowid last, so ORDER BY rowid DESC LIMIT
// reads just those entries, however many share the key.
const CANDIDATES_SQL = `WITH per AS (
    SELECT (SELECT json_group_array(submission_id) FROM (
      SELECT b.submission_id FROM submission_flag_bands b WHERE b.band = j.key AND b.key = j.value AND b.submission_id <> ?1
       ORDER BY b.rowid DESC LIMIT ${CANDIDATES_PER_BAND})) AS ids
      FROM json_each(?2) j),
  c AS (SELECT DISTINCT x.value AS submission_id FROM per, json_each(per.ids) x)
  SELECT f.submission_id AS id, f.minhash, m.campaign_id AS campaignId
    FROM c JOIN submission_flags f ON f.submission_id = c.submission_id
    LEFT JOIN campaign_members m ON m.submission_id = c.submission_id`;

/** At most BANDS × CANDIDATES_PER_BAND candidates sharing a band with `bands`: the cost of an arrival does not grow with a campaign. */
export async function listBandCandidates(db: D1Database, id: number, bands: readonly string[]): Promise<Candidate[]> {
  if (bands.length !== BANDS) return [];
  const { results } = await db
    .prepare(CANDIDATES_SQL)
    .bind(id, JSON.stringify(bands))
    .all<{ id: number; minhash: string; campaignId: string | null }>();
  return results.map((r) => ({ id: r.id, minhash: JSON.parse(r.minhash) as number[], campaignId: r.campaignId }));
}

/** The submission leaves its campaign (if any) and every duplicate list; an emptied campaign is deleted. */
export function leaveStatements(db: D1Database, id: number): D1PreparedStatement[] {
  return [
    db.prepare("UPDATE campaigns SET size = size - 1 WHERE id = (SELECT campaign_id FROM campaign_members WHERE submission_id = ?1)").bind(id),
    db
      .prepare(
        `UPDATE campaigns SET representative_id = (
           SELECT m.submission_id FROM campaign_members m JOIN submissions s ON s.id = m.submission_id
            WHERE m.campaign_id = campaigns.id AND m.submission_id <> ?1 ORDER BY s.submitted_at, s.id LIMIT 1)
          WHERE id = (SELECT campaign_id FROM campaign_members WHERE submission_id = ?1) AND representative_id = ?1 AND size > 0`,
      )
      .bind(id),
    db.prepare("DELETE FROM campaign_members WHERE submission_id = ?1").bind(id),
    db.prepare("DELETE FROM campaigns WHERE size = 0"),
    db.prepare("DELETE FROM submission_duplicates WHERE submission_id = ?1 OR duplicate_id = ?1").bind(id),
  ];
}

/** A new campaign of two submissions (`older` becomes its representative until an older member joins). */
export function createCampaignStatements(db: D1Database, campaignId: string, ids: [number, number], now: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO campaigns (id, size, representative_id, created_at)
         SELECT ?1, 0, id, ?3 FROM submissions WHERE id IN (SELECT value FROM json_each(?2)) ORDER BY submitted_at, id LIMIT 1`,
      )
      .bind(campaignId, JSON.stringify(ids), now),
    ...ids.flatMap((id) => joinStatements(db, campaignId, id, now)),
  ];
}

/** The submission joins the campaign; it becomes the representative if it is older than the current one. */
export function joinStatements(db: D1Database, campaignId: string, id: number, now: string): D1PreparedStatement[] {
  return [
    db.prepare("INSERT INTO campaign_members (submission_id, campaign_id, joined_at) VALUES (?1, ?2, ?3)").bind(id, campaignId, now),
    db
      .prepare(
        `UPDATE campaigns SET size = size + 1,
           representative_id = CASE WHEN (SELECT submitted_at FROM submissions WHERE id = ?2) < (SELECT submitted_at FROM submissions WHERE id = representative_id)
                                    THEN ?2 ELSE representative_id END
          WHERE id = ?1`,
      )
      .bind(campaignId, id),
  ];
}

/**
 * The submission's duplicates (most similar first, at most MAX_DUPLICATES_LISTED), and the same pairs
 * the other way: each duplicate's own list gains the submission and keeps its best MAX_DUPLICATES_LISTED.
 */
export function duplicateStatements(db: D1Database, id: number, duplicates: readonly { id: number; similarity: number }[]): D1PreparedStatement[] {
  if (duplicates.length === 0) return [];
  const pairs = JSON.stringify(duplicates.map((d) => [d.id, d.similarity]));
  return [
    db
      .prepare(
        `INSERT INTO submission_duplicates (submission_id, duplicate_id, similarity)
         SELECT ?1, j.value ->> 0, j.value ->> 1 FROM json_each(?2) j WHERE true
         ON CONFLICT (submission_id, duplicate_id) DO UPDATE SET similarity = excluded.similarity`,
      )
      .bind(id, pairs),
    db
      .prepare(
        `INSERT INTO submission_duplicates (submission_id, duplicate_id, similarity)
         SELECT j.value ->> 0, ?1, j.value ->> 1 FROM json_each(?2) j WHERE true
         ON CONFLICT (submission_id, duplicate_id) DO UPDATE SET similarity = excluded.similarity`,
      )
      .bind(id, pairs),
    db
      .prepare(
        `DELETE FROM submission_duplicates WHERE rowid IN (
           SELECT rowid FROM (
             SELECT rowid, row_number() OVER (PARTITION BY submission_id ORDER BY similarity DESC, duplicate_id) AS n
               FROM submission_duplicates WHERE submission_id IN (SELECT j.value ->> 0 FROM json_each(?1) j))
            WHERE n > ${MAX_DUPLICATES_LISTED})`,
      )
      .bind(pairs),
  ];
}

/** Cached public pages show campaign sizes: a change to a published member invalidates them. */
export function bumpIfPublishedStatement(db: D1Database, id: number): D1PreparedStatement {
  return db.prepare("UPDATE archive_state SET version = version + 1 WHERE id = 1 AND EXISTS (SELECT 1 FROM submissions WHERE id = ?1 AND status = 'published')").bind(id);
}
