import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import type { ApiResult, Channel, ChannelInput, LawChangeImpact } from '../../src/shared/api';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import { openTestApp, rowCount, type TestApp } from '../support/app';
import { ADMIN, DEFAULT_PASSWORD } from '../support/session';
import { bringToIssued, workflowTeam } from '../support/workflowPath';

let app: TestApp;
let documentId: string;

/** One CLI run as the reviewer, in its own session like a new process; output captured. */
async function run(args: string[], user = 'reviewer') {
  const session: Session = { accountId: null };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    json: args.includes('--json'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: () => Promise.resolve(user === ADMIN.username ? ADMIN.password : DEFAULT_PASSWORD),
    user,
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  const code = await runCommand(io, parseCommandLine(args).positionals, args);
  return { code, out, err };
}

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-03-02T02:00:00.000Z');
  const team = await workflowTeam(app);
  // The default text cites 《中华人民共和国统计法》 in its first article.
  documentId = (await bringToIssued(app, team, { title: '某区统计调查项目管理办法' })).documentId;
}, 120_000);
afterAll(() => app.close());

describe('laws mark', () => {
  it('records the change and prints the documents it triggers as one JSON line', async () => {
    const marked = await run([
      'laws',
      'mark',
      '--title',
      '《统计法》',
      '--status',
      'amended',
      '--date',
      '2026-04-01',
      '--note',
      '修正',
      '--json',
    ]);
    expect(marked.code).toBe(0);
    expect(marked.out).toHaveLength(1);
    const result = JSON.parse(marked.out[0] ?? '') as { ok: true; value: LawChangeImpact };
    expect(result.value.change).toMatchObject({
      title: '中华人民共和国统计法',
      change: 'amended',
      documentCount: 1,
    });
    expect(result.value.documents.map((document) => document.documentId)).toEqual([documentId]);
    expect(result.value.documents[0]?.citations[0]?.sentence).toContain('根据《中华人民共和国统计法》');

    const listed = await run(['laws', 'changes', '--json']);
    const changes = (JSON.parse(listed.out[0] ?? '') as { value: { id: string }[] }).value;
    expect(changes.map((change) => change.id)).toEqual([result.value.change.id]);
    const impact = await run(['laws', 'impact', '--change', result.value.change.id]);
    expect(impact.code).toBe(0);
    expect(impact.out.join('\n')).toContain(
      '第一条：第一条　为规范统计调查项目管理，根据《中华人民共和国统计法》',
    );
  });

  it('answers usage errors and refusals with one JSON line and their exit codes', async () => {
    const before = rowCount(app, 'law_changes');
    for (const args of [
      ['laws', 'mark', '--title', '《统计法》', '--status', 'moved', '--date', '2026-04-01', '--json'],
      ['laws', 'mark', '--title', '《统计法》', '--status', 'amended', '--date', '2026-13-01', '--json'],
      ['laws', 'mark', '--status', 'amended', '--date', '2026-04-01', '--json'],
    ]) {
      const refused = await run(args);
      expect(refused.code).toBe(2);
      expect(refused.out).toHaveLength(1);
      expect(JSON.parse(refused.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const unknown = await run([
      'laws',
      'mark',
      '--title',
      '《某某不存在条例》',
      '--status',
      'repealed',
      '--date',
      '2026-04-01',
      '--json',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toHaveLength(1);
    expect(JSON.parse(unknown.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'LAW_UNKNOWN' } });
    expect(rowCount(app, 'law_changes')).toBe(before);
  });
});

describe('laws import-changes and citations reindex', () => {
  it('imports a file of changes, all or nothing', async () => {
    const dir = app.deps.dataDir;
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify([{ title: '统计法', change: 'repealed' }]));
    const refused = await run(['laws', 'import-changes', '--file', bad, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_FILE' } });
    const good = join(dir, 'good.json');
    await writeFile(
      good,
      JSON.stringify([{ title: '统计法', change: 'renumbered', changedOn: '2026-05-01' }]),
    );
    const imported = await run(['laws', 'import-changes', '--file', good, '--json']);
    expect(imported.code).toBe(0);
    expect(rowCount(app, 'law_changes')).toBe(2);
  });

  it('rebuilds the index with progress on stderr (administrators only)', async () => {
    const denied = await run(['citations', 'reindex', '--json']);
    expect(denied.code).toBe(1);
    expect(JSON.parse(denied.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rebuilt = await run(['citations', 'reindex', '--json'], ADMIN.username);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.out.map((line) => JSON.parse(line) as unknown)).toEqual([
      { ok: true, value: { indexed: 1, citations: 1 } },
    ]);
    expect(rebuilt.err).toEqual(['已索引 1/1 个印发版本']);
    expect(rowCount(app, 'issued_citations')).toBe(1);
  });
});
