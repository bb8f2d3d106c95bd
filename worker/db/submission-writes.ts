import { slugSeed } from "../domain/organization-slug";
import type { Status } from "../domain/status";
import type { Submission, SubmissionContent } from "./submissions";
import { versionChecked } from "./versioned-batch";

export function upsertOrganizationStatement(db: D1Database, o: Submission["organization"], now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO organizations (name, acronym, country, type, website, created_at, updated_at, slug) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)
       ON CONFLICT (name COLLATE NOCASE, country) DO NOTHING`,
    )
    .bind(o.name, o.acronym, o.country, o.type, o.website, now, slugSeed(o.name));
}

/** Statements that (re)write proposals and themes of the row whose last write is `writeId`. */
export function childStatements(db: D1Database, writeId: string, c: Pick<SubmissionContent, "proposals" | "themes">, replace: boolean): D1PreparedStatement[] {
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
 * (and in one of `fromStatuses`); its version check is marked (`runVersionedBatch`): when it does
 * not apply, every other statement matches nothing.
 */
export function updateContentStatements(
  db: D1Database,
  args: { reference: string; version: number; fromStatuses: readonly Status[]; toStatus: Status; writeId: string; content: SubmissionContent; now: string },
): D1PreparedStatement[] {
  const { reference, version, fromStatuses, toStatus, writeId, content: c, now } = args;
  return [
    upsertOrganizationStatement(db, c.organization, now),
    versionChecked(db
      .prepare(
        `UPDATE submissions SET organization_id = (SELECT id FROM organizations WHERE name = ?4 COLLATE NOCASE AND country = ?6),
           org_name = ?4, org_acronym = ?5, org_country = ?6, org_type = ?7, org_website = ?8,
           segment_id = (SELECT id FROM segments WHERE slug = ?9), speaker_name = ?10, speaker_role = ?11, language = ?12,
           title = ?13, text = ?14, delivered_on = ?15, status = ?16, version = version + 1, updated_at = ?17, write_id = ?18
         WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))
         RETURNING id`,
      )
      .bind(
        reference, version, JSON.stringify(fromStatuses), c.organization.name, c.organization.acronym, c.organization.country, c.organization.type,
        c.organization.website, c.segmentSlug, c.speaker.name, c.speaker.role, c.language, c.title, c.text, c.deliveredOn, toStatus, now, writeId,
      )),
    ...childStatements(db, writeId, c, true),
  ];
}

/** Moves a submission to `toStatus` if it is still at `version` and in one of `fromStatuses`. */
export function setStatusIfVersionIsStatement(
  db: D1Database,
  args: { reference: string; version: number; fromStatuses: readonly Status[]; toStatus: Status; writeId: string; now: string },
): D1PreparedStatement {
  return versionChecked(
    db
      .prepare(
        `UPDATE submissions SET status = ?4, version = version + 1, updated_at = ?5, write_id = ?6
          WHERE reference = ?1 AND version = ?2 AND status IN (SELECT value FROM json_each(?3))
           RETURNING id`,
      )
      .bind(args.reference, args.version, JSON.stringify(args.fromStatuses), args.toStatus, args.now, args.writeId),
  );
}
