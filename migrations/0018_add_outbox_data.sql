-- Issue 14, a lighter write path: an email queued on the request path stores its template's name
-- and data (JSON) instead of its rendered parts, and is rendered when it is delivered. `html` and
-- `text` stay '' for such rows; rows with `data` NULL were rendered when queued, as before.
ALTER TABLE outbox ADD COLUMN data TEXT;
