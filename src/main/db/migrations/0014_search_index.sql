-- Full-text search (issue 17). Every searchable text is one row of search_entries: a block of a version
-- or of a working draft (with its structural path), a metadata field, a comment, an opinion … Two FTS5
-- indexes share its rowid: trigram answers queries of 3+ characters; the trigram tokenizer finds
-- nothing for 1–2 characters, so a unicode61 index over the text with every character separated by a
-- space answers those as phrases ("罚 款"). Both are contentless: the text lives in search_entries only,
-- and candidates are checked against it, so a hit is always a real substring.
CREATE TABLE search_entries (
  id          INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  source      TEXT NOT NULL, -- SearchSource: document, version, draft, annotation, review, filing, cleanup
  source_id   TEXT NOT NULL, -- the version, draft part, thread, review case, submission or campaign
  version_id  TEXT,          -- the version the hit opens in (NULL: the working draft or no text)
  block_id    TEXT NOT NULL DEFAULT '', -- the block (or metadata field) the text is from
  path        TEXT NOT NULL DEFAULT '', -- 第三章 › 第十二条 › 第二款, or the field's name
  text        TEXT NOT NULL
) STRICT;

CREATE INDEX search_entries_source ON search_entries (source, source_id);
CREATE INDEX search_entries_document ON search_entries (document_id, source);

CREATE VIRTUAL TABLE search_trigram USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_chars USING fts5 (
  text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);
