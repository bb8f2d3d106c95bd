-- Words admins add to the intake theme lexicon (worker/intake/lexicon.ts holds the built-in ones).
CREATE TABLE theme_keywords (
  id          INTEGER PRIMARY KEY,
  theme_slug  TEXT NOT NULL REFERENCES themes (slug) ON UPDATE CASCADE ON DELETE CASCADE,
  language    TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 12),
  term        TEXT NOT NULL CHECK (length(term) BETWEEN 2 AND 80),
  created_by  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (theme_slug, term)
);
CREATE INDEX idx_theme_keywords_theme_slug ON theme_keywords (theme_slug);
