-- Legality review: where each document stands in its workflow, review cases on an exact version with
-- their checklist, pre-check findings and clause suggestions; signing keys and sign-offs; edits to the
-- law reference library.

CREATE TABLE workflow_contexts (
  document_id          TEXT PRIMARY KEY REFERENCES documents (id),
  context              TEXT NOT NULL, -- JSON WorkflowContext without the live materials list
  submitted_version_id TEXT REFERENCES document_versions (id),
  updated_at           TEXT NOT NULL
) STRICT;

CREATE TABLE review_cases (
  id                     TEXT PRIMARY KEY,
  document_id            TEXT NOT NULL REFERENCES documents (id),
  version_id             TEXT NOT NULL REFERENCES document_versions (id),
  round                  INTEGER NOT NULL,
  state                  TEXT NOT NULL CHECK (state IN ('open', 'concluded')),
  received_on            TEXT NOT NULL,
  materials_complete_on  TEXT NOT NULL,
  earliest_conclusion_on TEXT NOT NULL,
  due_on                 TEXT NOT NULL,
  due_warnings           TEXT NOT NULL DEFAULT '[]', -- JSON
  reviewer_id            TEXT NOT NULL REFERENCES users (id),
  profile_id             TEXT NOT NULL,
  conclusion             TEXT,
  conclusion_label       TEXT,
  opinion                TEXT NOT NULL DEFAULT '', -- the reviewer's overall opinion text
  concluded_on           TEXT,
  concluded_by           TEXT REFERENCES users (id),
  created_at             TEXT NOT NULL,
  created_by             TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX review_cases_document ON review_cases (document_id, round);
CREATE INDEX review_cases_reviewer ON review_cases (reviewer_id, state, due_on);

CREATE TABLE review_items (
  case_id        TEXT NOT NULL REFERENCES review_cases (id),
  element_id     TEXT NOT NULL,
  verdict        TEXT NOT NULL CHECK (verdict IN ('conforming', 'nonconforming', 'not_applicable', 'pending')),
  note           TEXT NOT NULL DEFAULT '',
  annotation_ids TEXT NOT NULL DEFAULT '[]', -- JSON
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (case_id, element_id)
) STRICT;

CREATE TABLE review_findings (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES review_cases (id),
  rule_id    TEXT NOT NULL,
  severity   TEXT NOT NULL,
  element_id TEXT NOT NULL,
  block_id   TEXT,
  label      TEXT NOT NULL DEFAULT '', -- the article (第十二条) or block the finding concerns
  excerpt    TEXT NOT NULL DEFAULT '',
  message    TEXT NOT NULL,
  basis      TEXT NOT NULL DEFAULT '',
  state      TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'dismissed')),
  reason     TEXT NOT NULL DEFAULT '',
  decided_at TEXT,
  decided_by TEXT REFERENCES users (id)
) STRICT;

CREATE INDEX review_findings_case ON review_findings (case_id);

CREATE TABLE review_suggestions (
  id         TEXT PRIMARY KEY,
  case_id    TEXT NOT NULL REFERENCES review_cases (id),
  seq        INTEGER NOT NULL,
  block_id   TEXT,
  label      TEXT NOT NULL DEFAULT '',
  original   TEXT NOT NULL DEFAULT '',
  suggestion TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL REFERENCES users (id),
  removed_at TEXT
) STRICT;

CREATE INDEX review_suggestions_case ON review_suggestions (case_id, seq);

CREATE TABLE signing_keys (
  user_id               TEXT PRIMARY KEY REFERENCES users (id),
  public_key            TEXT NOT NULL, -- SPKI DER, base64
  encrypted_private_key TEXT NOT NULL,
  created_at            TEXT NOT NULL
) STRICT;

CREATE TABLE signoffs (
  id           TEXT PRIMARY KEY,
  document_id  TEXT NOT NULL REFERENCES documents (id),
  version_id   TEXT NOT NULL REFERENCES document_versions (id),
  content_hash TEXT NOT NULL,
  signer_id    TEXT NOT NULL REFERENCES users (id),
  signer_name  TEXT NOT NULL,
  signer_role  TEXT NOT NULL,
  opinion      TEXT NOT NULL CHECK (opinion IN ('agree', 'agree_with_changes', 'disagree')),
  text         TEXT NOT NULL,
  signed_at    TEXT NOT NULL,
  payload      TEXT NOT NULL, -- canonical JSON of what was signed
  signature    TEXT NOT NULL, -- Ed25519, base64
  public_key   TEXT NOT NULL
) STRICT;

CREATE INDEX signoffs_document ON signoffs (document_id, signed_at);

CREATE TRIGGER signoffs_no_update BEFORE UPDATE ON signoffs
BEGIN
  SELECT RAISE(ABORT, 'a signed opinion is never changed');
END;

CREATE TABLE law_overrides (
  title         TEXT PRIMARY KEY,
  status        TEXT NOT NULL,
  superseded_by TEXT,
  note          TEXT NOT NULL DEFAULT '',
  updated_at    TEXT NOT NULL,
  updated_by    TEXT NOT NULL REFERENCES users (id)
) STRICT;
