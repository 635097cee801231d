import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { createDispatcher } from '../../src/main/api/dispatch';
import { handlers } from '../../src/main/api/handlers';
import { insertDocument } from '../../src/main/db/repos/documents';
import { createDocument } from '../../src/main/services/documents';
import { DomainError, type DocumentSummary } from '../../src/shared/api';
import { DOCUMENT_SORT_FIELDS } from '../../src/shared/api/schemas/documents';
import { DOCUMENT_KINDS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUSES } from '../../src/shared/domain/documentStatus';
import { auditCount, openTestApp, rowCount, type TestApp } from '../support/app';
import { expectError, expectOk, signedInAs } from '../support/session';

let app: TestApp;
let session: Session;
let drafterId: string;

const METADATA = {
  kind: 'admin_normative',
  title: '某区统计局统计执法检查规定',
  draftingUnit: '法制科',
  issuingAuthority: '某区统计局',
} as const;

beforeEach(async () => {
  app = openTestApp();
  const signed = await signedInAs(app, ['drafter'], 'drafter');
  session = signed.session;
  drafterId = signed.account.id;
});
afterEach(() => app.close());

async function create(overrides: Partial<Record<keyof typeof METADATA | 'responsiblePerson', string>> = {}) {
  return expectOk(await app.call(session, 'documents.create', { ...METADATA, ...overrides } as never));
}

/** Everything a failed operation must not have touched. */
function writtenRows(): number {
  return rowCount(app, 'documents') + rowCount(app, 'events') + auditCount(app);
}

describe('documents.create', () => {
  it('registers a document in the drafting state with a 登记 event', async () => {
    const doc = await create({ responsiblePerson: '  张三 ' });
    expect(doc).toEqual({
      id: expect.any(String) as string,
      ...METADATA,
      responsiblePerson: '张三',
      status: 'drafting',
      year: 2025,
      docNumber: null,
      versionCount: 0,
      createdAt: '2025-03-10T02:00:00.000Z',
      updatedAt: '2025-03-10T02:00:00.000Z',
    });
    const detail = expectOk(await app.call(session, 'documents.get', { id: doc.id }));
    expect(detail.document).toEqual(doc);
    expect(detail.versions).toEqual([]);
    expect(detail.events).toEqual([
      {
        id: expect.any(String) as string,
        kind: 'registered',
        at: '2025-03-10T02:00:00.000Z',
        actorId: drafterId,
        actorName: 'drafter 用户',
        detail: { ...METADATA, responsiblePerson: '张三' },
      },
    ]);
  });

  it('refuses missing or too long fields with Chinese messages and writes nothing', async () => {
    const before = writtenRows();
    const error = expectError(
      await app.call(session, 'documents.create', {
        kind: 'admin_normative',
        title: '   ',
        draftingUnit: '法'.repeat(101),
        issuingAuthority: '某区统计局',
      }),
      'INVALID_INPUT',
    );
    expect(error.issues).toEqual(['title：请填写标题', 'draftingUnit：起草单位最多 100 个字符']);
    expectError(
      await app.call(session, 'documents.create', { ...METADATA, kind: 'memo' as never }),
      'INVALID_INPUT',
    );
    expect(writtenRows()).toBe(before);
  });
});

