-- The filing register (备案登记簿) pages submissions by the day that matters: the correction deadline
-- while a 补正/纠正 clock runs, else the filing deadline. These indexes let a page read its rows in that
-- order (per state, or all of them) and stop at the page, instead of sorting every row on each call,
-- and let the recipient filter and the list of filing organs read an index.

CREATE INDEX filing_submissions_register
  ON filing_submissions ((CASE WHEN state = 'correction' THEN correction_due_on ELSE due_on END), id);

CREATE INDEX filing_submissions_state_register
  ON filing_submissions (state, (CASE WHEN state = 'correction' THEN correction_due_on ELSE due_on END), id);

CREATE INDEX filing_submissions_recipient ON filing_submissions (recipient);

CREATE INDEX issuances_filing_due ON issuances (filing_due_on);
