import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openableSources, SEARCH_SOURCE_OPENERS } from '../../src/main/services/search';
import type { SearchResult } from '../../src/shared/api';
import type { Block } from '../../src/shared/domain/blocks';
import { blockEntries, matchesAll, parseSearchQuery } from '../../src/shared/domain/search';
import { openTestApp, type TestApp } from '../support/app';
import { corpusBlocks } from '../support/corpus';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';

/** Real law texts, each registered as a document with one version (and, for the first, a second). */
const LAWS = [
  { file: 'pairs/xingzhengchufafa_2021.md', title: '中华人民共和国行政处罚法' },
  { file: 'pairs/guanggaofa_2021b.md', title: '中华人民共和国广告法' },
  { file: 'pairs/tiyufa_2022.md', title: '中华人民共和国体育法' },
  { file: 'pairs/daoluyunshutiaoli_2023.md', title: '中华人民共和国道路运输条例' },
];

/** Text with FTS5 syntax in it, searched as text. */
const SYNTAX_BLOCK =
  '第一条　甲 AND 乙 OR 丙 NOT 丁，NEAR(许可, 收费) 与 col:值 "引号" * - ^ 的写法均按文字处理。';

let app: TestApp;
let admin: Session;
let drafter: Session;
let reviewer: Session;
const texts = new Map<string, { documentId: string; versionId: string; blocks: Block[] }[]>();

async function registerWithVersion(title: string, blocks: Block[]) {
  const documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title,
      draftingUnit: '法制科',
      issuingAuthority: '某区人民政府',
    }),
  ).id;
  await addVersion(documentId, blocks, '征求意见稿');
  return documentId;
}

async function addVersion(documentId: string, blocks: Block[], label: string) {
  const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
  expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: draft.revision }));
  const version = expectOk(await app.call(drafter, 'versions.save', { documentId, label, note: '' }));
  const list = texts.get(documentId) ?? [];
  list.push({ documentId, versionId: version.id, blocks });
  texts.set(documentId, list);
  return version.id;
}

/** The plain scan: per document, the version blocks containing every term. */
function scanCounts(query: string): Map<string, number> {
  const terms = parseSearchQuery(query);
  const counts = new Map<string, number>();
  for (const [documentId, versions] of texts) {
    let n = 0;
    for (const version of versions)
      n += blockEntries(version.blocks).filter((entry) => matchesAll(entry.text, terms)).length;
    if (n > 0) counts.set(documentId, n);
  }
  return counts;
}

async function search(
  session: Session,
  q: string,
  extra: Record<string, unknown> = {},
): Promise<SearchResult> {
  return expectOk(await app.call(session, 'search.query', { q, limit: 200, hitsPerDocument: 3, ...extra }));
}

function foundCounts(result: SearchResult): Map<string, number> {
  return new Map(result.documents.map((document) => [document.documentId, document.hitCount]));
}

beforeAll(async () => {
  app = openTestApp();
  ({ session: admin } = await setupAdmin(app));
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'reviewer', ['reviewer']);
  drafter = await signIn(app, 'drafter');
  reviewer = await signIn(app, 'reviewer');
  for (const [index, law] of LAWS.entries()) {
    const documentId = await registerWithVersion(law.title, corpusBlocks(law.file, `l${index}-`));
    if (index === 0) {
      // A second version: every version's text is searched.
      const blocks = corpusBlocks(law.file, `l${index}-`);
      blocks.push({ id: 'syntax', kind: 'paragraph', runs: [{ text: SYNTAX_BLOCK }] });
      await addVersion(documentId, blocks, '送审稿');
    }
  }
}, 120_000);
afterAll(() => app.close());

