import { runCli } from '../support/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/app';
import { expectOk } from '../support/session';
import { workflowTeam, type WorkflowTeam } from '../support/workflowPath';

let app: TestApp;
let team: WorkflowTeam;
let documentId: string;

/** One CLI run as `user`, in its own session like a new process; output captured. */
const run = (user: string, args: string[]) => runCli(app, user, args);

function json(result: { out: string[] }) {
  expect(result.out).toHaveLength(1);
  return JSON.parse(result.out[0] ?? '') as {
    ok: boolean;
    value?: { clock?: { dueOn: string; stateLabel: string }; extension?: { workingDays: number } };
    error?: { code: string; message: string };
  };
}

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-05-20T02:00:00.000Z');
  team = await workflowTeam(app);
  documentId = expectOk(
    await app.call(team.drafter, 'documents.create', {
      kind: 'disclosure',
      title: '关于李某申请公开统计调查项目审批情况的答复',
      draftingUnit: '办公室',
      issuingAuthority: '某区统计局',
    }),
  ).id;
}, 60_000);
afterAll(() => app.close());

describe('disclosure commands', () => {
  it('answers usage errors as one JSON line with exit code 2', async () => {
    const missing = await run('drafter', ['disclosure', 'receive', '--document', documentId, '--json']);
    expect(missing.code).toBe(2);
    expect(json(missing)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badDays = await run('leader', [
      'disclosure',
      'extend',
      '--document',
      documentId,
      '--days',
      'x',
      '--reason',
      '理由',
      '--notified-on',
      '2026-05-20',
      '--json',
    ]);
    expect(badDays.code).toBe(2);
    expect(json(badDays).error?.message).toContain('--days');
  });

  it('records the receipt, a consultation and a leader’s extension, and shows the clock', async () => {
    const received = await run('drafter', [
      'disclosure',
      'receive',
      '--document',
      documentId,
      '--on',
      '2026-04-30',
      '--applicant',
      '李某',
      '--json',
    ]);
    expect(received.code).toBe(0);
    expect(json(received).value?.clock?.dueOn).toBe('2026-06-01');
    const consulted = await run('reviewer', [
      'disclosure',
      'consult',
      '--document',
      documentId,
      '--third-party',
      '某制造有限公司',
      '--from',
      '2026-05-11',
      '--to',
      '2026-05-15',
      '--json',
    ]);
    expect(json(consulted).value?.clock?.dueOn).toBe('2026-06-08');
    const forbidden = await run('reviewer', [
      'disclosure',
      'extend',
      '--document',
      documentId,
      '--days',
      '20',
      '--reason',
      '需调取档案',
      '--notified-on',
      '2026-05-20',
      '--json',
    ]);
    expect(forbidden.code).not.toBe(0);
    expect(json(forbidden).error?.code).toBe('FORBIDDEN');
    const extended = await run('leader', [
      'disclosure',
      'extend',
      '--document',
      documentId,
      '--days',
      '20',
      '--reason',
      '需调取档案',
      '--notified-on',
      '2026-05-20',
      '--json',
    ]);
    expect(extended.code).toBe(0);
    expect(json(extended).value?.extension?.workingDays).toBe(20);
    const shown = await run('reviewer', ['disclosure', 'show', '--document', documentId]);
    expect(shown.out.join('\n')).toContain('延期：20 个工作日');
    expect(shown.out.join('\n')).toContain('某制造有限公司');
    const clocks = await run('reviewer', ['disclosure', 'clocks']);
    expect(clocks.out.join('\n')).toContain('关于李某申请公开统计调查项目审批情况的答复');
  });
});
