import { runCli } from '../support/cli';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { CampaignDetail } from '../../src/shared/api';
import { openTestApp, rowCount, type TestApp } from '../support/app';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { bringToIssued, type IssuedDocument, workflowTeam } from '../support/workflowPath';
import { documentXml } from '../support/wordXml';

let app: TestApp;
let first: IssuedDocument;
let second: IssuedDocument;

/** One CLI run as `user`, in its own session like a new process; output captured. */
const run = (user: string, args: string[]) => runCli(app, user, args);

const valueOf = <T>(lines: string[]): T => {
  expect(lines).toHaveLength(1);
  const parsed = JSON.parse(lines[0] ?? '') as { ok: boolean; value: T };
  expect(parsed.ok).toBe(true);
  return parsed.value;
};

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-02-02T02:00:00.000Z');
  const team = await workflowTeam(app);
  first = await bringToIssued(app, team, { title: '某区统计执法检查办法' });
  second = await bringToIssued(app, team, { title: '某区统计资料管理办法' });
  app.clock.set('2026-04-01T02:00:00.000Z');
}, 120_000);
afterAll(() => app.close());

describe('cleanup commands', () => {
  it('answers usage errors as one JSON line with exit code 2', async () => {
    const missing = await run('reviewer', ['cleanup', 'decide', '--json']);
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badKind = await run('reviewer', ['cleanup', 'preview', '--doc-kinds', 'memo', '--json']);
    expect(badKind.code).toBe(2);
    expect(badKind.out[0]).toContain('未知的文件类型');
  });

  it('creates, decides, approves, applies and exports a campaign', async () => {
    const preview = await run('reviewer', [
      'cleanup',
      'preview',
      '--q',
      '统计',
      '--year-from',
      '2026',
      '--json',
    ]);
    expect(valueOf<{ total: number }>(preview.out).total).toBe(2);

    const created = await run('reviewer', [
      'cleanup',
      'create',
      '--kind',
      'special',
      '--name',
      '统计执法专项清理',
      '--due',
      '2026-06-30',
      '--q',
      '执法',
      '--json',
    ]);
    expect(created.code).toBe(0);
    const campaign = valueOf<CampaignDetail>(created.out);
    expect(campaign.items.map((item) => item.documentId)).toEqual([first.documentId]);

    const widened = await run('reviewer', [
      'cleanup',
      'scope',
      '--campaign',
      campaign.id,
      '--q',
      '某区统计',
      '--json',
    ]);
    expect(valueOf<CampaignDetail>(widened.out).rescope).toEqual({ added: 1, dropped: 0, keptDecided: 0 });
    const narrowed = await run('reviewer', [
      'cleanup',
      'scope',
      '--campaign',
      campaign.id,
      '--q',
      '资料',
      '--json',
    ]);
    expect(valueOf<CampaignDetail>(narrowed.out).items.map((item) => item.documentId)).toEqual([
      second.documentId,
    ]);

    const decided = await run('reviewer', [
      'cleanup',
      'decide',
      '--campaign',
      campaign.id,
      '--documents',
      second.documentId,
      '--disposition',
      'declare_invalid',
      '--reason',
      '所依据的规定已失效',
      '--json',
    ]);
    expect(valueOf<CampaignDetail>(decided.out).decided).toBe(1);

    const early = await run('leader', ['cleanup', 'apply', '--campaign', campaign.id, '--json']);
    expect(early.code).toBe(1);
    expect(JSON.parse(early.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    const approved = await run('leader', [
      'cleanup',
      'approve',
      '--campaign',
      campaign.id,
      '--all',
      '--json',
    ]);
    expect(valueOf<CampaignDetail>(approved.out).approved).toBe(1);

    const before = rowCount(app, 'lifecycle_events');
    const applied = await run('leader', ['cleanup', 'apply', '--campaign', campaign.id, '--json']);
    expect(valueOf<CampaignDetail>(applied.out)).toMatchObject({
      status: 'applied',
      decidedOn: '2026-04-01',
    });
    expect(rowCount(app, 'lifecycle_events')).toBe(before + 1);

    const listed = await run('drafter', ['cleanup', 'list', '--json']);
    expect(valueOf<{ name: string; statusLabel: string }[]>(listed.out)).toEqual([
      expect.objectContaining({ name: '统计执法专项清理', statusLabel: '已应用' }),
    ]);

    const dir = makeTempDir();
    onTestFinished(() => removeTempDir(dir));
    const out = join(dir, '宣布失效目录.docx');
    const exported = await run('drafter', [
      'cleanup',
      'export',
      '--campaign',
      campaign.id,
      '--catalog',
      'declare_invalid',
      '--format',
      'docx',
      '--out',
      out,
      '--json',
    ]);
    expect(exported.code).toBe(0);
    expect(valueOf<{ file: string }>(exported.out).file).toBe(out);
    const xml = await documentXml(await readFile(out));
    expect(xml).toContain('宣布失效的规范性文件目录');
    expect(xml).toContain('某区统计资料管理办法');
    expect(xml).toContain('所依据的规定已失效');
  });
});
