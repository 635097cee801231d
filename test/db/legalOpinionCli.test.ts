import { runCli } from '../support/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/app';
import { bringToReviewed, workflowTeam } from '../support/workflowPath';

/**
 * `workflow step` for a 重大行政决策's own steps over the real dispatch: the meeting refused without the
 * 法律顾问's opinion, the opinion and the stated legal risk recorded, each answering one JSON line.
 */

let app: TestApp;
let documentId: string;

beforeAll(async () => {
  app = openTestApp();
  app.clock.set('2026-05-12T02:00:00.000Z');
  const team = await workflowTeam(app);
  ({ documentId } = await bringToReviewed(app, team, { kind: 'major_decision', legalOpinion: false }));
});
afterAll(() => app.close());

async function run(user: string, args: string[]) {
  const { code, out } = await runCli(app, user, [...args, '--json']);
  expect(out).toHaveLength(1);
  return { code, answer: JSON.parse(out[0] ?? '') as Record<string, unknown> };
}

const meeting = [
  ...['workflow', 'step', 'RECORD_DELIBERATION', '--document'],
  ...['--meeting-type', '常务会议', '--meeting', '区政府第8次常务会议', '--attendees', '区长,副区长'],
  ...['--decision', 'approved'],
];
const withDocument = (args: string[]) => {
  const copy = [...args];
  copy.splice(copy.indexOf('--document') + 1, 0, documentId);
  return copy;
};

describe('cli: 法律顾问意见 and 明示法律风险', () => {
  it('refuses the meeting without the opinion, records a 不同意 opinion and the legal risk, then holds it', async () => {
    const refused = await run('leader', withDocument(meeting));
    expect(refused.code).toBe(1);
    expect(refused.answer).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(JSON.stringify(refused.answer)).toContain('重大行政决策程序暂行条例第二十八条');

    const opinion = await run('reviewer', [
      ...['workflow', 'step', 'RECORD_LEGAL_OPINION', '--document', documentId],
      ...['--adviser-role', 'public_lawyer', '--adviser', '吴敏', '--given-on', '2026-05-12'],
      ...['--opinion', 'disagree', '--text', '草案要求企业报送统计调查制度以外的资料，缺乏法律依据。'],
    ]);
    expect(opinion.code).toBe(0);
    expect(opinion.answer).toMatchObject({
      ok: true,
      value: { state: 'reviewed', context: { legalOpinion: { adviserName: '吴敏', opinion: 'disagree' } } },
    });
    const stillRefused = await run('leader', withDocument(meeting));
    expect(JSON.stringify(stillRefused.answer)).toContain('不得提交集体讨论决定');

    const missingRisk = await run('reviewer', [
      ...['workflow', 'step', 'ACCEPT_LEGAL_RISK', '--document', documentId, '--reason', '探索性改革事项'],
    ]);
    expect(missingRisk.code).not.toBe(0);
    expect(JSON.stringify(missingRisk.answer)).toContain('请填写法律风险');
    const accepted = await run('reviewer', [
      ...['workflow', 'step', 'ACCEPT_LEGAL_RISK', '--document', documentId, '--reason', '探索性改革事项'],
      ...['--legal-risk', '可能被认定为增加企业义务'],
    ]);
    expect(accepted.answer).toMatchObject({
      ok: true,
      value: { context: { legalOpinion: { riskAccepted: { legalRisk: '可能被认定为增加企业义务' } } } },
    });
    const held = await run('leader', withDocument(meeting));
    expect(held.code).toBe(0);
    expect(held.answer).toMatchObject({ ok: true, value: { state: 'deliberated' } });
  });
});
