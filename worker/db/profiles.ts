import type { Submission } from "./submissions";

/** A saved organization profile (migration 0008) and the speakers of its owner's recent statements. */
export type OrganizationProfile = Submission["organization"];
export type RecentSpeaker = { name: string; role: string | null };

const RECENT_SPEAKERS = 10;

export async function getOrganizationProfile(db: D1Database, userId: number): Promise<OrganizationProfile | null> {
  return db
    .prepare("SELECT name, acronym, country, type, website FROM organization_profiles WHERE user_id = ?1")
    .bind(userId)
    .first<OrganizationProfile>();
}

/** Creates or replaces the user's profile. */
export function putOrganizationProfileStatement(db: D1Database, userId: number, o: OrganizationProfile, now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO organization_profiles (user_id, name, acronym, country, type, website, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
       ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, acronym = excluded.acronym, country = excluded.country, type = excluded.type,
         website = excluded.website, updated_at = excluded.updated_at`,
    )
    .bind(userId, o.name, o.acronym, o.country, o.type, o.website, now);
}

/**
 * Saves the organization as the owner's profile when they have none, and only if the submission
 * write `writeId` applied: batch it with that write (a user's first submission saves its organization).
 */
export function saveProfileIfNoneStatement(db: D1Database, writeId: string, o: OrganizationProfile, now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO organization_profiles (user_id, name, acronym, country, type, website, created_at, updated_at)
       SELECT owner_id, ?2, ?3, ?4, ?5, ?6, ?7, ?7 FROM submissions WHERE write_id = ?1
       ON CONFLICT (user_id) DO NOTHING`,
    )
    .bind(writeId, o.name, o.acronym, o.country, o.type, o.website, now);
}

/** The speakers of the user's statements (drafts included), most recently used first, each once. */
export async function listRecentSpeakers(db: D1Database, userId: number): Promise<RecentSpeaker[]> {
  const { results } = await db
    .prepare(
      `SELECT speaker_name AS name, speaker_role AS role FROM submissions
        WHERE owner_id = ?1 AND speaker_name IS NOT NULL AND draft_withdrawn_at IS NULL
        GROUP BY speaker_name, speaker_role ORDER BY max(updated_at) DESC, max(id) DESC LIMIT ?2`,
    )
    .bind(userId, RECENT_SPEAKERS)
    .all<RecentSpeaker>();
  return results;
}
