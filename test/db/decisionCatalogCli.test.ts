import { runCli } from '../support/cli';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionCatalogView } from '../../src/shared/api';
import { openTestApp, type TestApp } from '../support/app';
import { workflowTeam } from '../support/workflowPath';
import { documentXml } from '../support/wordXml';

let app: TestApp;

/** One CLI run as `user`, in its own session like a new process; output captured. */
const run = (user: string, args: string[]) => runCli(app, user, args);

function json(result: { out: string[] }) {
  expect(result.out).toHaveLength(1);
  return JSON.parse(result.out[0] ?? '') as
    { ok: true; value: DecisionCatalogView } | { ok: false; error: { code: string; message: string } };
}

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-02-10T02:00:00.000Z');
  await workflowTeam(app);
}, 60_000);
afterAll(() => app.close());

describe('decisions commands', () => {
  it('answers usage errors as one JSON line with exit code 2', async () => {
    const noYear = await run('drafter', ['decisions', 'show', '--json']);
    expect(noYear.code).toBe(2);
    expect(json(noYear)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badType = await run('drafter', [
      'decisions',
      'add',
      '--year',
      '2026',
      '--name',
      '事项',
      '--type',
      '重要事项',
      '--json',
    ]);
    expect(badType.code).toBe(2);
    const unknown = await run('drafter', ['decisions', 'sort', '--json']);
    expect(unknown.code).toBe(2);
    expect(json(unknown)).toMatchObject({ ok: false, error: { message: '未知的目录命令“sort”。' } });
  });

  it('builds, publishes, adjusts and exports the year’s catalog', async () => {
    const created = await run('drafter', ['decisions', 'create', '--year', '2026', '--json']);
    expect(created.code).toBe(0);
    const added = await run('drafter', [
      'decisions',
      'add',
      '--year',
      '2026',
      '--name',
      '某区统计发展第十五个五年规划',
      '--type',
      '重要规划',
      '--unit',
      '综合统计科',
      '--planned',
      '2026-12',
      '--json',
    ]);
    expect(added.code).toBe(0);
    const catalog = json(added);
    if (!catalog.ok) throw new Error(catalog.error.message);
    const itemId = catalog.value.items[0]?.id ?? '';
    expect(catalog.value.items[0]).toMatchObject({ decisionType: 'important_plan', number: 1 });

    // The 负责人's step taken by a reviewer is refused by the API: exit 1, one line.
    const wrongRole = await run('reviewer', [
      'decisions',
      'approve',
      '--year',
      '2026',
      '--reference',
      '区委常委会',
      '--json',
    ]);
    expect(wrongRole.code).toBe(1);
    expect(json(wrongRole)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const early = await run('leader', [
      'decisions',
      'approve',
      '--year',
      '2026',
      '--reference',
      '区委常委会',
      '--json',
    ]);
    expect(early.code).toBe(1);
    expect(json(early)).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });

    expect(
      (await run('reviewer', ['decisions', 'check', '--year', '2026', '--opinion', '符合规定。', '--json']))
        .code,
    ).toBe(0);
    expect(
      (
        await run('leader', [
          'decisions',
          'approve',
          '--year',
          '2026',
          '--reference',
          '区委常委会2026年第2次会议',
          '--json',
        ])
      ).code,
    ).toBe(0);
    const published = await run('reviewer', [
      'decisions',
      'publish',
      '--year',
      '2026',
      '--channels',
      '政府网站,政府公报',
      '--json',
    ]);
    expect(published.code).toBe(0);
    expect(json(published)).toMatchObject({
      ok: true,
      value: { status: 'published', publication: { on: '2026-02-10', channels: ['政府网站', '政府公报'] } },
    });

    const noReason = await run('drafter', [
      'decisions',
      'update',
      '--year',
      '2026',
      '--item',
      itemId,
      '--planned',
      '2027-06',
      '--json',
    ]);
    expect(noReason.code).toBe(1);
    expect(json(noReason)).toMatchObject({
      ok: false,
      error: { message: '目录已经公布，调整事项应当说明理由。' },
    });
    const adjusted = await run('drafter', [
      'decisions',
      'update',
      '--year',
      '2026',
      '--item',
      itemId,
      '--planned',
      '2027-06',
      '--reason',
      '上级规划编制进度调整',
      '--json',
    ]);
    expect(adjusted.code).toBe(0);
    const view = json(adjusted);
    expect(view.ok && view.value.items[0]?.plannedCompletionLabel).toBe('2027年6月');

    const shown = await run('leader', ['decisions', 'show', '--year', '2026']);
    expect(shown.code).toBe(0);
    expect(shown.out.join('\n')).toContain(
      '调整：2026-02-10 调整事项“某区统计发展第十五个五年规划”，理由：上级规划编制进度调整',
    );

    const out = join(app.dataDir, '目录.docx');
    const exported = await run('leader', ['decisions', 'export', '--year', '2026', '--out', out, '--json']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out[0] ?? '')).toEqual({
      ok: true,
      value: { file: out, title: '某市某区统计局2026年度重大行政决策事项目录' },
    });
    const xml = await documentXml(await readFile(out));
    expect(xml).toContain('调整情况');
    expect(xml).toContain('上级规划编制进度调整');
  });
});
