import { REBUILD_SQL } from "../db/search-index.ts";
import { slugSeed } from "../domain/organization-slug.ts";
import { CGR_STATEMENT } from "./demo-statement.ts";
import { DEMO_SEGMENT_SLUG, DEMO_SEGMENT_TITLE, SEGMENTS, THEMES } from "./taxonomy.ts";
import { SEGMENT_TRANSLATIONS, THEME_TRANSLATIONS } from "./translations/index.ts";

/** SQL literal: the seed is written out as plain SQL for `wrangler d1 execute`, so quote carefully. */
function q(value: string | number | null): string {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${value.replace(/'/g, "''")}'`;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The development seed as idempotent SQL statements: taxonomy, real segments, one demo segment
 * open now, and the CGR statement published under segment 4 of 2022 with its proposals tagged.
 */
export function seedStatements(now: string): string[] {
  const out: string[] = [];
  THEMES.forEach((t, i) =>
    out.push(`INSERT INTO themes (slug, label, description, position, created_at, updated_at) VALUES (${q(t.slug)}, ${q(t.label)}, ${q(t.description)}, ${i + 1}, ${q(now)}, ${q(now)}) ON CONFLICT (slug) DO NOTHING`),
  );
  for (const s of SEGMENTS) {
    const held = `${s.heldOn}T00:00:00Z`;
    out.push(
      `INSERT INTO segments (slug, title, series, number, topics, held_on, opens_at, closes_at, is_demo, created_at, updated_at) VALUES (${q(s.slug)}, ${q(s.title)}, ${q(s.series)}, ${s.number}, ${q(JSON.stringify(s.topics))}, ${q(s.heldOn)}, ${q(addDays(held, -56))}, ${q(addDays(held, -1).replace("T00:00:00Z", "T23:59:59Z"))}, 0, ${q(now)}, ${q(now)}) ON CONFLICT (slug) DO NOTHING`,
    );
  }
  out.push(
    `INSERT INTO segments (slug, title, series, number, topics, held_on, opens_at, closes_at, is_demo, created_at, updated_at) VALUES (${q(DEMO_SEGMENT_SLUG)}, ${q(DEMO_SEGMENT_TITLE)}, 'demo', 0, ${q(JSON.stringify(["trafficking-in-persons", "smuggling-of-migrants"]))}, ${q(addDays(now, 45).slice(0, 10))}, ${q(addDays(now, -1))}, ${q(addDays(now, 30))}, 1, ${q(now)}, ${q(now)}) ON CONFLICT (slug) DO UPDATE SET opens_at = excluded.opens_at, closes_at = excluded.closes_at, held_on = excluded.held_on`,
  );

  // The seeded themes' and segments' translations (data, edited per language on /admin): added when
  // missing, never overwriting what an admin wrote.
  for (const [locale, themes] of Object.entries(THEME_TRANSLATIONS)) {
    for (const [slug, th] of Object.entries(themes)) {
      out.push(
        `INSERT INTO theme_translations (theme_slug, locale, label, description, updated_at) SELECT ${q(slug)}, ${q(locale)}, ${q(th.label)}, ${q(th.description)}, ${q(now)} WHERE EXISTS (SELECT 1 FROM themes WHERE slug = ${q(slug)}) ON CONFLICT DO NOTHING`,
      );
    }
  }
  for (const [locale, segments] of Object.entries(SEGMENT_TRANSLATIONS)) {
    for (const [slug, title] of Object.entries(segments)) {
      out.push(`INSERT INTO segment_translations (segment_id, locale, title, updated_at) SELECT id, ${q(locale)}, ${q(title)}, ${q(now)} FROM segments WHERE slug = ${q(slug)} ON CONFLICT DO NOTHING`);
    }
  }

  const s = CGR_STATEMENT;
  const writeId = "seed-cgr-2022";
  const exists = `NOT EXISTS (SELECT 1 FROM submissions WHERE reference = ${q(s.reference)})`;
  out.push(`INSERT INTO users (email, created_at) VALUES (${q(s.submittedBy)}, ${q(now)}) ON CONFLICT (email) DO NOTHING`);
  out.push(
    `INSERT INTO organizations (name, acronym, country, type, website, created_at, updated_at, slug) VALUES (${q(s.organization.name)}, ${q(s.organization.acronym)}, ${q(s.organization.country)}, ${q(s.organization.type)}, NULL, ${q(now)}, ${q(now)}, ${q(slugSeed(s.organization.name))}) ON CONFLICT (name COLLATE NOCASE, country) DO NOTHING`,
  );
  out.push(
    `INSERT INTO submissions (reference, owner_id, organization_id, org_name, org_acronym, org_country, org_type, org_website, segment_id, speaker_name, speaker_role, language, title, text, delivered_on, status, version, submitted_at, updated_at, published_at, decision, decided_at, decided_by, write_id)
     SELECT ${q(s.reference)}, (SELECT id FROM users WHERE email = ${q(s.submittedBy)}), (SELECT id FROM organizations WHERE name = ${q(s.organization.name)} AND country = ${q(s.organization.country)}),
       ${q(s.organization.name)}, ${q(s.organization.acronym)}, ${q(s.organization.country)}, ${q(s.organization.type)}, NULL,
       (SELECT id FROM segments WHERE slug = ${q(s.segment)}), ${q(s.speaker.name)}, ${q(s.speaker.role)}, ${q(s.language)}, ${q(s.title)}, ${q(s.text)}, ${q(s.deliveredOn)},
       'published', 2, ${q(s.publishedAt)}, ${q(s.publishedAt)}, ${q(s.publishedAt)}, 'publish', ${q(s.publishedAt)}, ${q(s.publishedBy)}, ${q(writeId)}
     WHERE ${exists}`,
  );
  const sub = `(SELECT id FROM submissions WHERE reference = ${q(s.reference)})`;
  s.proposals.forEach((p, i) => {
    out.push(`INSERT INTO proposals (submission_id, number, text) VALUES (${sub}, ${i + 1}, ${q(p.text)}) ON CONFLICT (submission_id, number) DO NOTHING`);
    for (const theme of p.themes) {
      out.push(
        `INSERT INTO proposal_themes (proposal_id, theme_slug) SELECT id, ${q(theme)} FROM proposals WHERE submission_id = ${sub} AND number = ${i + 1} ON CONFLICT DO NOTHING`,
      );
    }
  });
  for (const theme of s.themes) out.push(`INSERT INTO submission_themes (submission_id, theme_slug) VALUES (${sub}, ${q(theme)}) ON CONFLICT DO NOTHING`);
  out.push(
    `INSERT INTO events (submission_id, at, actor_email, actor_role, action, changes) SELECT ${sub}, ${q(s.publishedAt)}, ${q(s.submittedBy)}, 'admin', 'submitted', '{"status":{"from":null,"to":"submitted"}}' WHERE NOT EXISTS (SELECT 1 FROM events WHERE submission_id = ${sub})`,
  );
  out.push(
    `INSERT INTO events (submission_id, at, actor_email, actor_role, action, changes) SELECT ${sub}, ${q(s.publishedAt)}, ${q(s.publishedBy)}, 'admin', 'published', '{"status":{"from":"submitted","to":"published"}}' WHERE (SELECT count(*) FROM events WHERE submission_id = ${sub}) = 1`,
  );
  // The demo statement is inserted as published directly: rebuild the derived search index.
  out.push(...REBUILD_SQL);
  return out;
}
