import type { DraftContent, SubmissionContent } from "./submissions";
import { childStatements, upsertOrganizationStatement } from "./submission-writes";
import { versionChecked } from "./versioned-batch";

/**
 * Drafts: rows with status `draft` whose fields may be missing (migration 0007). No organization row
 * is made for a draft: the organization is linked when the draft is submitted.
 */

function draftColumns(c: DraftContent) {
  return [
    c.organization?.name ?? null, c.organization?.acronym ?? null, c.organization?.country ?? null, c.organization?.type ?? null,
    c.organization?.website ?? null, c.segmentSlug, c.speaker?.name ?? null, c.speaker?.role ?? null, c.language, c.title, c.text, c.deliveredOn,
  ] as const;
}

/** The statements that create a draft; batch them with its idempotency record, if any. */
export function createDraftStatements(
  db: D1Database,
  args: { reference: string; ownerId: number; writeId: string; content: DraftContent; now: string; locale: string },
): D1PreparedStatement[] {
  const { reference, ownerId, writeId, content: c, now, locale } = args;
  return [
    db
      .prepare(
        `INSERT INTO submissions (reference, owner_id, organization_id, org_name, org_acronym, org_country, org_type, org_website,
           segment_id, speaker_name, speaker_role, language, title, text, delivered_on, status, version, submitted_at, updated_at, write_id, locale)
         VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, (SELECT id FROM segments WHERE slug = ?8), ?9, ?10, ?11, ?12, ?13, ?14, 'draft', 1, ?15, ?15, ?16, ?17)`,
      )
      .bind(reference, ownerId, ...draftColumns(c), now, writeId, locale),
    ...childStatements(db, writeId, c, false),
  ];
}

/**
 * Statements that replace a draft's content if it is still a draft at `version`. The first
 * statement is the version check (`runVersionedBatch`); when it does not apply, the others match nothing.
 */
export function updateDraftStatements(
  db: D1Database,
  args: { reference: string; version: number; writeId: string; content: DraftContent; now: string },
): D1PreparedStatement[] {
  const { reference, version, writeId, content: c, now } = args;
  return [
    versionChecked(db
      .prepare(
        `UPDATE submissions SET org_name = ?3, org_acronym = ?4, org_country = ?5, org_type = ?6, org_website = ?7,
           segment_id = (SELECT id FROM segments WHERE slug = ?8), speaker_name = ?9, speaker_role = ?10, language = ?11,
           title = ?12, text = ?13, delivered_on = ?14, version = version + 1, updated_at = ?15, write_id = ?16
         WHERE reference = ?1 AND version = ?2 AND status = 'draft'
         RETURNING id`,
      )
      .bind(reference, version, ...draftColumns(c), now, writeId)),
    ...childStatements(db, writeId, c, true),
  ];
}

/**
 * Statements that submit a draft still at `version` with its complete `content`: the organization is
 * linked, the status becomes `submitted` and `submitted_at` the time of submission. First statement:
 * the organization; then the version check (`runVersionedBatch`).
 */
export function submitDraftStatements(
  db: D1Database,
  args: { reference: string; version: number; writeId: string; content: SubmissionContent; now: string },
): D1PreparedStatement[] {
  const { reference, version, writeId, content: c, now } = args;
  return [
    upsertOrganizationStatement(db, c.organization, now),
    versionChecked(db
      .prepare(
        `UPDATE submissions SET organization_id = (SELECT id FROM organizations WHERE name = ?3 COLLATE NOCASE AND country = ?5),
           org_name = ?3, org_acronym = ?4, org_country = ?5, org_type = ?6, org_website = ?7,
           segment_id = (SELECT id FROM segments WHERE slug = ?8), speaker_name = ?9, speaker_role = ?10, language = ?11,
           title = ?12, text = ?13, delivered_on = ?14, status = 'submitted', version = version + 1, submitted_at = ?15, updated_at = ?15, write_id = ?16
         WHERE reference = ?1 AND version = ?2 AND status = 'draft'
         RETURNING id`,
      )
      .bind(
        reference, version, c.organization.name, c.organization.acronym, c.organization.country, c.organization.type, c.organization.website,
        c.segmentSlug, c.speaker.name, c.speaker.role, c.language, c.title, c.text, c.deliveredOn, now, writeId,
      )),
    ...childStatements(db, writeId, c, true),
  ];
}

/** Marks a draft still at `version` withdrawn (migration 0008: it keeps status `draft` in storage). */
export function withdrawDraftStatement(db: D1Database, args: { reference: string; version: number; writeId: string; now: string }): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE submissions SET draft_withdrawn_at = ?3, version = version + 1, updated_at = ?3, write_id = ?4
        WHERE reference = ?1 AND version = ?2 AND status = 'draft' AND draft_withdrawn_at IS NULL
         RETURNING id`,
    )
    .bind(args.reference, args.version, args.now, args.writeId);
}
