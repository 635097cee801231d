-- 修改说明 written in the 修改对照表 of two versions, one per changed unit of the comparison.
CREATE TABLE comparison_notes (
  document_id    TEXT NOT NULL REFERENCES documents (id),
  old_version_id TEXT NOT NULL REFERENCES document_versions (id),
  new_version_id TEXT NOT NULL REFERENCES document_versions (id),
  unit_key       TEXT NOT NULL, -- the unit's first old and new block ids: stable whatever the options
  note           TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  updated_by     TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (old_version_id, new_version_id, unit_key)
) STRICT;