describe('documents.update', () => {
  it('records each changed field with its old and new value', async () => {
    const doc = await create();
    app.clock.advance(3_600_000);
    const updated = expectOk(
      await app.call(session, 'documents.update', {
        id: doc.id,
        title: '某区统计局统计执法检查办法',
        kind: 'admin_normative',
        responsiblePerson: '李四',
      }),
    );
    expect(updated).toMatchObject({
      title: '某区统计局统计执法检查办法',
      responsiblePerson: '李四',
      createdAt: doc.createdAt,
      updatedAt: '2025-03-10T03:00:00.000Z',
    });
    const { events } = expectOk(await app.call(session, 'documents.get', { id: doc.id }));
    expect(events.map((e) => e.kind)).toEqual(['registered', 'metadata_changed']);
    expect(events[1]).toMatchObject({
      at: '2025-03-10T03:00:00.000Z',
      actorId: drafterId,
      detail: {
        title: { from: '某区统计局统计执法检查规定', to: '某区统计局统计执法检查办法' },
        responsiblePerson: { from: '', to: '李四' },
      },
    });
    expect(events[1]?.detail).not.toHaveProperty('kind');
  });

  it('writes no event and keeps updatedAt when nothing changed', async () => {
    const doc = await create();
    app.clock.advance(60_000);
    const same = expectOk(
      await app.call(session, 'documents.update', {
        id: doc.id,
        title: ` ${METADATA.title} `,
        kind: METADATA.kind,
      }),
    );
    expect(same).toEqual(doc);
    expect(rowCount(app, 'events')).toBe(1);
  });

  it('answers NOT_FOUND for an unknown document, for update and get, and writes nothing', async () => {
    await create();
    const before = writtenRows();
    expectError(
      await app.call(session, 'documents.update', { id: 'no-such-doc', title: '新标题' }),
      'NOT_FOUND',
    );
    expectError(await app.call(session, 'documents.get', { id: 'no-such-doc' }), 'NOT_FOUND');
    expect(writtenRows()).toBe(before);
  });

  it('refuses an invalid change and leaves the document as it was', async () => {
    const doc = await create();
    const before = writtenRows();
    expectError(
      await app.call(session, 'documents.update', { id: doc.id, title: '', draftingUnit: '办公室' }),
      'INVALID_INPUT',
    );
    expect(writtenRows()).toBe(before);
    expect(expectOk(await app.call(session, 'documents.get', { id: doc.id })).document).toEqual(doc);
  });
});

