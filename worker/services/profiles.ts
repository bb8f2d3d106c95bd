import type { SessionUser } from "../auth/session";
import { getOrganizationProfile, listRecentSpeakers, putOrganizationProfileStatement, type OrganizationProfile, type RecentSpeaker } from "../db/profiles";
import type { OrganizationProfileBody } from "../domain/schemas";
import { isoNow } from "../domain/time";

/** The saved organization as the API shows it: the organization object plus the recent speakers (read-only). */
export type ProfileView = OrganizationProfile & { speakers: RecentSpeaker[] };

export async function profileView(db: D1Database, user: SessionUser): Promise<ProfileView | null> {
  const [organization, speakers] = await Promise.all([getOrganizationProfile(db, user.id), listRecentSpeakers(db, user.id)]);
  return organization ? { ...organization, speakers } : null;
}

/** Saves (creates or replaces) the user's organization. Statements already submitted keep their own copy. */
export async function saveProfile(db: D1Database, user: SessionUser, body: OrganizationProfileBody): Promise<ProfileView> {
  const organization: OrganizationProfile = {
    name: body.name,
    acronym: body.acronym || null,
    country: body.country,
    type: body.type,
    website: body.website || null,
  };
  await putOrganizationProfileStatement(db, user.id, organization, isoNow()).run();
  return { ...organization, speakers: await listRecentSpeakers(db, user.id) };
}
