/** Original documents of submissions: the row in D1, the bytes in R2 under a key the server made. */
export type AttachmentInput = { r2Key: string; contentType: string; size: number; sha256: string; filename: string };
export type Attachment = AttachmentInput & { createdAt: string };

/** Attaches the document to the submission whose last write is `writeId` (batch it with the create). */
export function insertAttachmentStatement(db: D1Database, writeId: string, a: AttachmentInput, now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO attachments (submission_id, r2_key, content_type, size, sha256, filename, created_at)
       SELECT id, ?2, ?3, ?4, ?5, ?6, ?7 FROM submissions WHERE write_id = ?1`,
    )
    .bind(writeId, a.r2Key, a.contentType, a.size, a.sha256, a.filename, now);
}

export async function getAttachment(db: D1Database, reference: string): Promise<Attachment | null> {
  return db
    .prepare(
      `SELECT a.r2_key AS r2Key, a.content_type AS contentType, a.size, a.sha256, a.filename, a.created_at AS createdAt
         FROM attachments a JOIN submissions s ON s.id = a.submission_id WHERE s.reference = ?1 ORDER BY a.id LIMIT 1`,
    )
    .bind(reference)
    .first<Attachment>();
}

export async function attachmentKeyExists(db: D1Database, r2Key: string): Promise<boolean> {
  return (await db.prepare("SELECT 1 AS found FROM attachments WHERE r2_key = ?1").bind(r2Key).first()) !== null;
}
