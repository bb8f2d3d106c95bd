/** What readers see of campaigns: the published members only (an unpublished member is nobody's business). */

export type PublishedCampaign = { id: string; size: number; others: { reference: string; title: string; organization: string }[] };

/** The campaign of a published statement, with up to `limit` of its other published members (oldest first); null unless two or more are published. */
export async function getPublishedCampaign(db: D1Database | D1DatabaseSession, reference: string, limit = 20): Promise<PublishedCampaign | null> {
  const { results } = await db
    .prepare(
      `WITH mine AS (SELECT m.campaign_id AS id FROM campaign_members m JOIN submissions s ON s.id = m.submission_id WHERE s.reference = ?1 AND s.status = 'published')
       SELECT mine.id, (SELECT count(*) FROM campaign_members m2 JOIN submissions s2 ON s2.id = m2.submission_id WHERE m2.campaign_id = mine.id AND s2.status = 'published') AS size,
         o.reference, o.title, o.organization
         FROM mine LEFT JOIN (
           SELECT m3.campaign_id, s3.reference, s3.title, s3.org_name AS organization, s3.published_at, s3.id
             FROM campaign_members m3 JOIN submissions s3 ON s3.id = m3.submission_id
            WHERE m3.campaign_id = (SELECT id FROM mine) AND s3.status = 'published' AND s3.reference <> ?1
            ORDER BY s3.published_at, s3.id LIMIT ?2) o ON o.campaign_id = mine.id`,
    )
    .bind(reference, limit)
    .all<{ id: string; size: number; reference: string | null; title: string | null; organization: string | null }>();
  const first = results[0];
  if (!first || first.size < 2) return null;
  return { id: first.id, size: first.size, others: results.filter((r) => r.reference).map((r) => ({ reference: r.reference!, title: r.title ?? "", organization: r.organization ?? "" })) };
}
