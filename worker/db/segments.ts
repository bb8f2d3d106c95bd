import { segmentStatus, type SegmentStatus } from "../domain/segment";

export type Segment = {
  slug: string;
  title: string;
  series: string;
  number: number;
  topics: string[];
  heldOn: string;
  opensAt: string;
  closesAt: string;
  status: SegmentStatus;
  statementCount: number;
};

/** `title` is the English; `titles` the other UN languages that have one (`segment_translations`, migration 0011). */
export type StoredSegment = Segment & { id: number; titles: Record<string, string> };

type SegmentRow = Omit<Segment, "topics" | "status"> & { id: number; topics: string; titles: string };

const SELECT = `SELECT s.id, s.slug, s.title, s.series, s.number, s.topics, s.held_on AS heldOn, s.opens_at AS opensAt, s.closes_at AS closesAt,
  (SELECT count(*) FROM submissions x WHERE x.segment_id = s.id AND x.status = 'published') AS statementCount,
  (SELECT json_group_object(locale, title) FROM segment_translations WHERE segment_id = s.id AND title IS NOT NULL AND title <> '') AS titles
  FROM segments s`;

function toSegment(row: SegmentRow, now: string): StoredSegment {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    series: row.series,
    number: row.number,
    topics: JSON.parse(row.topics) as string[],
    heldOn: row.heldOn,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    status: segmentStatus(row.opensAt, row.closesAt, now),
    statementCount: row.statementCount,
    titles: JSON.parse(row.titles) as Record<string, string>,
  };
}

/** The public API's segment: English title only, as before translations (API.md). */
export function publicSegment({ id: _id, titles: _titles, ...segment }: StoredSegment): Segment {
  return segment;
}

/** The admin API's segment: the public one plus `titles` in the other UN languages. */
export function adminSegment(s: StoredSegment): Segment & { titles: Record<string, string> } {
  return { ...publicSegment(s), titles: s.titles };
}

/** Sets one language's title of a segment; other languages are untouched. An empty title removes it (the English shows). */
export function setSegmentTitleStatement(db: D1Database, slug: string, locale: string, title: string | null, now: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO segment_translations (segment_id, locale, title, updated_at) SELECT id, ?2, nullif(?3, ''), ?4 FROM segments WHERE slug = ?1
       ON CONFLICT (segment_id, locale) DO UPDATE SET title = excluded.title, updated_at = excluded.updated_at`,
    )
    .bind(slug, locale, title ?? "", now);
}

export async function listSegments(db: D1Database, now: string): Promise<StoredSegment[]> {
  const { results } = await db.prepare(`${SELECT} ORDER BY s.held_on DESC, s.number DESC`).all<SegmentRow>();
  return results.map((r) => toSegment(r, now));
}

export async function getSegmentBySlug(db: D1Database, slug: string, now: string): Promise<StoredSegment | null> {
  const row = await db.prepare(`${SELECT} WHERE s.slug = ?1`).bind(slug).first<SegmentRow>();
  return row ? toSegment(row, now) : null;
}

export type SegmentInput = { slug: string; title: string; series: string; number: number; topics: string[]; heldOn: string; opensAt: string; closesAt: string };

export function insertSegmentStatement(db: D1Database, s: SegmentInput, now: string, isDemo = false): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO segments (slug, title, series, number, topics, held_on, opens_at, closes_at, is_demo, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)`,
    )
    .bind(s.slug, s.title, s.series, s.number, JSON.stringify(s.topics), s.heldOn, s.opensAt, s.closesAt, isDemo ? 1 : 0, now);
}

export function updateSegmentStatement(db: D1Database, slug: string, s: Omit<SegmentInput, "slug">, now: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE segments SET title = ?2, series = ?3, number = ?4, topics = ?5, held_on = ?6, opens_at = ?7, closes_at = ?8, updated_at = ?9
        WHERE slug = ?1`,
    )
    .bind(slug, s.title, s.series, s.number, JSON.stringify(s.topics), s.heldOn, s.opensAt, s.closesAt, now);
}

export async function existingSegmentSlugs(db: D1Database): Promise<Set<string>> {
  const { results } = await db.prepare("SELECT slug FROM segments").all<{ slug: string }>();
  return new Set(results.map((r) => r.slug));
}