describe('documents.list', () => {
  /** A small registry with known kinds, statuses, years, titles and 文号. */
  async function registry() {
    const rows: [string, (typeof DOCUMENT_KINDS)[number], string, string][] = [
      ['关于统计数据质量管理的规定', 'admin_normative', 'drafting', '2023-05-01T02:00:00.000Z'],
      ['完成率达到100%的考核办法', 'admin_normative', 'in_force', '2024-06-01T02:00:00.000Z'],
      ['增长_率计算口径说明', 'major_decision', 'in_force', '2024-07-01T02:00:00.000Z'],
      ['增长率计算口径说明（修订）', 'major_decision', 'drafting', '2025-01-15T02:00:00.000Z'],
      ['办公用房租赁合同', 'contract', 'repealed', '2025-02-01T02:00:00.000Z'],
      ['政府信息公开申请答复 C:\\temp', 'disclosure', 'filed', '2025-03-01T02:00:00.000Z'],
    ];
    const docs: DocumentSummary[] = [];
    for (const [title, kind, status, at] of rows) {
      app.clock.set(at);
      const doc = await create({ title, kind });
      app.deps.db.prepare('UPDATE documents SET status = ? WHERE id = ?').run(status, doc.id);
      docs.push({ ...doc, status: status as DocumentSummary['status'] });
    }
    app.deps.db
      .prepare('UPDATE documents SET doc_number = ? WHERE id = ?')
      .run('某统规〔2024〕3号', docs[1]?.id ?? '');
    return docs;
  }

  const titles = (page: { items: DocumentSummary[] }) => page.items.map((d) => d.title);

  it('filters by kind, status and year, combined with AND', async () => {
    await registry();
    const list = async (input: Parameters<typeof app.call<'documents.list'>>[2]) =>
      expectOk(await app.call(session, 'documents.list', { sort: 'title', order: 'asc', ...input }));
    expect(titles(await list({ kind: 'major_decision' }))).toEqual([
      '增长_率计算口径说明',
      '增长率计算口径说明（修订）',
    ]);
    expect((await list({ status: 'in_force' })).total).toBe(2);
    expect(titles(await list({ year: 2025 })).sort()).toEqual(
      ['增长率计算口径说明（修订）', '办公用房租赁合同', '政府信息公开申请答复 C:\\temp'].sort(),
    );
    expect(titles(await list({ kind: 'major_decision', status: 'drafting', year: 2025 }))).toEqual([
      '增长率计算口径说明（修订）',
    ]);
    expect(await list({ kind: 'contract', year: 2023 })).toEqual({
      items: [],
      total: 0,
      page: 1,
      pageSize: 50,
    });
  });

  it('searches titles and 文号, treating % _ and \\ as plain characters', async () => {
    await registry();
    const search = async (q: string) => titles(expectOk(await app.call(session, 'documents.list', { q })));
    expect(await search('%')).toEqual(['完成率达到100%的考核办法']);
    expect(await search('0%的')).toEqual(['完成率达到100%的考核办法']);
    expect(await search('_')).toEqual(['增长_率计算口径说明']);
    expect(await search('长_率')).toEqual(['增长_率计算口径说明']);
    expect(await search('\\')).toEqual(['政府信息公开申请答复 C:\\temp']);
    expect((await search('计算口径')).sort()).toEqual(
      ['增长_率计算口径说明', '增长率计算口径说明（修订）'].sort(),
    );
    expect(await search('〔2024〕3号')).toEqual(['完成率达到100%的考核办法']);
    expect(await search('  合同  ')).toEqual(['办公用房租赁合同']);
    expect(await search('不存在的标题')).toEqual([]);
  });

  it.each(DOCUMENT_SORT_FIELDS.flatMap((field) => [[field, 'asc'] as const, [field, 'desc'] as const]))(
    'sorts by %s %s, ties broken by id in the same direction',
    async (field, order) => {
      const docs = await registry();
      const page = expectOk(await app.call(session, 'documents.list', { sort: field, order }));
      // Kinds and statuses sort in lifecycle order (the order of their lists), not by their English ids.
      const rank = (doc: DocumentSummary): string | number =>
        field === 'kind'
          ? DOCUMENT_KINDS.indexOf(doc.kind)
          : field === 'status'
            ? DOCUMENT_STATUSES.indexOf(doc.status)
            : doc[field];
      const compare = (a: DocumentSummary, b: DocumentSummary) => {
        const [x, y] = [rank(a), rank(b)];
        const byField = x < y ? -1 : x > y ? 1 : 0;
        return byField !== 0 ? byField : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      };
      const expected = [...docs].sort(order === 'asc' ? compare : (a, b) => compare(b, a));
      expect(page.items.map((d) => d.id)).toEqual(expected.map((d) => d.id));
      expect(page.total).toBe(docs.length);
    },
  );

  it('sorts newest change first by default', async () => {
    const docs = await registry();
    const page = expectOk(await app.call(session, 'documents.list', {}));
    expect(page.items.map((d) => d.id)).toEqual([...docs].reverse().map((d) => d.id));
  });

  it('pages the result and reports the total of the whole filter', async () => {
    const docs = await registry();
    const byCreated = (page: number, pageSize: number) =>
      app.call(session, 'documents.list', { sort: 'createdAt', order: 'asc', page, pageSize });
    const first = expectOk(await byCreated(1, 4));
    const second = expectOk(await byCreated(2, 4));
    const beyond = expectOk(await byCreated(3, 4));
    expect(first).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(first.items.map((d) => d.id)).toEqual(docs.slice(0, 4).map((d) => d.id));
    expect(second.items.map((d) => d.id)).toEqual(docs.slice(4).map((d) => d.id));
    expect(beyond).toEqual({ items: [], total: 6, page: 3, pageSize: 4 });
    expectError(await byCreated(0, 4), 'INVALID_INPUT');
    expectError(await byCreated(1, 501), 'INVALID_INPUT');
  });
});

