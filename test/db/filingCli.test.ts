import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import type { ApiResult, Channel, ChannelInput } from '../../src/shared/api';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import { openTestApp, type TestApp } from '../support/app';
import { DEFAULT_PASSWORD } from '../support/session';
import { bringToFilingReady, buildPackage, filingTeam } from '../support/workflowPath';

let app: TestApp;
let documentId: string;
let packageId: string;

/** One CLI run as the reviewer, in its own session like a new process; output captured. */
async function run(args: string[]) {
  const session: Session = { accountId: null };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    json: args.includes('--json'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: () => Promise.resolve(DEFAULT_PASSWORD),
    user: 'reviewer',
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  const code = await runCommand(io, parseCommandLine(args).positionals, args);
  return { code, out, err };
}

beforeAll(async () => {
  app = openTestApp({});
  // Issued on 2026-09-07 and packaged for two organs on 09-10; the commands run on 09-18.
  app.clock.set('2026-09-07T02:00:00.000Z');
  const team = await filingTeam(app);
  const issued = await bringToFilingReady(app, team, { title: '某区统计数据质量管理办法' });
  documentId = issued.documentId;
  app.clock.set('2026-09-10T02:00:00.000Z');
  packageId = (await buildPackage(app, team.reviewer, documentId, ['上一级人民政府', '本级人大常委会'])).id;
  app.clock.set('2026-09-18T02:00:00.000Z');
}, 120_000);
afterAll(() => app.close());

describe('filing commands', () => {
  it('lists the register as one JSON line, by state in Chinese or by code', async () => {
    const unsent = await run(['filing', 'list', '--state', '待报送', '--json']);
    expect(unsent.code).toBe(0);
    expect(unsent.out).toHaveLength(1);
    const page = JSON.parse(unsent.out[0] ?? '') as {
      ok: boolean;
      value: { total: number; items: { documentId: string; state: string; clock: { dueOn: string } }[] };
    };
    expect(page.ok).toBe(true);
    expect(page.value.items.map((row) => [row.documentId, row.state, row.clock.dueOn])).toEqual([
      [documentId, 'to_submit', '2026-10-08'],
    ]);

    const sent = await run([
      'filing',
      'submit',
      '--document',
      documentId,
      '--package',
      packageId,
      '--method',
      'platform',
      '--json',
    ]);
    expect(sent.code).toBe(0);
    expect((JSON.parse(sent.out[0] ?? '') as { value: { state: string } }).value.state).toBe('awaiting');

    const awaiting = await run(['filing', 'list', '--state', 'awaiting', '--json']);
    const rows = (JSON.parse(awaiting.out[0] ?? '') as { value: { items: { recipient: string }[] } }).value
      .items;
    expect(rows.map((row) => row.recipient).sort()).toEqual(['上一级人民政府', '本级人大常委会']);
  });

  it('prints the register for a person without --json', async () => {
    const { code, out } = await run(['filing', 'list']);
    expect(code).toBe(0);
    // The first 发文字号 the agency gives in 2026.
    expect(out[0]).toContain('已报送待登记\t某区统计数据质量管理办法\t某统〔2026〕1号');
    expect(out[0]).toContain('共 2 条');
  });

  it('answers a usage error and a refused outcome with one JSON line and their exit codes', async () => {
    const usage = await run(['filing', 'list', '--state', '已归档', '--json']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const submissionId = app.deps.db
      .prepare('SELECT id FROM filing_submissions LIMIT 1')
      .pluck()
      .get() as string;
    const refused = await run([
      'filing',
      'outcome',
      '--submission',
      submissionId,
      '--outcome',
      'PARTY_REMINDER',
      '--json',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.out).toHaveLength(1);
    expect(JSON.parse(refused.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
