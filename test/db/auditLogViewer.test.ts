import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { appendAudit } from '../../src/main/db/repos/auditLog';
import type { Block } from '../../src/shared/domain/blocks';
import { openTestApp, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';

const block = (id: string, text: string, kind: Block['kind'] = 'paragraph'): Block => ({
  id,
  kind,
  runs: [{ text }],
});
const DRAFT: Block[] = [
  block('t', '某区统计数据质量管理办法', 'title'),
  block('a1', '第一条　为了保障统计数据质量，根据《中华人民共和国统计法》，制定本办法。'),
];

/** How many synthetic entries the log holds besides the real ones: more than 100,000. */
const SEEDED = 100_500;
const ACTIONS = ['drafts.save', 'versions.save', 'materials.upload', 'workflow.transition', 'users.update'];

interface Seeded {
  seq: number;
  at: string;
  actorId: string;
  action: string;
  documentId: string | null;
  marked: boolean;
}

let app: TestApp;
let admin: Session;
let adminId: string;
let drafterId: string;
let reviewerId: string;
const documentIds: string[] = [];
const versionIds = new Map<string, string>();
let expected: Seeded[] = [];

function entries(filter: Record<string, unknown>, page = 1, pageSize = 100) {
  return app.call(admin, 'audit.list', { ...filter, page, pageSize });
}

/** The expected entries for a filter, newest first. */
function matching(test: (row: Seeded) => boolean): Seeded[] {
  return expected.filter(test).sort((a, b) => b.seq - a.seq);
}

beforeAll(async () => {
  app = openTestApp();
  const setup = await setupAdmin(app);
  admin = setup.session;
  adminId = setup.admin.id;
  const drafter = await createUser(app, admin, 'lqc', ['drafter']);
  drafterId = drafter.id;
  reviewerId = (await createUser(app, admin, 'zsh', ['reviewer'])).id;
  expectOk(await app.call(admin, 'users.update', { id: drafter.id, displayName: '李起草' }));
  const drafterSession: Session = await signIn(app, 'lqc');
  for (const title of ['某区统计数据质量管理办法', '某区统计执法检查规定', '某区统计调查项目管理办法']) {
    app.clock.advance(60_000);
    const document = expectOk(
      await app.call(drafterSession, 'documents.create', {
        kind: 'admin_normative',
        title,
        draftingUnit: '法制科',
        issuingAuthority: '某区统计局',
      }),
    );
    expectOk(
      await app.call(drafterSession, 'drafts.save', { documentId: document.id, blocks: DRAFT, revision: 0 }),
    );
    const version = expectOk(
      await app.call(drafterSession, 'versions.save', { documentId: document.id, label: '征求意见稿' }),
    );
    documentIds.push(document.id);
    versionIds.set(document.id, version.id);
  }

  // The bulk of the log: entries by three accounts over a year, about the three documents and their
  // versions, a few of them carrying a word to search for.
  const db = app.deps.db;
  const actors = [adminId, drafterId, reviewerId];
  const names = new Map([
    [adminId, '王管理'],
    [drafterId, '李起草'],
    [reviewerId, 'zsh 用户'],
  ]);
  const start = Date.parse('2024-01-01T04:00:00.000Z');
  const firstSeq = (db.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number }).n + 1;
  expected = [];
  db.transaction(() => {
    for (let i = 0; i < SEEDED; i++) {
      const actorId = actors[i % 3] ?? adminId;
      const action = ACTIONS[i % 5] ?? 'drafts.save';
      const documentId = documentIds[(i % 7) % 3] ?? null;
      const at = new Date(start + i * 300_000).toISOString();
      const marked = i % 997 === 0;
      const detail: Record<string, unknown> =
        action === 'materials.upload'
          ? { documentId, fileName: marked ? '起草说明（复核）.txt' : '征求意见情况.txt', size: 84 }
          : { title: '', input: { documentId, note: marked ? '复核' : '例行' } };
      const versions = action === 'versions.save';
      const upload = action === 'materials.upload';
      appendAudit(db, {
        at,
        actorId,
        actorName: names.get(actorId) ?? null,
        action,
        // A material's own row is not kept here: its entry is named from what it recorded.
        targetType:
          action === 'users.update' ? 'users' : versions ? 'versions' : upload ? 'attachments' : 'documents',
        targetId:
          action === 'users.update'
            ? drafterId
            : versions
              ? (versionIds.get(documentId ?? '') ?? null)
              : upload
                ? `removed-${i}`
                : documentId,
        detail: action === 'users.update' ? { input: { id: drafterId, displayName: '李起草' } } : detail,
      });
      expected.push({
        seq: firstSeq + i,
        at,
        actorId,
        action,
        documentId: action === 'users.update' ? null : documentId,
        marked: marked && action !== 'users.update',
      });
    }
  })();
}, 120_000);