describe('the registry at scale', () => {
  const COUNT = 10_000;

  function seed() {
    const insert = app.deps.db.transaction(() => {
      for (let i = 0; i < COUNT; i += 1) {
        const year = 2016 + (i % 10);
        const at = new Date(Date.UTC(year, i % 12, 1 + (i % 28), i % 24, i % 60)).toISOString();
        insertDocument(app.deps.db, {
          id: `doc-${String(i).padStart(5, '0')}`,
          kind: DOCUMENT_KINDS[i % DOCUMENT_KINDS.length] ?? 'admin_normative',
          title: `规范性文件第${i}号`,
          draftingUnit: '法制科',
          issuingAuthority: '某区统计局',
          responsiblePerson: '',
          status: DOCUMENT_STATUSES[(i * 7) % DOCUMENT_STATUSES.length] ?? 'drafting',
          year,
          docNumber: null,
          versionCount: 0,
          createdAt: at,
          createdBy: drafterId,
          updatedAt: at,
        });
      }
    });
    insert();
  }

  /** Runs documents.list and returns the query plan of every statement it prepared. */
  async function plansOf(input: Parameters<typeof app.call<'documents.list'>>[2]) {
    const db = app.deps.db;
    const prepared: string[] = [];
    const original = db.prepare.bind(db);
    const spy = vi.spyOn(db, 'prepare').mockImplementation((sql: string) => {
      prepared.push(sql);
      return original(sql);
    });
    let page;
    try {
      page = expectOk(await app.call(session, 'documents.list', input));
    } finally {
      spy.mockRestore();
    }
    const params = { kind: input.kind, status: input.status, year: input.year, limit: 50, offset: 0 };
    const queries = prepared.filter((sql) => /FROM documents/.test(sql));
    const plans = queries.map((sql) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail),
    );
    return { page, queries, plans };
  }

  it('answers a filtered, sorted page from an index, not by scanning the table', async () => {
    seed();
    const { page, queries, plans } = await plansOf({ kind: 'contract', sort: 'updatedAt', order: 'desc' });
    expect(queries).toHaveLength(2);
    for (const plan of plans) {
      expect(plan.join('\n')).toMatch(/SEARCH documents USING (COVERING )?INDEX documents_kind \(kind=\?\)/);
      expect(plan.filter((line) => line.includes('SCAN documents'))).toEqual([]);
    }
    expect(page.total).toBe(COUNT / DOCUMENT_KINDS.length);
    expect(page.items).toHaveLength(50);
    expect(page.items.every((d) => d.kind === 'contract')).toBe(true);
    const times = page.items.map((d) => d.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it.each([
    ['status', { status: 'in_force' }, 'documents_status'],
    ['year', { year: 2020 }, 'documents_year'],
  ] as const)('uses an index for the %s filter too', async (_name, filter, index) => {
    seed();
    const { plans } = await plansOf({ ...filter, sort: 'updatedAt', order: 'desc' });
    for (const plan of plans) {
      expect(plan.join('\n')).toContain(`INDEX ${index}`);
      expect(plan.filter((line) => line.includes('SCAN documents'))).toEqual([]);
    }
  });
});

describe('nothing half-written', () => {
  it('rolls back every row a mutation wrote when its handler throws afterwards', async () => {
    const logged: unknown[] = [];
    const failing = createDispatcher(
      app.deps,
      {
        ...handlers,
        'documents.create': (ctx, input) => {
          createDocument(ctx, input);
          throw new Error('disk full after the insert');
        },
      },
      { logError: (error) => logged.push(error) },
    );
    const before = writtenRows();
    const result = await failing.dispatch(session, 'documents.create', METADATA);
    const error = expectError(result, 'INTERNAL');
    expect(error.message).not.toContain('disk full');
    expect(logged).toHaveLength(1);
    expect(writtenRows()).toBe(before);
  });

  it('rolls back and returns the code when a handler breaks a domain rule after writing', async () => {
    const failing = createDispatcher(app.deps, {
      ...handlers,
      'documents.create': (ctx, input) => {
        createDocument(ctx, input);
        throw new DomainError('INVALID_STATE', '测试：写入后违反规则');
      },
    });
    const before = writtenRows();
    const error = expectError(await failing.dispatch(session, 'documents.create', METADATA), 'INVALID_STATE');
    expect(error.message).toBe('测试：写入后违反规则');
    expect(writtenRows()).toBe(before);
  });

  it('rolls back when a handler returns something the contract does not allow', async () => {
    const logged: unknown[] = [];
    const failing = createDispatcher(
      app.deps,
      {
        ...handlers,
        'documents.create': (ctx, input) => ({ ...createDocument(ctx, input), status: 'unknown' }) as never,
      },
      { logError: (error) => logged.push(error) },
    );
    const before = writtenRows();
    expectError(await failing.dispatch(session, 'documents.create', METADATA), 'INTERNAL');
    expect(writtenRows()).toBe(before);
    expect(String(logged[0])).toContain('breaks the contract');
  });
});
