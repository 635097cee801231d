import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/api';
import { openTestApp, type TestApp } from '../support/app';
import { runCli } from '../support/cli';
import { ADMIN, createUser, expectOk, setupAdmin, signIn } from '../support/session';

let app: TestApp;
let documentId: string;

function json(result: { out: string[] }) {
  expect(result.out).toHaveLength(1);
  return JSON.parse(result.out[0] ?? '') as
    { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };
}

beforeAll(async () => {
  app = openTestApp();
  const { session: admin } = await setupAdmin(app);
  // The CLI signs in with the test accounts' default password.
  await createUser(app, admin, 'root', ['admin']);
  await createUser(app, admin, 'lqc', ['drafter']);
  const drafter = await signIn(app, 'lqc');
  for (const title of ['某区统计执法检查规定', '某区统计数据质量管理办法']) {
    app.clock.advance(86_400_000);
    const document = expectOk(
      await app.call(drafter, 'documents.create', {
        kind: 'admin_normative',
        title,
        draftingUnit: '法制科',
        issuingAuthority: '某区统计局',
      }),
    );
    documentId = document.id;
    expectOk(await app.call(drafter, 'documents.update', { id: document.id, responsiblePerson: '李起草' }));
  }
  expect(ADMIN.username).toBe('admin');
}, 60_000);
afterAll(() => app.close());

describe('audit commands', () => {
  it('lists the filtered log as the settings page shows it', async () => {
    const result = await runCli(app, 'root', [
      'audit',
      'list',
      '--account',
      'lqc',
      '--action',
      '修改文件信息',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const page = json(result) as { ok: true; value: AuditPage };
    expect(page.value.total).toBe(2);
    expect(page.value.items.map((entry) => entry.subject)).toEqual([
      '《某区统计数据质量管理办法》',
      '《某区统计执法检查规定》',
    ]);
    expect(page.value.items[0]).toMatchObject({ actorLogin: 'lqc', actionLabel: '修改文件信息' });

    const byDocument = json(
      await runCli(app, 'root', ['audit', 'list', '--document', documentId, '--json']),
    ) as {
      ok: true;
      value: AuditPage;
    };
    expect(byDocument.value.items.map((entry) => entry.action)).toEqual([
      'documents.update',
      'documents.create',
    ]);
    const text = await runCli(app, 'root', ['audit', 'list', '--q', '执法检查', '--page-size', '1']);
    expect(text.out.join('\n')).toMatch(/修改文件信息\t《某区统计执法检查规定》\n共 2 条$/);
  });

  it('answers usage errors and refusals as one JSON line with their exit codes', async () => {
    const badDay = await runCli(app, 'root', ['audit', 'list', '--from', '2025-02-30', '--json']);
    expect(badDay.code).toBe(2);
    expect(json(badDay)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const noOut = await runCli(app, 'root', ['audit', 'export', '--json']);
    expect(noOut.code).toBe(2);
    const unknownAction = await runCli(app, 'root', ['audit', 'list', '--action', '飞行', '--json']);
    expect(json(unknownAction)).toMatchObject({ ok: false, error: { message: '没有操作“飞行”。' } });
    const drafter = await runCli(app, 'lqc', ['audit', 'list', '--json']);
    expect(drafter.code).toBe(1);
    expect(json(drafter)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports the filtered entries to .xlsx, and the export is itself in the log', async () => {
    const out = join(app.dataDir, '审计日志.xlsx');
    const result = await runCli(app, 'root', [
      'audit',
      'export',
      '--out',
      out,
      '--area',
      'documents',
      '--json',
    ]);
    expect(result.code).toBe(0);
    expect(json(result)).toEqual({ ok: true, value: { file: out } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('审计日志');
    expect(sheet?.getCell(2, 1).text).toContain('业务范围：文件登记（共 4 条');
    expect(sheet?.getRow(3).getCell(6).text).toBe('对象');
    expect([4, 5, 6, 7].map((row) => sheet?.getRow(row).getCell(5).text)).toEqual([
      '修改文件信息',
      '登记文件',
      '修改文件信息',
      '登记文件',
    ]);
    const exported = json(
      await runCli(app, 'root', ['audit', 'list', '--action', 'audit.export', '--json']),
    ) as {
      ok: true;
      value: AuditPage;
    };
    expect(exported.value.items[0]).toMatchObject({ actorLogin: 'root', actionLabel: '导出审计日志' });
    expect(exported.value.items[0]?.detail).toMatchObject({ filters: '业务范围：文件登记', rows: 4 });
  });
});
