/** Segment titles and theme labels as the database holds them (slug → text), in one round trip. */
export async function referenceLabels(db: D1Database | D1DatabaseSession): Promise<{ segment: Record<string, string>; theme: Record<string, string> }> {
  const [segments, themes] = await db.batch([db.prepare("SELECT slug, title AS text FROM segments"), db.prepare("SELECT slug, label AS text FROM themes")]);
  const toMap = (r: D1Result) => Object.fromEntries(((r.results ?? []) as { slug: string; text: string }[]).map((x) => [x.slug, x.text]));
  return { segment: toMap(segments!), theme: toMap(themes!) };
}
