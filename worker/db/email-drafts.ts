import type { DraftFields } from "../services/email-draft";

/**
 * A draft's row and children (proposals, their themes, the statement's themes), owned by the
 * account of `ownerEmail`. Missing fields stay NULL: migration 0007 allows it for `draft` only.
 */
export function insertDraftStatements(
  db: D1Database,
  a: { reference: string; writeId: string; ownerEmail: string; fields: DraftFields; now: string; locale: string },
): D1PreparedStatement[] {
  const f = a.fields;
  const out = [
    db
      .prepare(
        `INSERT INTO submissions (reference, owner_id, org_name, org_acronym, org_country, segment_id, speaker_name, speaker_role,
           language, title, text, delivered_on, status, version, submitted_at, updated_at, write_id, locale)
         VALUES (?1, (SELECT id FROM users WHERE email = ?2), ?3, ?4, ?5, (SELECT id FROM segments WHERE slug = ?6), ?7, ?8,
           ?9, ?10, ?11, ?12, 'draft', 1, ?13, ?13, ?14, ?15)`,
      )
      .bind(
        a.reference, a.ownerEmail, f.organization?.name ?? null, f.organization?.acronym ?? null, f.organization?.country ?? null, f.segment,
        f.speaker?.name ?? null, f.speaker?.role ?? null, f.language, f.title, f.text, f.deliveredOn, a.now, a.writeId, a.locale,
      ),
  ];
  f.proposals.forEach((p, i) => {
    out.push(db.prepare("INSERT INTO proposals (submission_id, number, text) SELECT id, ?2, ?3 FROM submissions WHERE write_id = ?1").bind(a.writeId, i + 1, p.text));
    for (const theme of new Set(p.themes)) {
      out.push(
        db
          .prepare(
            `INSERT INTO proposal_themes (proposal_id, theme_slug)
             SELECT p.id, ?3 FROM proposals p JOIN submissions s ON s.id = p.submission_id WHERE s.write_id = ?1 AND p.number = ?2`,
          )
          .bind(a.writeId, i + 1, theme),
      );
    }
  });
  for (const theme of new Set(f.themes)) {
    out.push(db.prepare("INSERT INTO submission_themes (submission_id, theme_slug) SELECT id, ?2 FROM submissions WHERE write_id = ?1").bind(a.writeId, theme));
  }
  return out;
}
