-- 重大行政决策事项目录 (重大行政决策程序暂行条例 第三条第三款): one catalog per year, collected, checked
-- (法治审查), approved by the Party committee at the same level (党委同意) and published; its items, which
-- are never deleted (a removed item stays, marked removed); and every change of an item, with the reason
-- that an adjustment after publication (调整) must give.

CREATE TABLE decision_catalogs (
  id                 TEXT PRIMARY KEY,
  year               INTEGER NOT NULL UNIQUE,
  status             TEXT NOT NULL CHECK (status IN ('collecting', 'checked', 'approved', 'published')),
  -- 法治审查 of the catalog (by a reviewer)
  checked_on         TEXT,
  checked_by         TEXT REFERENCES users (id),
  check_opinion      TEXT,
  -- 报同级党委同意 (recorded by the 负责人): the day and the 文件 or 会议 that gave it
  approved_on        TEXT,
  approved_by        TEXT REFERENCES users (id),
  approval_reference TEXT,
  -- 向社会公布
  published_on       TEXT,
  published_by       TEXT REFERENCES users (id),
  published_in       TEXT NOT NULL DEFAULT '[]', -- JSON array of PUBLICATION_CHANNELS
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL REFERENCES users (id),
  updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE decision_catalog_items (
  id                 TEXT PRIMARY KEY,
  catalog_id         TEXT NOT NULL REFERENCES decision_catalogs (id),
  seq                INTEGER NOT NULL, -- order of addition within the catalog, never reused
  name               TEXT NOT NULL,    -- 事项名称
  decision_type      TEXT NOT NULL CHECK (decision_type IN
                       ('public_policy', 'important_plan', 'resource_policy', 'public_project', 'other')),
  lead_unit          TEXT NOT NULL,    -- 承办单位
  basis              TEXT NOT NULL DEFAULT '', -- 决策依据
  planned_completion TEXT NOT NULL,    -- 计划完成时间, YYYY-MM
  document_id        TEXT REFERENCES documents (id), -- the 重大行政决策 document, when there is one
  state              TEXT NOT NULL CHECK (state IN ('active', 'removed')),
  created_at         TEXT NOT NULL,
  created_by         TEXT NOT NULL REFERENCES users (id),
  updated_at         TEXT NOT NULL,
  UNIQUE (catalog_id, seq)
) STRICT;

CREATE INDEX decision_catalog_items_document ON decision_catalog_items (document_id);

CREATE TABLE decision_catalog_changes (
  id                TEXT PRIMARY KEY,
  catalog_id        TEXT NOT NULL REFERENCES decision_catalogs (id),
  item_id           TEXT NOT NULL REFERENCES decision_catalog_items (id),
  change            TEXT NOT NULL CHECK (change IN ('added', 'edited', 'removed')),
  before_json       TEXT, -- the item's fields before (null when added)
  after_json        TEXT, -- and after (null when removed)
  reason            TEXT NOT NULL DEFAULT '',
  after_publication INTEGER NOT NULL CHECK (after_publication IN (0, 1)),
  changed_at        TEXT NOT NULL,
  changed_by        TEXT NOT NULL REFERENCES users (id)
) STRICT;

CREATE INDEX decision_catalog_changes_catalog ON decision_catalog_changes (catalog_id, changed_at);
