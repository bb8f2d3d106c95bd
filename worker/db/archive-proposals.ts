/** Proposals of published statements, for the proposals CSV and the briefing packs. */

type Db = D1Database | D1DatabaseSession;

export type ProposalRow = { submissionId: number; number: number; text: string; themes: string };

/**
 * The proposals of these statements in statement then number order, each with its themes as a JSON
 * array of `[slug, label]` in the taxonomy's order (the database's labels, as the API shows them).
 */
export async function proposalsOfStatements(db: Db, ids: number[]): Promise<ProposalRow[]> {
  if (ids.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT p.submission_id AS submissionId, p.number, p.text,
         (SELECT json_group_array(json_array(th.slug, th.label)) FROM
           (SELECT th.slug, th.label FROM proposal_themes pt JOIN themes th ON th.slug = pt.theme_slug
             WHERE pt.proposal_id = p.id ORDER BY th.position, th.slug) th) AS themes
       FROM proposals p WHERE p.submission_id IN (SELECT value FROM json_each(?1))
       ORDER BY p.submission_id, p.number`,
    )
    .bind(JSON.stringify(ids))
    .all<ProposalRow>();
  return results;
}

export type BriefProposal = {
  reference: string; title: string; number: number; text: string; orgName: string; orgAcronym: string | null; orgCountry: string;
  segmentSlug: string; segmentTitle: string; segmentHeldOn: string; date: string; language: string; themes: string;
};

/**
 * Every proposal of the published statements of a segment, or of every segment for a theme (the
 * proposal's themes, else its statement's), with its themes as a JSON array of slugs. Ordered by
 * organization so each theme's group reads alphabetically.
 */
export async function briefProposals(db: Db, by: { segment: string } | { theme: string }, limit = 5000): Promise<BriefProposal[]> {
  const where =
    "segment" in by
      ? "g.slug = ?1"
      : `(EXISTS (SELECT 1 FROM proposal_themes x WHERE x.proposal_id = p.id AND x.theme_slug = ?1)
          OR (NOT EXISTS (SELECT 1 FROM proposal_themes x WHERE x.proposal_id = p.id)
              AND EXISTS (SELECT 1 FROM submission_themes y WHERE y.submission_id = s.id AND y.theme_slug = ?1)))`;
  const { results } = await db
    .prepare(
      `SELECT s.reference, s.title, p.number, p.text, s.org_name AS orgName, s.org_acronym AS orgAcronym, s.org_country AS orgCountry,
         g.slug AS segmentSlug, g.title AS segmentTitle, g.held_on AS segmentHeldOn, coalesce(s.delivered_on, g.held_on) AS date, s.language,
         coalesce((SELECT json_group_array(theme_slug) FROM proposal_themes WHERE proposal_id = p.id),
           '[]') AS themes,
         (SELECT json_group_array(theme_slug) FROM submission_themes WHERE submission_id = s.id) AS statementThemes
       FROM proposals p JOIN submissions s ON s.id = p.submission_id JOIN segments g ON g.id = s.segment_id
       WHERE s.status = 'published' AND ${where}
       ORDER BY s.org_name COLLATE NOCASE, s.id, p.number LIMIT ?2`,
    )
    .bind("segment" in by ? by.segment : by.theme, limit)
    .all<BriefProposal & { statementThemes: string }>();
  // A proposal without its own themes is filed under its statement's.
  return results.map(({ statementThemes, ...r }) => (r.themes === "[]" ? { ...r, themes: statementThemes } : r));
}