describe('search over real law texts', () => {
  test.each([
    ['罚', '1 character'],
    ['罚款', '2 characters'],
    ['许可', '2 characters'],
    ['行政处罚', '4 characters'],
    ['"没收违法所得"', 'a quoted phrase'],
    ['罚款 没收', 'two terms in one block'],
    ['"责令改正，"', 'a phrase with punctuation'],
  ])('“%s” (%s) finds exactly the blocks a plain scan finds', async (query) => {
    const expected = scanCounts(query);
    expect(expected.size).toBeGreaterThan(0);
    const result = await search(reviewer, query, { sources: ['version'] });
    expect(foundCounts(result)).toEqual(expected);
    expect(result.hitCount).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    // Every snippet marks the searched words, and every hit names where it is.
    for (const document of result.documents) {
      for (const hit of document.hits) {
        const marked = hit.segments.filter((segment) => segment.mark).map((segment) => segment.text);
        expect(marked.length).toBeGreaterThan(0);
        expect(hit.versionId).not.toBeNull();
        expect(hit.versionTitle).toMatch(/^第 \d+ 版 · /);
      }
    }
  });

  test('with more documents than asked for, the first are listed with their exact counts, and `more` says so', async () => {
    const all = scanCounts('罚');
    const result = await search(reviewer, '罚', { sources: ['version'], limit: 2 });
    expect(result).toMatchObject({ documentCount: 2, more: true });
    expect(result.documents).toHaveLength(2);
    for (const document of result.documents) expect(document.hitCount).toBe(all.get(document.documentId));
    expect((await search(reviewer, '罚', { sources: ['version'], limit: all.size })).more).toBe(false);
  });

  test('a hit names its structural path, and the version to open it in', async () => {
    const result = await search(reviewer, '"没收违法所得"', { sources: ['version'], hitsPerDocument: 50 });
    const paths = result.documents.flatMap((document) => document.hits.map((hit) => hit.path));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths)
      expect(path).toMatch(/^第[一二三四五六七八九十]+章 › 第[一二三四五六七八九十百]+条/);
  });

  test('metadata is searched: 标题 and 起草单位, with the document first', async () => {
    const result = await search(reviewer, '广告法');
    expect(result.documents[0]?.title).toBe('中华人民共和国广告法');
    expect(result.documents[0]?.hits[0]).toMatchObject({ source: 'document', path: '标题' });
    const unit = await search(reviewer, '法制', { sources: ['document'] });
    expect(unit.documentCount).toBe(LAWS.length);
  });

  test('filters: kind, state, year and where the hit is', async () => {
    expect((await search(reviewer, '罚款', { kinds: ['party_normative'] })).documentCount).toBe(0);
    expect((await search(reviewer, '罚款', { statuses: ['drafting'] })).documentCount).toBeGreaterThan(0);
    expect((await search(reviewer, '罚款', { statuses: ['issued'] })).documentCount).toBe(0);
    expect((await search(reviewer, '罚款', { year: 2025 })).documentCount).toBeGreaterThan(0);
    expect((await search(reviewer, '罚款', { year: 2024 })).documentCount).toBe(0);
    expect((await search(reviewer, '罚款', { sources: ['annotation'] })).documentCount).toBe(0);
  });
});

describe('FTS syntax in a query is searched as text', () => {
  test.each([
    'NEAR(许可',
    'NEAR(',
    '*',
    '-',
    '"',
    '罚款"',
    '"罚款',
    'AND',
    'OR 丙',
    'col:值',
    '^',
    '"引号"',
    "'); DROP TABLE search_entries; --",
  ])('“%s” answers without an error, exactly as a plain scan', async (query) => {
    const result = await search(reviewer, query, { sources: ['version'] });
    expect(foundCounts(result)).toEqual(scanCounts(query));
  });

  test('the syntax block is found by its operators as words', async () => {
    for (const query of ['NEAR(许可', 'AND 乙', '* -', 'col:值']) {
      const result = await search(reviewer, query, { sources: ['version'] });
      expect(result.hitCount, query).toBe(1);
    }
    // A query of only spaces is bad input, with a Chinese message.
    expectError(await app.call(reviewer, 'search.query', { q: '   ' }), 'INVALID_INPUT');
    expectError(await app.call(reviewer, 'search.query', { q: '""' }), 'INVALID_INPUT');
  });
});

