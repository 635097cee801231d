-- After issuance: what happens to a document while it is in force. The decisions that end or renew its
-- validity (lifecycle events, from cleanup campaigns), the changes of the laws it cites and where it cites
-- them, the cleanup campaigns with one disposition per document, and the issuances replaced when a
-- revised text was issued again (修改后重新印发).

-- An issuance replaced by the issuance of a revised text, kept exactly as it was.
CREATE TABLE issuance_history (
  document_id         TEXT NOT NULL REFERENCES documents (id),
  version_id          TEXT NOT NULL REFERENCES document_versions (id),
  deliberation_id     TEXT REFERENCES deliberations (id),
  doc_number          TEXT NOT NULL UNIQUE,
  registration_number TEXT,
  published_on        TEXT NOT NULL,
  effective_on        TEXT NOT NULL,
  valid_until         TEXT,
  short_effect_reason TEXT NOT NULL DEFAULT '',
  published_in        TEXT NOT NULL DEFAULT '[]',
  filing_due_on       TEXT,
  approved_by         TEXT NOT NULL REFERENCES users (id),
  approved_at         TEXT NOT NULL,
  replaced_at         TEXT NOT NULL,
  replaced_by         TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX issuance_history_document ON issuance_history (document_id, approved_at);

-- A law's change as this workstation learned it (an edit on the law-library page or an imported update).
CREATE TABLE law_changes (
  id            TEXT PRIMARY KEY,
  law_id        TEXT NOT NULL, -- the library entry's id (lawKey of its title)
  title         TEXT NOT NULL,
  change        TEXT NOT NULL CHECK (change IN ('amended', 'renumbered', 'repealed')),
  changed_on    TEXT NOT NULL, -- the day the change took effect
  superseded_by TEXT,
  note          TEXT NOT NULL DEFAULT '',
  origin        TEXT NOT NULL CHECK (origin IN ('edit', 'import')),
  recorded_at   TEXT NOT NULL,
  recorded_by   TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX law_changes_law ON law_changes (law_id, changed_on);
CREATE INDEX law_changes_recorded ON law_changes (recorded_at);

-- Every citation of a law in the text of an issued version (the 正式文本), with the sentence that cites it.
-- Written when a version is issued; a version is indexed once (citation_index lists the versions done,
-- including those that cite nothing).
CREATE TABLE citation_index (
  version_id  TEXT PRIMARY KEY REFERENCES document_versions (id),
  document_id TEXT NOT NULL REFERENCES documents (id),
  indexed_at  TEXT NOT NULL
) STRICT;

CREATE TABLE issued_citations (
  version_id  TEXT NOT NULL REFERENCES citation_index (version_id),
  seq         INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  law_id      TEXT NOT NULL, -- the library entry the title resolves to
  cited_as    TEXT NOT NULL, -- the title as written, 《》 included
  articles    TEXT NOT NULL DEFAULT '', -- article references as written: 第四十一条第一款
  block_id    TEXT NOT NULL,
  path        TEXT NOT NULL, -- 第三章 › 第十二条 › 第二款
  sentence    TEXT NOT NULL,
  PRIMARY KEY (version_id, seq)
) STRICT;

CREATE INDEX issued_citations_law ON issued_citations (law_id, version_id);

CREATE TABLE cleanup_campaigns (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('periodic', 'special', 'immediate')), -- 定期 / 专项 / 即时
  name           TEXT NOT NULL,
  scope          TEXT NOT NULL, -- JSON CampaignScope: the filters the documents were chosen by
  due_on         TEXT NOT NULL,
  law_change_id  TEXT REFERENCES law_changes (id), -- 即时清理 started from a law's change
  status         TEXT NOT NULL CHECK (status IN ('open', 'applied')),
  decided_on     TEXT, -- the date of the decision applied (废止 / 宣布失效 end validity that day)
  applied_at     TEXT,
  applied_by     TEXT REFERENCES users (id),
  created_at     TEXT NOT NULL,
  created_by     TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX cleanup_campaigns_created ON cleanup_campaigns (created_at);

-- One document of a campaign, its disposition, who proposed it and the 负责人 who approved it.
CREATE TABLE cleanup_items (
  campaign_id  TEXT NOT NULL REFERENCES cleanup_campaigns (id),
  document_id  TEXT NOT NULL REFERENCES documents (id),
  doc_number   TEXT NOT NULL, -- the issuance the disposition concerns
  added_at     TEXT NOT NULL,
  added_by     TEXT NOT NULL REFERENCES users (id),
  disposition  TEXT CHECK (disposition IN ('continue', 'amend', 'repeal', 'declare_invalid')),
  reason       TEXT NOT NULL DEFAULT '',
  decided_at   TEXT,
  decided_by   TEXT REFERENCES users (id),
  approved_at  TEXT,
  approved_by  TEXT REFERENCES users (id),
  PRIMARY KEY (campaign_id, document_id)
) STRICT;

CREATE INDEX cleanup_items_document ON cleanup_items (document_id);

-- What was decided about an issued document, one row per document per applied campaign. The document's
-- lifecycle state (现行有效 / 即将到期 / 已失效 / 已修改 / 已废止 / 已宣布失效) is computed from its issuance
-- and these rows, never stored.
CREATE TABLE lifecycle_events (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  doc_number  TEXT NOT NULL, -- the issuance it concerns; a re-issued text starts afresh
  event       TEXT NOT NULL CHECK (event IN ('continued', 'amendment_opened', 'repealed', 'declared_invalid')),
  decided_on  TEXT NOT NULL,
  reason      TEXT NOT NULL,
  campaign_id TEXT REFERENCES cleanup_campaigns (id),
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX lifecycle_events_document ON lifecycle_events (document_id, decided_on);
CREATE INDEX issuances_valid_until ON issuances (valid_until);
CREATE INDEX issuances_version ON issuances (version_id);
