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

export type ThemeKeyword = { term: string; language: string; createdBy: string; createdAt: string };

export async function listThemeKeywords(db: D1Database, slug?: string): Promise<(ThemeKeyword & { theme: string })[]> {
  const { results } = await db
    .prepare(
      `SELECT theme_slug AS theme, term, language, created_by AS createdBy, created_at AS createdAt FROM theme_keywords
        WHERE ?1 IS NULL OR theme_slug = ?1 ORDER BY theme_slug, term`,
    )
    .bind(slug ?? null)
    .all<ThemeKeyword & { theme: string }>();
  return results;
}

/** Replaces the admin-added keywords of one theme. */
export function replaceThemeKeywordsStatements(db: D1Database, slug: string, keywords: { term: string; language: string }[], by: string, now: string): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM theme_keywords WHERE theme_slug = ?1").bind(slug),
    ...keywords.map((k) =>
      db
        .prepare("INSERT INTO theme_keywords (theme_slug, language, term, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (theme_slug, term) DO NOTHING")
        .bind(slug, k.language, k.term, by, now),
    ),
  ];
}

/** Adds one admin keyword; false when the theme already has that term. */
export async function addThemeKeyword(db: D1Database, slug: string, k: { term: string; language: string }, by: string, now: string): Promise<boolean> {
  const result = await db
    .prepare("INSERT INTO theme_keywords (theme_slug, language, term, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (theme_slug, term) DO NOTHING")
    .bind(slug, k.language, k.term, by, now)
    .run();
  return result.meta.changes > 0;
}

export async function removeThemeKeyword(db: D1Database, slug: string, term: string): Promise<void> {
  await db.prepare("DELETE FROM theme_keywords WHERE theme_slug = ?1 AND term = ?2").bind(slug, term).run();
}
