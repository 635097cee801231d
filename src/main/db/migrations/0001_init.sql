-- Foundation schema: settings, accounts, the document registry, immutable versions, the lifecycle
-- timeline and the hash-chained audit log.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL -- JSON
) STRICT;

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name  TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  roles         TEXT NOT NULL, -- JSON array of role ids
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE documents (
  id                 TEXT PRIMARY KEY,
  kind               TEXT NOT NULL,
  title              TEXT NOT NULL,
  drafting_unit      TEXT NOT NULL,
  issuing_authority  TEXT NOT NULL,
  responsible_person TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL,
  year               INTEGER NOT NULL,
  doc_number         TEXT,
  version_count      INTEGER NOT NULL DEFAULT 0,
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL REFERENCES users (id),
  updated_at         TEXT NOT NULL
) STRICT;

CREATE INDEX documents_updated ON documents (updated_at);
CREATE INDEX documents_kind ON documents (kind, updated_at);
CREATE INDEX documents_status ON documents (status, updated_at);
CREATE INDEX documents_year ON documents (year, updated_at);

CREATE TABLE document_versions (
  id           TEXT PRIMARY KEY,
  document_id  TEXT NOT NULL REFERENCES documents (id),
  seq          INTEGER NOT NULL,
  label        TEXT NOT NULL,
  note         TEXT NOT NULL DEFAULT '',
  content      TEXT NOT NULL, -- JSON Block[] (DESIGN §3)
  plain_text   TEXT NOT NULL,
  content_hash TEXT NOT NULL, -- SHA-256 of the canonical serialization of content
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL REFERENCES users (id),
  UNIQUE (document_id, seq)
) STRICT;

-- A saved version is part of the official record: it is never changed or removed.
CREATE TRIGGER document_versions_no_update BEFORE UPDATE ON document_versions
BEGIN
  SELECT RAISE(ABORT, 'document versions are immutable');
END;
CREATE TRIGGER document_versions_no_delete BEFORE DELETE ON document_versions
BEGIN
  SELECT RAISE(ABORT, 'document versions are immutable');
END;

CREATE TABLE events (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  kind        TEXT NOT NULL,
  at          TEXT NOT NULL,
  actor_id    TEXT REFERENCES users (id),
  detail      TEXT NOT NULL DEFAULT '{}' -- JSON
) STRICT;

CREATE INDEX events_document ON events (document_id, at);

CREATE TABLE audit_log (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor_id    TEXT,
  actor_name  TEXT,
  action      TEXT NOT NULL,
  target_type TEXT,
  target_id   TEXT,
  detail      TEXT NOT NULL, -- canonical JSON
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL  -- SHA-256 over prev_hash and this row's canonical content
) STRICT;

CREATE INDEX audit_log_action ON audit_log (action);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
