-- Drafting: autosaved working drafts, attachments (materials and imported originals), the 制定依据 list,
-- and annotation threads stored outside the text with their anchor in every later version.

CREATE TABLE drafts (
  document_id     TEXT NOT NULL REFERENCES documents (id),
  part            TEXT NOT NULL, -- 'main' (the document) or 'explanation' (起草说明)
  content         TEXT NOT NULL, -- JSON Block[]
  content_hash    TEXT NOT NULL,
  base_version_id TEXT REFERENCES document_versions (id),
  revision        INTEGER NOT NULL,
  updated_at      TEXT NOT NULL,
  updated_by      TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (document_id, part)
) STRICT;

CREATE TABLE attachments (
  id            TEXT PRIMARY KEY,
  document_id   TEXT NOT NULL REFERENCES documents (id),
  material_kind TEXT NOT NULL,
  file_name     TEXT NOT NULL,
  media_type    TEXT NOT NULL,
  size          INTEGER NOT NULL,
  sha256        TEXT NOT NULL,
  content       BLOB NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL REFERENCES users (id),
  withdrawn_at  TEXT,
  withdrawn_by  TEXT REFERENCES users (id)
) STRICT;

CREATE INDEX attachments_document ON attachments (document_id, material_kind);

-- The stored file never changes; only withdrawal may be recorded.
CREATE TRIGGER attachments_content_fixed BEFORE UPDATE OF content, sha256, size, file_name ON attachments
BEGIN
  SELECT RAISE(ABORT, 'attachment content is immutable');
END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN
  SELECT RAISE(ABORT, 'attachments are withdrawn, never deleted');
END;

-- A version made from an imported Word file points at the kept original.
ALTER TABLE document_versions ADD COLUMN source_attachment_id TEXT REFERENCES attachments (id);

CREATE TABLE legal_bases (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  seq         INTEGER NOT NULL,
  law_title   TEXT NOT NULL,
  article     TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL REFERENCES users (id),
  removed_at  TEXT
) STRICT;

CREATE INDEX legal_bases_document ON legal_bases (document_id, seq);

CREATE TABLE annotations (
  id                TEXT PRIMARY KEY,
  document_id       TEXT NOT NULL REFERENCES documents (id),
  origin_version_id TEXT REFERENCES document_versions (id), -- NULL: made on the working draft
  origin_selector   TEXT NOT NULL, -- JSON {blockId, start, end, exact, prefix, suffix}
  body              TEXT NOT NULL,
  state             TEXT NOT NULL CHECK (state IN ('open', 'resolved')),
  created_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL REFERENCES users (id),
  resolved_at       TEXT,
  resolved_by       TEXT REFERENCES users (id)
) STRICT;

CREATE INDEX annotations_document ON annotations (document_id, created_at);

-- Where a thread stands in each version saved after it was made (status exact/moved/fuzzy/orphaned).
CREATE TABLE annotation_anchors (
  annotation_id TEXT NOT NULL REFERENCES annotations (id),
  version_id    TEXT NOT NULL REFERENCES document_versions (id),
  selector      TEXT, -- JSON, NULL when orphaned
  status        TEXT NOT NULL CHECK (status IN ('exact', 'moved', 'fuzzy', 'orphaned')),
  PRIMARY KEY (annotation_id, version_id)
) STRICT;

CREATE TABLE annotation_replies (
  id            TEXT PRIMARY KEY,
  annotation_id TEXT NOT NULL REFERENCES annotations (id),
  body          TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX annotation_replies_thread ON annotation_replies (annotation_id, created_at);
