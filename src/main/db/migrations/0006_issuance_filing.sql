-- After a lawful review: the collective deliberation on the exact version reviewed, the 负责人's
-- approval and the issuance under 三统一 (发文字号 and 登记号 from counters that never go back), the
-- filing packages built for the filing organs, each submission with its outcome, and the letters
-- exchanged about a submission (说明函, 审查建议书 and the agency's replies).

CREATE TABLE deliberations (
  id                    TEXT PRIMARY KEY,
  document_id           TEXT NOT NULL REFERENCES documents (id),
  version_id            TEXT NOT NULL REFERENCES document_versions (id), -- the text put to the meeting
  meeting_type          TEXT NOT NULL, -- 局务会议 / 党组会议 / 常务会议 …
  meeting_name          TEXT NOT NULL DEFAULT '', -- e.g. 2026年第12次局务会议
  held_on               TEXT NOT NULL,
  attendees             TEXT NOT NULL, -- JSON array of names
  decision              TEXT NOT NULL
    CHECK (decision IN ('approved', 'approved_with_changes', 'rejected', 'deferred')),
  dissent               TEXT NOT NULL DEFAULT '',
  minutes_attachment_id TEXT REFERENCES attachments (id), -- 会议纪要 / 审议记录
  materials             TEXT NOT NULL DEFAULT '[]', -- JSON: materials before the meeting, as checked
  recorded_at           TEXT NOT NULL,
  recorded_by           TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX deliberations_document ON deliberations (document_id, held_on);

-- The last number given in each series: one row per (series, scope, year). A number once given is
-- never given again, even when the document that held it is withdrawn.
CREATE TABLE number_counters (
  series   TEXT NOT NULL CHECK (series IN ('doc_number', 'registration', 'filing_report')),
  scope    TEXT NOT NULL, -- doc_number: 机关代字 + kind; registration: region; filing_report: region
  year     INTEGER NOT NULL,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0),
  PRIMARY KEY (series, scope, year)
) STRICT;

CREATE TABLE issued_numbers (
  number      TEXT PRIMARY KEY,
  series      TEXT NOT NULL,
  scope       TEXT NOT NULL,
  year        INTEGER NOT NULL,
  seq         INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  issued_at   TEXT NOT NULL,
  issued_by   TEXT NOT NULL REFERENCES users (id),
  UNIQUE (series, scope, year, seq)
) STRICT;

CREATE TRIGGER issued_numbers_no_delete BEFORE DELETE ON issued_numbers
BEGIN
  SELECT RAISE(ABORT, 'an issued number is never released');
END;

CREATE TABLE issuances (
  document_id         TEXT PRIMARY KEY REFERENCES documents (id),
  version_id          TEXT NOT NULL REFERENCES document_versions (id), -- the 正式文本
  deliberation_id     TEXT REFERENCES deliberations (id),
  doc_number          TEXT NOT NULL UNIQUE,
  registration_number TEXT UNIQUE,
  published_on        TEXT NOT NULL,
  effective_on        TEXT NOT NULL,
  valid_until         TEXT,
  short_effect_reason TEXT NOT NULL DEFAULT '',
  published_in        TEXT NOT NULL DEFAULT '[]', -- JSON array: 政府公报 / 政府网站 / …
  filing_due_on       TEXT,
  approved_by         TEXT NOT NULL REFERENCES users (id), -- the 负责人 who signed the issuance (签发)
  approved_at         TEXT NOT NULL
) STRICT;

CREATE TABLE filing_packages (
  id              TEXT PRIMARY KEY,
  document_id     TEXT NOT NULL REFERENCES documents (id),
  report_number   TEXT NOT NULL, -- 备案报告's own number, e.g. 区统规备〔2026〕3号
  recipients      TEXT NOT NULL, -- JSON array
  file_name       TEXT NOT NULL,
  size            INTEGER NOT NULL,
  sha256          TEXT NOT NULL,
  manifest        TEXT NOT NULL, -- manifest.json as written into the package
  content         BLOB NOT NULL, -- the .zip as built, kept as sent
  override_reason TEXT NOT NULL DEFAULT '', -- an administrator built it despite named gaps
  built_at        TEXT NOT NULL,
  built_by        TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX filing_packages_document ON filing_packages (document_id, built_at);

CREATE TABLE filing_submissions (
  id                TEXT PRIMARY KEY,
  document_id       TEXT NOT NULL REFERENCES documents (id),
  package_id        TEXT NOT NULL REFERENCES filing_packages (id),
  package_sha256    TEXT NOT NULL,
  round             INTEGER NOT NULL, -- 1 for the first filing, 2 after a correction …
  recipient         TEXT NOT NULL,
  method            TEXT NOT NULL CHECK (method IN ('paper', 'electronic', 'platform')),
  sent_on           TEXT NOT NULL,
  due_on            TEXT NOT NULL,
  late              INTEGER NOT NULL CHECK (late IN (0, 1)),
  state             TEXT NOT NULL CHECK (state IN ('awaiting', 'filed', 'correction', 'refused', 'superseded')),
  outcome           TEXT, -- FilingOutcomeCode
  outcome_label     TEXT,
  outcome_on        TEXT,
  outcome_note      TEXT NOT NULL DEFAULT '',
  written_reminder  INTEGER NOT NULL DEFAULT 0 CHECK (written_reminder IN (0, 1)),
  correction_due_on TEXT,
  created_at        TEXT NOT NULL,
  created_by        TEXT NOT NULL REFERENCES users (id),
  updated_at        TEXT NOT NULL
) STRICT;

CREATE INDEX filing_submissions_document ON filing_submissions (document_id, round);
CREATE INDEX filing_submissions_state ON filing_submissions (state, due_on);
CREATE INDEX filing_submissions_sent ON filing_submissions (sent_on);

-- 说明函 / 审查建议书 received about a submission, and the agency's replies, each with its deadline.
CREATE TABLE filing_letters (
  id            TEXT PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES filing_submissions (id),
  kind          TEXT NOT NULL CHECK (kind IN ('explanation_request', 'review_suggestion', 'reply')),
  reference     TEXT NOT NULL DEFAULT '', -- the letter's own number
  dated_on      TEXT NOT NULL,
  due_on        TEXT, -- requests: when the agency must answer
  replies_to    TEXT REFERENCES filing_letters (id),
  text          TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  created_by    TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX filing_letters_submission ON filing_letters (submission_id, dated_on);