describe('roles', () => {
  test('a hit is returned only where the account may open what it is in (the opening channel’s rule)', async () => {
    // Today every signed-in account may open every document and version: a drafter's hits are the
    // reviewer's, and each one opens for the drafter.
    const forDrafter = await search(drafter, '罚款');
    const forReviewer = await search(reviewer, '罚款');
    expect(foundCounts(forDrafter)).toEqual(foundCounts(forReviewer));
    for (const document of forDrafter.documents)
      for (const hit of document.hits)
        if (hit.versionId) expectOk(await app.call(drafter, 'versions.get', { id: hit.versionId }));
    // Signed out: nothing.
    expectError(await app.call({ accountId: null }, 'search.query', { q: '罚款' }), 'UNAUTHENTICATED');
  });

  test('a source whose opening channel refuses the account is left out of its search', () => {
    const drafterAccount = { roles: ['drafter'] as const };
    expect(openableSources({ roles: ['drafter'] })).toContain('version');
    // Were versions opened only by administrators, a drafter's search would leave every version out.
    const restricted = { ...SEARCH_SOURCE_OPENERS, version: 'audit.list' as const };
    expect(openableSources({ roles: [...drafterAccount.roles] }, restricted)).not.toContain('version');
    expect(openableSources({ roles: ['admin'] }, restricted)).toContain('version');
    expect(openableSources(null)).toEqual([]);
  });
});