afterAll(() => app.close());

describe('the audit log viewer over 100,000 entries', () => {
  it('names the account, the action and the object as people do', async () => {
    const page = expectOk(
      await entries({ action: 'versions.save', accountId: drafterId, from: '2025-03-01', to: '2025-03-31' }),
    );
    expect(page.total).toBe(3);
    expect(page.items[0]).toMatchObject({
      actorName: '李起草',
      actorLogin: 'lqc',
      actionLabel: '保存版本',
      documentTitle: '某区统计调查项目管理办法',
      subject: '《某区统计调查项目管理办法》第1版（征求意见稿，2025-03-10）',
    });

    const accounts = expectOk(await entries({ action: 'users.update', accountId: adminId }, 1, 1));
    expect(accounts.items[0]).toMatchObject({ actionLabel: '修改账号', subject: '账号 李起草（lqc）' });
    const uploads = expectOk(await entries({ action: 'materials.upload', q: '复核' }, 1, 1));
    expect(uploads.items[0]?.subject).toMatch(/^《某区统计[^》]+》材料“起草说明（复核）\.txt”$/);
  });

  it('filters by account, action, area, date and document, and pages deep', async () => {
    const total = (app.deps.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    expect(total).toBeGreaterThan(100_000);
    expect(expectOk(await entries({})).total).toBe(total);

    const byAccount = matching((row) => row.actorId === reviewerId);
    const reviewerPage = expectOk(await entries({ accountId: reviewerId }, 300, 100));
    expect(reviewerPage.total).toBe(byAccount.length);
    expect(reviewerPage.items.map((item) => item.seq)).toEqual(
      byAccount.slice(29_900, 30_000).map((row) => row.seq),
    );

    const uploads = matching((row) => row.action === 'materials.upload');
    const uploadPage = expectOk(await entries({ action: 'materials.upload' }, 150, 100));
    expect(uploadPage.total).toBe(uploads.length);
    expect(uploadPage.items.map((item) => item.seq)).toEqual(
      uploads.slice(14_900, 15_000).map((row) => row.seq),
    );
    expect(uploadPage.items.every((item) => item.actionLabel === '上传材料')).toBe(true);

    // 业务范围 版本: the seeded saves and the three real ones.
    const area = expectOk(await entries({ area: 'versions' }));
    expect(area.total).toBe(matching((row) => row.action === 'versions.save').length + 3);

    // 2024-03-01 to 2024-03-31 in the local calendar.
    const from = new Date(2024, 2, 1).toISOString();
    const to = new Date(2024, 3, 1).toISOString();
    const march = matching((row) => row.at >= from && row.at < to);
    const marchPage = expectOk(await entries({ from: '2024-03-01', to: '2024-03-31' }, 2, 500));
    expect(marchPage.total).toBe(march.length);
    expect(marchPage.items.map((item) => item.seq)).toEqual(march.slice(500, 1000).map((row) => row.seq));
  });

  it('finds every entry about one document, through its versions and materials', async () => {
    const documentId = documentIds[2] ?? '';
    const seeded = matching((row) => row.documentId === documentId);
    // Real entries: documents.create, drafts.save, versions.save of that document.
    const page = expectOk(await entries({ documentId }, 40, 100));
    expect(page.total).toBe(seeded.length + 3);
    expect(page.items.map((item) => item.seq)).toEqual(seeded.slice(3_900, 4_000).map((row) => row.seq));
    expect(page.items.every((item) => item.documentTitle === '某区统计调查项目管理办法')).toBe(true);

    const combined = matching(
      (row) => row.documentId === documentId && row.actorId === drafterId && row.action === 'versions.save',
    );
    const narrowed = expectOk(
      await entries({ documentId, accountId: drafterId, action: 'versions.save' }, 1, 500),
    );
    // The seeded entries and the drafter's own real save of that document.
    expect(narrowed.total).toBe(combined.length + 1);
    expect(narrowed.items.map((item) => item.seq)).toEqual(combined.slice(0, 500).map((row) => row.seq));
  });

  it('searches the names and the recorded details', async () => {
    const marked = matching((row) => row.marked);
    const found = expectOk(await entries({ q: '复核' }, 1, 500));
    expect(found.total).toBe(marked.length);
    expect(found.items.map((item) => item.seq)).toEqual(marked.map((row) => row.seq));

    // A document's title finds the entries about it, though their details do not contain it.
    const byTitle = expectOk(await entries({ q: '执法检查' }, 1, 1));
    expect(byTitle.total).toBe(matching((row) => row.documentId === documentIds[1]).length + 3);
    // The action's name as the viewer shows it, and an account's login.
    expect(expectOk(await entries({ q: '上传材料' }, 1, 1)).total).toBe(
      matching((row) => row.action === 'materials.upload').length,
    );
    const byLogin = expectOk(await entries({ q: 'zsh' }, 1, 1));
    expect(byLogin.total).toBe(matching((row) => row.actorId === reviewerId).length + 1);
    expect(expectOk(await entries({ q: '100%_' })).total).toBe(0);
  });

  it('exports the filtered entries as an Excel sheet and records the export', async () => {
    const documentId = documentIds[0] ?? '';
    const filter = { documentId, action: 'materials.upload', q: '复核' };
    const wanted = matching(
      (row) => row.documentId === documentId && row.action === 'materials.upload' && row.marked,
    );
    expect(wanted.length).toBeGreaterThan(5);
    const file = expectOk(await app.call(admin, 'audit.export', filter));
    expect(file.fileName).toMatch(/^审计日志（\d{4}-\d{2}-\d{2}导出）\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志');
    expect(sheet?.getCell(1, 1).value).toBe('某市某区统计局审计日志');
    const filterLine = sheet?.getCell(2, 1).text ?? '';
    expect(filterLine).toContain('操作：上传材料；文件：《某区统计数据质量管理办法》；搜索：复核');
    expect(filterLine).toContain(`共 ${wanted.length} 条`);
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      '序号',
      '时间',
      '操作人',
      '登录名',
      '操作',
      '对象',
      '详情',
    ]);
    const rows = [];
    for (let r = 4; r <= (sheet?.rowCount ?? 0); r++) rows.push(sheet?.getRow(r));
    expect(rows.map((row) => row?.getCell(1).value)).toEqual(wanted.map((row) => row.seq));
    expect(rows[0]?.getCell(6).value).toBe('《某区统计数据质量管理办法》材料“起草说明（复核）.txt”');
    expect(rows[0]?.getCell(7).text).toContain('文件名：起草说明（复核）.txt');

    const last = expectOk(await entries({ action: 'audit.export' }, 1, 1)).items[0];
    expect(last).toMatchObject({ actionLabel: '导出审计日志', subject: '审计日志', actorLogin: 'admin' });
    expect(last?.detail.rows).toBe(wanted.length);
  });

  it('lets only administrators read or export the log', async () => {
    const drafter = await signIn(app, 'lqc');
    expectError(await app.call(drafter, 'audit.list', { page: 1, pageSize: 10 }), 'FORBIDDEN');
    expectError(await app.call(drafter, 'audit.export', {}), 'FORBIDDEN');
  });
});
