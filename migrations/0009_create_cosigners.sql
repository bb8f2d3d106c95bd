-- Joint statements (API.md "Organization profile and joint statements") and public organization
-- slugs. Co-signers are organizations a submitter names with a contact address; each is shown in
-- public only after that address confirmed. Organizations get a stable `slug` (`42-centre-for-…`:
-- the id keeps it unique, the words are the name's), the value of the archive's `organization`
-- filter, which now matches statements an organization wrote or co-signed.

ALTER TABLE organizations ADD COLUMN slug TEXT;
UPDATE organizations SET slug = CASE WHEN trim(substr(trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(name), ' ', '-'), '.', '-'), ',', '-'), '(', '-'), ')', '-'), '&', '-'), '/', '-'), '\', '-'), '''', '-'), '"', '-'), ':', '-'), ';', '-'), '!', '-'), '?', '-'), '_', '-'), '+', '-'), '@', '-'), '#', '-'), '*', '-'), '[', '-'), ']', '-'), '|', '-'), '–', '-'), '—', '-'), '’', '-'), '«', '-'), '»', '-'), '“', '-'), '”', '-'), char(9), '-'), char(10), '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-'), '-'), 1, 60), '-') = '' THEN CAST(id AS TEXT)
  ELSE id || '-' || trim(substr(trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(name), ' ', '-'), '.', '-'), ',', '-'), '(', '-'), ')', '-'), '&', '-'), '/', '-'), '\', '-'), '''', '-'), '"', '-'), ':', '-'), ';', '-'), '!', '-'), '?', '-'), '_', '-'), '+', '-'), '@', '-'), '#', '-'), '*', '-'), '[', '-'), ']', '-'), '|', '-'), '–', '-'), '—', '-'), '’', '-'), '«', '-'), '»', '-'), '“', '-'), '”', '-'), char(9), '-'), char(10), '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-'), '-'), 1, 60), '-') END;
CREATE UNIQUE INDEX idx_organizations_slug ON organizations (slug);
-- Every new organization gets its slug here: the Worker inserts `~` and the name's words
-- (`slugWords`, diacritics folded: `~grupo-oceano`), the id is put in front once known; an insert
-- without a slug gets the words SQL can make.
CREATE TRIGGER trg_organizations_slug AFTER INSERT ON organizations WHEN NEW.slug IS NULL OR substr(NEW.slug, 1, 1) = '~'
BEGIN
  UPDATE organizations SET slug = CASE WHEN NEW.slug = '~' THEN CAST(NEW.id AS TEXT)
    WHEN NEW.slug IS NOT NULL THEN NEW.id || '-' || substr(NEW.slug, 2)
    WHEN trim(substr(trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(NEW.name), ' ', '-'), '.', '-'), ',', '-'), '(', '-'), ')', '-'), '&', '-'), '/', '-'), '\', '-'), '''', '-'), '"', '-'), ':', '-'), ';', '-'), '!', '-'), '?', '-'), '_', '-'), '+', '-'), '@', '-'), '#', '-'), '*', '-'), '[', '-'), ']', '-'), '|', '-'), '–', '-'), '—', '-'), '’', '-'), '«', '-'), '»', '-'), '“', '-'), '”', '-'), char(9), '-'), char(10), '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-'), '-'), 1, 60), '-') = '' THEN CAST(NEW.id AS TEXT)
    ELSE NEW.id || '-' || trim(substr(trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(lower(NEW.name), ' ', '-'), '.', '-'), ',', '-'), '(', '-'), ')', '-'), '&', '-'), '/', '-'), '\', '-'), '''', '-'), '"', '-'), ':', '-'), ';', '-'), '!', '-'), '?', '-'), '_', '-'), '+', '-'), '@', '-'), '#', '-'), '*', '-'), '[', '-'), ']', '-'), '|', '-'), '–', '-'), '—', '-'), '’', '-'), '«', '-'), '»', '-'), '“', '-'), '”', '-'), char(9), '-'), char(10), '-'), '--', '-'), '--', '-'), '--', '-'), '--', '-'), '-'), 1, 60), '-') END WHERE id = NEW.id;
END;

