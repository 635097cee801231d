import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import type { ApiResult, Channel, ChannelInput } from '../../src/shared/api';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import { openTestApp, type TestApp } from '../support/app';
import { DEFAULT_PASSWORD } from '../support/session';
import { bringToReviewed, uploadMaterial, workflowTeam } from '../support/workflowPath';

/** `fair-competition show|answer|record` and RECORD_PROCEDURE through `workflow step`, one JSON line each. */

let app: TestApp;

beforeEach(() => {
  app = openTestApp();
  app.clock.set('2026-05-12T02:00:00.000Z');
});
afterEach(() => app.close());

async function run(args: string[], json = true) {
  const session: Session = { accountId: null };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    json,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: () => Promise.resolve(DEFAULT_PASSWORD),
    user: 'drafter',
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  const code = await runCommand(io, parseCommandLine(args).positionals, args);
  return { code, out, err, value: json && out[0] ? (JSON.parse(out[0]) as Record<string, unknown>) : null };
}

describe('cli fair-competition', () => {
  it('answers, records the conclusion and shows it; usage errors answer JSON with exit code 2', async () => {
    const team = await workflowTeam(app);
    const { documentId } = await bringToReviewed(app, team);
    const answered = await run([
      'fair-competition',
      'answer',
      '--document',
      documentId,
      '--touches-business',
      '是',
      '--json',
    ]);
    expect(answered.code).toBe(0);
    expect(answered.out).toHaveLength(1);
    expect(answered.value).toMatchObject({
      ok: true,
      value: { touchesBusiness: true, answer: { touchesBusiness: true } },
    });

    const bad = await run([
      'fair-competition',
      'record',
      '--document',
      documentId,
      '--conclusion',
      'maybe',
      '--json',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.value).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const attachment = await uploadMaterial(app, team.drafter, documentId, 'fair_competition');
    const recorded = await run([
      ...[
        'fair-competition',
        'record',
        '--document',
        documentId,
        '--conclusion',
        '适用例外规定（公平竞争审查条例第十二条）',
      ],
      ...[
        '--reviewed-on',
        '2026-05-11',
        '--explanation',
        '为保障基本民生，实施期限一年',
        '--attachment',
        attachment,
        '--json',
      ],
    ]);
    expect(recorded.code).toBe(0);
    expect(recorded.value).toMatchObject({
      ok: true,
      value: {
        reviews: [
          { conclusion: 'exception', reviewedOn: '2026-05-11', attachmentName: '公平竞争审查结论.txt' },
        ],
      },
    });

    const shown = await run(['fair-competition', 'show', '--document', documentId], false);
    expect(shown.out[0]).toContain('涉及市场主体经济活动？是');
    expect(shown.out[0]).toContain(
      '审查结论：适用例外规定（公平竞争审查条例第十二条）（2026-05-11），说明：为保障基本民生，实施期限一年',
    );
  });

  it('records 公开征求意见 with its window through workflow step, and names the minimum when it is too short', async () => {
    const team = await workflowTeam(app);
    const { documentId } = await bringToReviewed(app, team, { touchesBusiness: true });
    expect(documentId).not.toBe('');
    // A new document still in drafting, answered 是: the 30-day minimum applies.
    const created = await run([
      ...['documents', 'create', '--kind', 'admin_normative', '--title', '某区统计调查补贴办法'],
      ...['--unit', '法制科', '--authority', '某区统计局', '--json'],
    ]);
    const draftId = (created.value?.value as { id: string }).id;
    await run(['fair-competition', 'answer', '--document', draftId, '--touches-business', 'yes', '--json']);
    const window = [
      '--procedure',
      'public_consultation',
      '--comment-from',
      '2026-04-20',
      '--comment-to',
      '2026-05-08',
    ];
    const short = await run([
      'workflow',
      'step',
      'RECORD_PROCEDURE',
      '--document',
      draftId,
      ...window,
      '--json',
    ]);
    expect(short.code).not.toBe(0);
    expect(short.value).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect((short.value?.error as { message: string }).message).toContain(
      '与市场主体生产经营活动密切相关的文件一般不少于30日',
    );
    const explained = await run([
      ...['workflow', 'step', 'RECORD_PROCEDURE', '--document', draftId, ...window],
      ...['--shortened-reason', '已召开企业座谈会', '--json'],
    ]);
    expect(explained.code).toBe(0);
    expect(explained.value).toMatchObject({
      ok: true,
      value: { context: { procedures: { public_consultation: { shortenedReason: '已召开企业座谈会' } } } },
    });
  });
});
