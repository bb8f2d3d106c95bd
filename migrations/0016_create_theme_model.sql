-- Themes learned from moderators' tags (worker/intake/learned.ts): one row, the model as JSON,
-- rebuilt from the published proposals' themes by the `theme-model` scheduled job.
CREATE TABLE theme_model (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  model     TEXT NOT NULL,
  examples  INTEGER NOT NULL CHECK (examples >= 0),
  built_at  TEXT NOT NULL,
  -- What it was built from (tagged proposals, themes given, last decision): the job skips an unchanged set.
  source    TEXT NOT NULL
);