-- One row per (statement, co-signing organization). `listed` = 0 once the submitter took it off the
-- list (kept, so that adding it back never re-invites a declined address). `invitation`: the email
-- is `pending` (written by the invitation job, which applies the opt-outs and rate limits), `sent`,
-- or `stopped` (the address asked for no more invitations). Only the SHA-256 of the token is kept.
CREATE TABLE cosigners (
  id              INTEGER PRIMARY KEY,
  submission_id   INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  organization_id INTEGER NOT NULL REFERENCES organizations (id),
  position        INTEGER NOT NULL CHECK (position >= 1),
  name            TEXT NOT NULL,
  acronym         TEXT,
  country         TEXT NOT NULL,
  email           TEXT NOT NULL COLLATE NOCASE,
  state           TEXT NOT NULL DEFAULT 'invited' CHECK (state IN ('invited', 'confirmed', 'declined')),
  listed          INTEGER NOT NULL DEFAULT 1 CHECK (listed IN (0, 1)),
  invitation      TEXT NOT NULL DEFAULT 'pending' CHECK (invitation IN ('pending', 'sent', 'stopped')),
  token_hash      TEXT UNIQUE,
  invited_at      TEXT,
  answered_at     TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  UNIQUE (submission_id, organization_id)
);
CREATE INDEX idx_cosigners_pending ON cosigners (id) WHERE invitation = 'pending';
CREATE INDEX idx_cosigners_organization_id ON cosigners (organization_id, state);

-- Every invitation email written, for the rate limits per address and per statement.
CREATE TABLE cosign_invitations (
  id            INTEGER PRIMARY KEY,
  submission_id INTEGER NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
  email         TEXT NOT NULL COLLATE NOCASE,
  at            TEXT NOT NULL
);
CREATE INDEX idx_cosign_invitations_email ON cosign_invitations (email, at);
CREATE INDEX idx_cosign_invitations_submission_id ON cosign_invitations (submission_id, at);

-- Addresses that stopped every further invitation (one click from the invitation page). Only the
-- SHA-256 of the lowercased address is kept.
CREATE TABLE cosign_opt_outs (
  email_hash  TEXT PRIMARY KEY,
  created_at  TEXT NOT NULL
);

-- Facets: `organization` is now the organization's slug, for the author and for every confirmed
-- co-signer still on the list (migrations 0002/0007 had the author's numeric id).
DROP VIEW statement_facets_source;
CREATE VIEW statement_facets_source AS
SELECT s.id AS submission_id, j.value ->> '$[0]' AS facet, j.value ->> '$[1]' AS value
  FROM submissions s JOIN segments g ON g.id = s.segment_id JOIN organizations o ON o.id = s.organization_id,
  json_each(json_array(
    json_array('segment', g.slug), json_array('country', s.org_country), json_array('language', s.language),
    json_array('organization', o.slug), json_array('year', substr(coalesce(s.delivered_on, g.held_on), 1, 4)))) j
  WHERE s.status = 'published'
UNION ALL
SELECT s.id, 'topic', j.value FROM submissions s JOIN segments g ON g.id = s.segment_id, json_each(g.topics) j WHERE s.status = 'published'
UNION ALL
SELECT s.id, 'theme', t.theme_slug FROM submissions s JOIN submission_themes t ON t.submission_id = s.id WHERE s.status = 'published'
UNION ALL
SELECT s.id, 'theme', pt.theme_slug FROM submissions s JOIN proposals p ON p.submission_id = s.id JOIN proposal_themes pt ON pt.proposal_id = p.id
  WHERE s.status = 'published'
UNION ALL
SELECT s.id, 'organization', o.slug FROM submissions s JOIN cosigners c ON c.submission_id = s.id JOIN organizations o ON o.id = c.organization_id
  WHERE s.status = 'published' AND c.state = 'confirmed' AND c.listed = 1;

DELETE FROM statement_facets WHERE facet = 'organization';
INSERT OR IGNORE INTO statement_facets (submission_id, facet, value)
  SELECT submission_id, facet, value FROM statement_facets_source WHERE facet = 'organization';
UPDATE archive_state SET version = version + 1 WHERE id = 1;
