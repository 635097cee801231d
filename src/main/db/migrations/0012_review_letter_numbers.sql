-- Issue 15 (letters). 审核意见书文号: the legality-review letter's own number (某统法审〔2026〕12号), given
-- once per review case and kept. A number once given is never given again, so rows are never changed or
-- deleted; the next 顺序号 of a series and year is one past the highest given.
CREATE TABLE review_letter_numbers (
  case_id     TEXT PRIMARY KEY REFERENCES review_cases (id),
  number      TEXT NOT NULL UNIQUE,
  scope       TEXT NOT NULL, -- the template with its text fields filled: 某统法审〔{year}〕{seq}号
  year        INTEGER NOT NULL,
  seq         INTEGER NOT NULL CHECK (seq > 0),
  assigned_at TEXT NOT NULL,
  assigned_by TEXT NOT NULL REFERENCES users (id),
  UNIQUE (scope, year, seq)
) STRICT;

CREATE TRIGGER review_letter_numbers_no_update BEFORE UPDATE ON review_letter_numbers
BEGIN
  SELECT RAISE(ABORT, 'a review letter number is kept as given');
END;

CREATE TRIGGER review_letter_numbers_no_delete BEFORE DELETE ON review_letter_numbers
BEGIN
  SELECT RAISE(ABORT, 'a review letter number is never released');
END;