describe('the index is written with the text, in the same transaction', () => {
  const counts = () =>
    app.deps.db
      .prepare(
        `SELECT (SELECT count(*) FROM document_versions) AS versions, (SELECT count(*) FROM search_entries) AS entries`,
      )
      .get() as { versions: number; entries: number };

  async function draftWith(documentId: string, text: string) {
    const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    const blocks = [
      ...draft.blocks,
      { id: `new-${draft.revision}`, kind: 'paragraph' as const, runs: [{ text }] },
    ];
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: draft.revision }));
  }

  test('a saved draft is found as 草稿正文 at once; a new version is found as 版本正文', async () => {
    const documentId = [...texts.keys()][1] ?? '';
    await draftWith(documentId, '第九十九条　试行期间的备案登记由区司法局负责。');
    const inDraft = await search(reviewer, '备案登记', { sources: ['draft'] });
    expect(inDraft.documents.map((document) => document.documentId)).toEqual([documentId]);
    expect(inDraft.documents[0]?.hits[0]).toMatchObject({
      source: 'draft',
      versionId: null,
      path: '第六章 › 第九十九条',
    });
    const version = expectOk(
      await app.call(drafter, 'versions.save', { documentId, label: '送审稿', note: '' }),
    );
    const inVersion = await search(reviewer, '备案登记');
    expect(inVersion.documents[0]?.hits.map((hit) => [hit.source, hit.versionId])).toEqual([
      ['version', version.id],
    ]);
  });

  test('when the write after the index fails, neither the version nor its index entries are kept', async () => {
    const documentId = [...texts.keys()][2] ?? '';
    await draftWith(documentId, '第一百条　本办法的解释权属于区人民政府办公室甲乙丙。');
    const before = counts();
    // The timeline event is written after the version and its index entries.
    app.deps.db.exec(`CREATE TEMP TRIGGER fail_event BEFORE INSERT ON main.events
      WHEN NEW.kind = 'version_saved' BEGIN SELECT RAISE(ABORT, 'forced failure'); END`);
    try {
      expectError(
        await app.call(drafter, 'versions.save', { documentId, label: '送审稿', note: '' }),
        'INTERNAL',
      );
    } finally {
      app.deps.db.exec('DROP TRIGGER fail_event');
      app.loggedErrors.length = 0;
    }
    expect(counts()).toEqual(before);
    expect((await search(reviewer, '办公室甲乙丙', { sources: ['version'] })).documentCount).toBe(0);
    expect((await search(reviewer, '办公室甲乙丙', { sources: ['draft'] })).documentCount).toBe(1);
  });

  test('when the index write fails, the version is not saved either', async () => {
    const documentId = [...texts.keys()][2] ?? '';
    const before = counts();
    app.deps.db.exec(`CREATE TEMP TRIGGER fail_index BEFORE INSERT ON main.search_entries
      WHEN NEW.source = 'version' BEGIN SELECT RAISE(ABORT, 'forced failure'); END`);
    try {
      expectError(
        await app.call(drafter, 'versions.save', { documentId, label: '送审稿', note: '' }),
        'INTERNAL',
      );
    } finally {
      app.deps.db.exec('DROP TRIGGER fail_index');
      app.loggedErrors.length = 0;
    }
    expect(counts()).toEqual(before);
  });

  test('comments and review opinions are searched, and opened where they were made', async () => {
    const [documentId = '', versions = []] = [...texts.entries()][3] ?? [];
    const version = versions[0];
    const block = version?.blocks.find((each) => each.runs[0]?.text.includes('道路运输'));
    const text = block?.runs[0]?.text ?? '';
    const start = text.indexOf('道路运输');
    expectOk(
      await app.call(reviewer, 'annotations.create', {
        documentId,
        versionId: version?.versionId ?? null,
        selector: {
          blockId: block?.id ?? '',
          start,
          end: start + 4,
          exact: '道路运输',
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(start + 4, start + 36),
        },
        body: '建议写明经营许可的办理时限。',
      }),
    );
    const result = await search(drafter, '办理时限', { sources: ['annotation'] });
    expect(result.documents[0]?.hits[0]).toMatchObject({
      source: 'annotation',
      versionId: version?.versionId,
      blockId: block?.id,
      path: '批注',
    });
  });

  test('search reindex rebuilds the same index, a batch of documents at a time', async () => {
    const queries = ['罚', '许可', '行政处罚', '办理时限', '备案登记'];
    const before = await Promise.all(queries.map((q) => search(reviewer, q)));
    app.deps.db.exec('DELETE FROM search_trigram; DELETE FROM search_chars; DELETE FROM search_entries;');
    expectError(await app.call(drafter, 'search.reindex', {}), 'FORBIDDEN');
    let after: string | null = null;
    let batches = 0;
    for (;;) {
      const batch: { next: string | null } = expectOk(
        await app.call(admin, 'search.reindex', { after, limit: 2 }),
      );
      batches += 1;
      after = batch.next;
      if (after === null) break;
    }
    expect(batches).toBe(2);
    const rebuilt = await Promise.all(queries.map((q) => search(reviewer, q)));
    // The same documents and hits; the order (newest hits first) follows the rebuild's order.
    const strip = (result: SearchResult) => ({
      ...result,
      millis: 0,
      documents: [...result.documents].sort((a, b) => a.documentId.localeCompare(b.documentId)),
    });
    expect(rebuilt.map(strip)).toEqual(before.map(strip));
  });

  test('a workspace made before the index existed is indexed at its first search after opening', async () => {
    const queries = ['罚', '许可', '办理时限'];
    const before = await Promise.all(queries.map((q) => search(reviewer, q)));
    app.deps.db.exec('DELETE FROM search_trigram; DELETE FROM search_chars; DELETE FROM search_entries;');
    // Opened again, as after an upgrade: the first search indexes what is missing.
    const reopened = openTestApp({ dataDir: app.dataDir });
    const session = await signIn(reopened, 'reviewer');
    const after = await Promise.all(
      queries.map(async (q) =>
        expectOk(await reopened.call(session, 'search.query', { q, limit: 200, hitsPerDocument: 3 })),
      ),
    );
    reopened.close();
    const ids = (result: SearchResult) => result.documents.map((document) => document.documentId).sort();
    expect(after.map(ids)).toEqual(before.map(ids));
    expect(after.map((result) => result.hitCount)).toEqual(before.map((result) => result.hitCount));
  });
});
