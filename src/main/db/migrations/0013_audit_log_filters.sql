-- The audit log viewer filters by account, action, date and document and pages newest first over
-- hundreds of thousands of entries. Every index ends in the rowid (seq), so each filter reads its
-- rows already in page order.
CREATE INDEX audit_log_actor ON audit_log (actor_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_target ON audit_log (target_type, target_id);
-- Entries that name their document in the details they recorded (uploads, sign-offs, versions …).
CREATE INDEX audit_log_detail_document ON audit_log (json_extract(detail, '$.documentId'));
CREATE INDEX audit_log_input_document ON audit_log (json_extract(detail, '$.input.documentId'));
