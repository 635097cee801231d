-- 公平竞争审查 (公平竞争审查条例, RULES.md §1.6a): the answer whether a document touches the economic activity
-- of market parties (涉及市场主体经济活动?), one per document and changed only by a new answer, and the
-- review's conclusions in the order they were recorded (the latest counts; earlier ones stay on file).

CREATE TABLE market_activity_answers (
  document_id      TEXT PRIMARY KEY REFERENCES documents (id),
  touches_business INTEGER NOT NULL CHECK (touches_business IN (0, 1)),
  answered_at      TEXT NOT NULL,
  answered_by      TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE TABLE fair_competition_reviews (
  id            TEXT PRIMARY KEY,
  document_id   TEXT NOT NULL REFERENCES documents (id),
  conclusion    TEXT NOT NULL CHECK (conclusion IN ('compliant', 'non_compliant', 'exception')),
  explanation   TEXT NOT NULL,
  reviewed_on   TEXT NOT NULL,  -- the day of the written 审查结论 (第十七条)
  attachment_id TEXT REFERENCES attachments (id), -- the 审查结论 file, a fair_competition material
  recorded_at   TEXT NOT NULL,
  recorded_by   TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX fair_competition_reviews_document ON fair_competition_reviews (document_id, recorded_at);
