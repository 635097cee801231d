-- Issue 14 (review clocks). Planned as 0012: renumber to follow the other issue-14 migrations.
--
-- 送审 with a requested answer date (期望答复日期): the minimum review period binds the sender, so the
-- submission keeps the date asked for, the earliest day the rule allows and the warning given.
ALTER TABLE review_cases ADD COLUMN requested_answer_on TEXT;
ALTER TABLE review_cases ADD COLUMN earliest_answer_on TEXT;
ALTER TABLE review_cases ADD COLUMN submission_warning TEXT;

-- 政府信息公开申请 (政府信息公开条例 第三十三条): one request per disclosure document, its receipt, the
-- answer and the period the clock runs on.
CREATE TABLE disclosure_requests (
  document_id  TEXT PRIMARY KEY REFERENCES documents (id),
  received_on  TEXT NOT NULL, -- 申请收到日期
  applicant    TEXT NOT NULL DEFAULT '',
  answered_on  TEXT,          -- 作出答复的日期
  recorded_by  TEXT NOT NULL REFERENCES users (id),
  recorded_at  TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- 延长答复期限 (第三十三条第二款): approved by a 负责人 and notified to the applicant; one per request.
CREATE TABLE disclosure_extensions (
  document_id   TEXT PRIMARY KEY REFERENCES disclosure_requests (document_id),
  working_days  INTEGER NOT NULL CHECK (working_days > 0),
  reason        TEXT NOT NULL,
  approved_on   TEXT NOT NULL,
  approved_by   TEXT NOT NULL REFERENCES users (id),
  notified_on   TEXT NOT NULL, -- 告知申请人
  recorded_at   TEXT NOT NULL
) STRICT;

-- 征求第三方意见 (第三十二条): the days it takes are not counted in the reply period.
CREATE TABLE disclosure_consultations (
  id            TEXT PRIMARY KEY,
  document_id   TEXT NOT NULL REFERENCES disclosure_requests (document_id),
  third_party   TEXT NOT NULL,
  from_on       TEXT NOT NULL,
  to_on         TEXT NOT NULL,
  recorded_by   TEXT NOT NULL REFERENCES users (id),
  recorded_at   TEXT NOT NULL
) STRICT;
CREATE INDEX disclosure_consultations_document ON disclosure_consultations (document_id, from_on);

-- 主动公开 of an issued normative document (第二十六条: 自形成或者变更之日起20个工作日内).
CREATE TABLE proactive_disclosures (
  document_id   TEXT PRIMARY KEY REFERENCES documents (id),
  disclosed_on  TEXT NOT NULL,
  channel       TEXT NOT NULL, -- 政府网站 / 政府公报 / …
  recorded_by   TEXT NOT NULL REFERENCES users (id),
  recorded_at   TEXT NOT NULL
) STRICT;
