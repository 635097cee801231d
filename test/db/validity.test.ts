import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import { insertLifecycleEvent } from '../../src/main/db/repos/lifecycleEvents';
import type { ApiResult, Channel, ChannelInput, ValidityPage } from '../../src/shared/api';
import type { ValidityView } from '../../src/shared/domain/cleanup/validityWatch';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import { openTestApp, type TestApp } from '../support/app';
import { DEFAULT_PASSWORD, expectError, expectOk } from '../support/session';
import { bringToIssued, workflowTeam, type WorkflowTeam } from '../support/workflowPath';

/**
 * The validity watch on two documents issued through the real services on 2026-03-02 and in force from
 * 2026-04-01: a 办法 with the general term (5 years: valid until 2031-03-31) and a 暂行规定 with the
 * provisional one (2 years: valid until 2028-03-31, evaluation from 2027-09-30). The clock then moves
 * across the boundaries; a decision is written as applying a cleanup campaign writes it.
 */

let app: TestApp;
let team: WorkflowTeam;
let general: { documentId: string; docNumber: string };
let provisional: { documentId: string; docNumber: string };
let draftOnly: string;

const at = (day: string) => app.clock.set(`${day}T02:00:00.000Z`);

async function view(name: ValidityView, extra: Partial<ChannelInput<'validity.list'>> = {}) {
  return expectOk(await app.call(team.drafter, 'validity.list', { view: name, ...extra }));
}
const ids = (page: ValidityPage) => page.items.map((row) => row.documentId);
async function summary() {
  return expectOk(await app.call(team.drafter, 'validity.summary', {}));
}
async function forDocument(documentId: string) {
  return expectOk(await app.call(team.drafter, 'validity.forDocument', { documentId }));
}

function decide(documentId: string, docNumber: string, event: 'repealed' | 'continued', decidedOn: string) {
  insertLifecycleEvent(app.deps.db, {
    id: `decision-${documentId}-${event}`,
    documentId,
    docNumber,
    event,
    decidedOn,
    reason: event === 'repealed' ? '上位法已修改，决定废止' : '经评估，继续有效',
    campaignId: null,
    recordedAt: app.clock.now().toISOString(),
    recordedBy: team.reviewer.accountId ?? '',
  });
}

