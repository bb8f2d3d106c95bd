import { insertEventStatement } from "./submission-events";
import { snapshotStatement } from "./submission-versions";
import { createSubmissionStatements } from "./submission-writes";
import type { SubmissionContent } from "./submissions";
import { indexAfterChange, termImpactWrites } from "./search-index";

/**
 * Statements that file one historical statement as already published, as staff archiving earlier
 * dialogues do: the same creation statements as a submission, then the publication (with its two
 * history events) and the search index entries. Batch them, then `importedTermImpacts` for all
 * of them; nothing is emailed.
 */
export function importPublishedStatements(
  db: D1Database,
  args: { reference: string; ownerId: number; actorEmail: string; actorRole: "moderator" | "admin"; writeId: string; content: SubmissionContent; publishedAt: string; now: string },
): D1PreparedStatement[] {
  const { reference, writeId, publishedAt, now } = args;
  return [
    ...createSubmissionStatements(db, { reference, ownerId: args.ownerId, writeId, content: args.content, now }),
    insertEventStatement(db, { writeId, at: now, actorEmail: args.actorEmail, actorRole: args.actorRole, action: "submitted", changes: { status: { from: null, to: "submitted" } }, note: "imported" }),
    db
      .prepare(
        `UPDATE submissions SET status = 'published', version = version + 1, published_at = ?2, decision = 'publish', decided_at = ?3, decided_by = ?4
          WHERE write_id = ?1 AND status = 'submitted'`,
      )
      .bind(writeId, publishedAt, now, args.actorEmail),
    insertEventStatement(db, {
      writeId, at: now, actorEmail: args.actorEmail, actorRole: args.actorRole, action: "published",
      changes: { status: { from: "submitted", to: "published" }, publishedAt: { from: null, to: publishedAt } }, note: "imported",
    }),
    snapshotStatement(db, { writeId, at: now, actorEmail: args.actorEmail, actorRole: args.actorRole }),
    ...indexAfterChange(db, reference, { impacts: false }),
  ];
}

/** After every statement of an import: their frequent-term rows, in one pass over the scratch tables (search-index.ts). */
export function importedTermImpacts(db: D1Database, references: string[]): D1PreparedStatement[] {
  return termImpactWrites(db, "SELECT id FROM submissions WHERE reference IN (SELECT value FROM json_each(?1))", [JSON.stringify(references)]);
}
