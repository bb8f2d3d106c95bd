-- After publication, re-review and per-language reference data (issue 12).
--
-- 1. What readers see after publication: a takedown's public note (410 page and API), and whether
--    the uploaded original is public (staff choose; the text may have been cleaned of personal data,
--    the original cannot be). Corrections are the `corrected` events of the history (their `note`).
ALTER TABLE submissions ADD COLUMN public_note TEXT;
ALTER TABLE submissions ADD COLUMN document_public INTEGER NOT NULL DEFAULT 0 CHECK (document_public IN (0, 1));

-- 2. Every state of the content staff could see: one snapshot per content write of a non-draft
--    submission (submitted, edited, resubmitted, staff edit, correction), written in the same batch.
--    `content` is { title, text, proposals: [{ number, text, themes }], themes }.
CREATE TABLE submission_versions (
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  version       INTEGER NOT NULL CHECK (version >= 1),
  at            TEXT NOT NULL,
  actor_email   TEXT NOT NULL,
  actor_role    TEXT NOT NULL CHECK (actor_role IN ('submitter', 'moderator', 'admin', 'system')),
  content       TEXT NOT NULL CHECK (json_valid(content)),
  PRIMARY KEY (submission_id, version)
) WITHOUT ROWID;

-- The content version staff last saw: set by every staff decision and edit (the newest snapshot at
-- that moment), so a re-review compares it with the current one, whatever the clock says.
ALTER TABLE submissions ADD COLUMN staff_seen_version INTEGER;

-- What exists today is the one state we know of each submission.
INSERT INTO submission_versions (submission_id, version, at, actor_email, actor_role, content)
SELECT s.id, s.version, s.updated_at, 'system', 'system', json_object(
    'title', s.title, 'text', s.text,
    'proposals', json((SELECT json_group_array(json_object('number', p.number, 'text', p.text,
        'themes', json((SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM proposal_themes WHERE proposal_id = p.id ORDER BY theme_slug)))))
      FROM (SELECT id, number, text FROM proposals WHERE submission_id = s.id ORDER BY number) p)),
    'themes', json((SELECT json_group_array(theme_slug) FROM (SELECT theme_slug FROM submission_themes WHERE submission_id = s.id ORDER BY theme_slug))))
  FROM submissions s WHERE s.status <> 'draft';
UPDATE submissions SET staff_seen_version = version
 WHERE status <> 'draft' AND EXISTS (SELECT 1 FROM events e WHERE e.submission_id = submissions.id AND e.actor_role IN ('moderator', 'admin') AND e.action <> 'submitted');

-- 3. Theme labels, descriptions and segment titles in the other UN languages (the English stays in
--    `themes` / `segments`). One row per (thing, language); a missing row or NULL field falls back to
--    the English and is listed on /admin as missing. Editing one language touches only its row.
CREATE TABLE theme_translations (
  theme_slug  TEXT NOT NULL REFERENCES themes (slug) ON DELETE CASCADE,
  locale      TEXT NOT NULL CHECK (locale IN ('fr', 'es', 'ar', 'ru', 'zh')),
  label       TEXT CHECK (label IS NULL OR length(label) BETWEEN 2 AND 200),
  description TEXT,
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (theme_slug, locale)
) WITHOUT ROWID;

CREATE TABLE segment_translations (
  segment_id  INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  locale      TEXT NOT NULL CHECK (locale IN ('fr', 'es', 'ar', 'ru', 'zh')),
  title       TEXT CHECK (title IS NULL OR length(title) BETWEEN 3 AND 300),
  updated_at  TEXT NOT NULL,
  PRIMARY KEY (segment_id, locale)
) WITHOUT ROWID;