beforeAll(async () => {
  app = openTestApp({});
  at('2026-03-02');
  team = await workflowTeam(app);
  const issue = { publishedOn: '2026-03-02', effectiveOn: '2026-04-01' } as const;
  general = await bringToIssued(app, team, { title: '某区统计调查项目管理办法', issue });
  provisional = await bringToIssued(app, team, { title: '某区统计数据报送暂行规定', issue });
  draftOnly = expectOk(
    await app.call(team.drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '某区统计执法检查办法',
      draftingUnit: '法规科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
}, 120_000);
afterAll(() => app.close());

describe('validity watch', () => {
  it('gives each issued document its term from the profile rule its title falls under', async () => {
    const shortTerm = await forDocument(provisional.documentId);
    expect(shortTerm.term).toEqual({ basis: '名称冠以“暂行”', defaultYears: 2, maxYears: 2 });
    expect(shortTerm.lifecycle).toMatchObject({
      state: 'pending',
      label: '尚未施行',
      validUntil: '2028-03-31',
      reminderFrom: '2027-09-30',
    });
    expect(shortTerm.docNumber).toBe(provisional.docNumber);
    expect(shortTerm.rule.reminder).toBe('有效期届满前6个月开始评估');
    expect(shortTerm.rule.basis).toContain('届满前6个月评估');
    const longTerm = await forDocument(general.documentId);
    expect(longTerm.term).toEqual({ basis: '一般规范性文件', defaultYears: 5, maxYears: 5 });
    expect(longTerm.lifecycle?.validUntil).toBe('2031-03-31');

    const notIssued = await forDocument(draftOnly);
    expect(notIssued.lifecycle).toBeNull();
    expect(notIssued.decisions).toEqual([]);
    expectError(await app.call(team.drafter, 'validity.forDocument', { documentId: 'nope' }), 'NOT_FOUND');
  });

  it('starts the reminder the profile’s months before expiry', async () => {
    at('2027-09-29');
    expect((await forDocument(provisional.documentId)).lifecycle?.state).toBe('in_force');
    expect(ids(await view('expiring'))).toEqual([]);
    expect((await summary()).expiring).toBe(0);
    // A wider window asked for explicitly reaches it already.
    const wider = await view('expiring', { expiringMonths: 7 });
    expect(wider.expiringMonths).toBe(7);
    expect(ids(wider)).toEqual([provisional.documentId]);

    at('2027-09-30');
    const expiring = await view('expiring');
    expect(expiring.expiringMonths).toBe(6);
    expect(expiring.items).toHaveLength(1);
    expect(expiring.items[0]).toMatchObject({
      documentId: provisional.documentId,
      title: '某区统计数据报送暂行规定',
      kindLabel: '行政规范性文件',
      docNumber: provisional.docNumber,
      publishedOn: '2026-03-02',
      effectiveOn: '2026-04-01',
      lifecycle: { state: 'expiring', label: '即将到期', since: '2027-09-30', daysLeft: 183 },
    });
    expect(await summary()).toMatchObject({ expiring: 1, expiredUndecided: 0 });
  });

  it('keeps a document in force through its last day and expired from the day after', async () => {
    at('2028-03-30');
    expect((await view('expiring')).items[0]?.lifecycle).toMatchObject({ state: 'expiring', daysLeft: 1 });

    at('2028-03-31');
    expect((await view('expiring')).items[0]?.lifecycle).toMatchObject({ state: 'expiring', daysLeft: 0 });
    expect(ids(await view('expired_undecided'))).toEqual([]);

    at('2028-04-01');
    expect(ids(await view('expiring'))).toEqual([]);
    const expired = await view('expired_undecided');
    expect(ids(expired)).toEqual([provisional.documentId]);
    expect(expired.items[0]?.lifecycle).toMatchObject({
      state: 'expired',
      label: '已失效（有效期届满）',
      since: '2028-04-01',
      daysLeft: -1,
      lastDecision: null,
    });
    expect(ids(await view('ended'))).toEqual([provisional.documentId]);
    expect(await summary()).toMatchObject({ expiring: 0, expiredUndecided: 1 });
    // The other document is still in force, far from its reminder.
    const all = await view('all');
    expect(all.items.map((row) => [row.documentId, row.lifecycle.state])).toEqual([
      [provisional.documentId, 'expired'],
      [general.documentId, 'in_force'],
    ]);
  });

  it('reads the decisions a campaign writes: 废止 ends validity, a late decision leaves nothing undecided', async () => {
    at('2028-06-01');
    decide(general.documentId, general.docNumber, 'repealed', '2028-05-10');
    decide(provisional.documentId, provisional.docNumber, 'continued', '2028-05-10');

    const repealed = await forDocument(general.documentId);
    expect(repealed.lifecycle).toMatchObject({
      state: 'repealed',
      label: '已废止',
      since: '2028-05-10',
      lastDecision: { label: '决定废止', decidedOn: '2028-05-10' },
    });
    expect(repealed.decisions).toMatchObject([
      {
        docNumber: general.docNumber,
        event: 'repealed',
        label: '决定废止',
        reason: '上位法已修改，决定废止',
        recordedByName: expect.stringMatching(/\S/) as unknown,
      },
    ]);

    // Decided after the evaluation started: no longer 到期未处理, still 已失效.
    expect(ids(await view('expired_undecided'))).toEqual([]);
    expect((await summary()).expiredUndecided).toBe(0);
    const ended = await view('ended');
    expect(ended.items.map((row) => [row.documentId, row.lifecycle.label])).toEqual([
      [general.documentId, '已废止'],
      [provisional.documentId, '已失效（有效期届满）'],
    ]);
    expect(ended.items[1]?.lifecycle.lastDecision).toEqual({
      label: '决定继续有效',
      decidedOn: '2028-05-10',
    });
  });

  it('shows the state in the registry and filters it by state', async () => {
    const page = expectOk(await app.call(team.drafter, 'documents.list', { pageSize: 50 }));
    const states = new Map(page.items.map((item) => [item.id, item.lifecycle?.label ?? null]));
    expect(states.get(general.documentId)).toBe('已废止');
    expect(states.get(provisional.documentId)).toBe('已失效（有效期届满）');
    expect(states.get(draftOnly)).toBeNull();

    const repealed = expectOk(await app.call(team.drafter, 'documents.list', { lifecycle: 'repealed' }));
    expect(repealed.total).toBe(1);
    expect(repealed.items.map((item) => item.id)).toEqual([general.documentId]);
    const inForce = expectOk(await app.call(team.drafter, 'documents.list', { lifecycle: 'in_force' }));
    expect(inForce.total).toBe(0);
  });
});

/** One CLI run as the drafter, in its own session like a new process; output captured. */
async function cli(args: string[]) {
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
    user: 'drafter',
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  const code = await runCommand(io, parseCommandLine(args).positionals, args);
  return { code, out, err };
}

describe('validity commands', () => {
  it('lists a view as one JSON line, by code or by its Chinese name', async () => {
    at('2027-10-08');
    const listed = await cli(['validity', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(listed.out).toHaveLength(1);
    const page = (JSON.parse(listed.out[0] ?? '') as { ok: true; value: ValidityPage }).value;
    expect(page.view).toBe('expiring');
    expect(page.items.map((row) => [row.documentId, row.lifecycle.daysLeft])).toEqual([
      [provisional.documentId, 175],
    ]);

    const all = await cli(['validity', 'list', '--view', '全部', '--json']);
    expect((JSON.parse(all.out[0] ?? '') as { value: ValidityPage }).value.total).toBe(2);

    const wide = await cli(['validity', 'list', '--expiring-months', '48', '--json']);
    expect(ids((JSON.parse(wide.out[0] ?? '') as { value: ValidityPage }).value)).toEqual([
      provisional.documentId,
      general.documentId,
    ]);

    const human = await cli(['validity', 'list']);
    expect(human.code).toBe(0);
    expect(human.out.join('\n')).toContain('即将到期');
    expect(human.out.join('\n')).toContain('剩余 175 天');
  });

  it('shows one document, and answers usage errors with one JSON line and exit code 2', async () => {
    const shown = await cli(['validity', 'show', '--document', provisional.documentId, '--json']);
    expect(shown.code).toBe(0);
    const value = (JSON.parse(shown.out[0] ?? '') as { value: { lifecycle: { validUntil: string } } }).value;
    expect(value.lifecycle.validUntil).toBe('2028-03-31');

    for (const args of [
      ['validity', 'list', '--view', 'soon', '--json'],
      ['validity', 'list', '--expiring-months', 'six', '--json'],
      ['validity', 'show', '--json'],
      ['validity', 'purge', '--json'],
    ]) {
      const refused = await cli(args);
      expect(refused.code).toBe(2);
      expect(refused.out).toHaveLength(1);
      expect(JSON.parse(refused.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const missing = await cli(['validity', 'show', '--document', 'nope', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
