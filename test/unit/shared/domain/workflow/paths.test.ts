import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../../src/shared/domain/documentKinds';
import type { DocumentStatus } from '../../../../../src/shared/domain/documentStatus';
import {
  type WorkflowEvent,
  type WorkflowEventType,
  applyEffects,
  transition,
  workflowMachine,
} from '../../../../../src/shared/domain/workflow';
import { LEGAL_OPINION, type Point, env, happyPath, pointAt, walk } from './fixtures';

/** (state, event) pairs that a test below took successfully, per kind. */
const taken = new Map<DocumentKind, Set<string>>();

function step(kind: DocumentKind, point: Point, event: WorkflowEvent) {
  const machine = workflowMachine(kind, env);
  const result = transition(machine, point.state, event, point.context);
  if (!result.ok) throw new Error(`${kind} ${point.state} ${event.type}: ${result.reason}`);
  expect(result.timeline).toMatchObject({
    from: point.state,
    to: result.state,
    title: machine.eventLabels[event.type],
  });
  expect(result.timeline.description.length).toBeGreaterThan(4);
  const pairs = taken.get(kind) ?? new Set<string>();
  pairs.add(`${point.state}:${event.type}`);
  taken.set(kind, pairs);
  return result;
}

function runHappyPath(kind: DocumentKind) {
  const machine = workflowMachine(kind, env);
  const points = walk(machine, happyPath(kind));
  happyPath(kind).forEach((event, index) => step(kind, points[index]!, event));
  return points.map((point) => point.state);
}

const FULL_PATH: DocumentStatus[] = [
  'drafting',
  'submitted',
  'in_review',
  'reviewed',
  'deliberated',
  'issued',
];

describe('happy paths', () => {
  it('行政规范性文件: 起草 → 送审 → 审核中 → 审核完成 → 集体审议 → 印发 → 已备案 → 有效', () => {
    expect(runHappyPath('admin_normative')).toEqual([
      'drafting',
      'drafting',
      ...FULL_PATH,
      'issued',
      'filed',
      'in_force',
    ]);
  });

  it('党内规范性文件: the same path through 前置审核 and 备案', () => {
    expect(runHappyPath('party_normative')).toEqual([...FULL_PATH, 'issued', 'filed', 'in_force']);
  });

  it('重大行政决策: procedures while drafting, no filing in the national profile', () => {
    expect(runHappyPath('major_decision')).toEqual([
      'drafting',
      'drafting',
      'drafting',
      'drafting',
      'submitted',
      'in_review',
      'in_review', // 法律顾问意见 recorded
      'reviewed',
      'deliberated',
      'issued',
      'in_force',
    ]);
  });

  it('合同 and 政府信息公开: 送审 → 审核中 → 审核完成', () => {
    expect(runHappyPath('contract')).toEqual(['drafting', 'submitted', 'in_review', 'reviewed']);
    expect(runHappyPath('disclosure')).toEqual(['drafting', 'submitted', 'in_review', 'reviewed']);
  });
});

describe('timeline', () => {
  it('describes every step of the 行政规范性文件 path in Chinese', () => {
    const machine = workflowMachine('admin_normative', env);
    const points = walk(machine, happyPath('admin_normative'));
    const lines = happyPath('admin_normative').map((event, index) => {
      const result = step('admin_normative', points[index]!, event);
      return `${result.timeline.kind}｜${result.timeline.title}｜${result.timeline.description}`;
    });
    expect(lines).toEqual([
      'workflow_step｜登记起草程序｜2026-04-09 完成评估论证。',
      'workflow_step｜登记起草程序｜2026-04-14 完成公开征求意见，征求意见期间 2026-04-01 至 2026-04-14（一般文件一般不少于7个工作日）。',
      'status_changed｜送审｜提交合法性审核，送审版本：送审稿。',
      'status_changed｜受理并开始审核｜材料齐备（2026-04-30），开始合法性审核；审核期限 15 个工作日，至 2026-05-25。',
      'status_changed｜出具合法性审核意见｜作出合法性审核结论：合法。',
      'status_changed｜记录集体审议｜2026-05-20 2026年第12次局务会议（局务会议）集体审议，出席：张局长、李副局长；结果：审议通过。',
      'status_changed｜印发｜印发，发文字号 某统字〔2026〕3号；登记号 某区规〔2026〕001；2026-05-25 在政府网站公布，2026-07-01 起施行；有效期至 2031-06-30；应于 2026-06-24 前报送备案。',
      'workflow_step｜报送备案｜报送备案（本级人民政府），报送期限至 2026-06-24。',
      'status_changed｜登记备案结果｜备案审查结果：予以备案登记。',
      'status_changed｜施行｜自 2026-07-01 起施行。',
    ]);
  });

  it('carries the holiday-data warning into the timeline when a deadline reaches 2027', () => {
    const machine = workflowMachine('admin_normative', env);
    const submitted = walk(machine, [{ type: 'SUBMIT', on: '2026-12-10', versionId: 'v1' }]).at(-1)!;
    const result = step('admin_normative', submitted, { type: 'START_REVIEW', on: '2026-12-20' });
    expect(result.effects[0]).toMatchObject({ type: 'review_started', warnings: [{ year: 2027 }] });
    expect(result.timeline.description).toContain('2027 年的节假日安排尚未导入');
  });
});

describe('side paths', () => {
  it.each(DOCUMENT_KINDS)(
    '%s: returned at 送审, revised and re-submitted with a fresh review round',
    (kind) => {
      const machine = workflowMachine(kind, env);
      const submitted = pointAt(machine, 'submitted');
      const returned = step(kind, submitted, { type: 'RETURN', on: '2026-04-29', reason: '缺少起草说明' });
      expect(returned.state).toBe('returned');
      const back = step(kind, { ...submitted, state: 'returned' }, { type: 'REVISE', on: '2026-04-30' });
      expect(back.state).toBe('drafting');
      expect(back.timeline.description).toBe('回到起草修改，修改后须重新送审。');
    },
  );

  it.each(DOCUMENT_KINDS)('%s: a returning conclusion sends the document back to 退回补正', (kind) => {
    const point = pointAt(workflowMachine(kind, env), 'in_review');
    const result = step(kind, point, {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-06',
      conclusion: 'RETURN_INCOMPLETE_MATERIALS',
    });
    expect(result.state).toBe('returned');
  });

  it.each(['admin_normative', 'major_decision', 'contract', 'disclosure'] as const)(
    '%s: 修改后提交, the revision confirmed by the reviewer',
    (kind) => {
      const machine = workflowMachine(kind, env);
      const changes = walk(
        machine,
        [
          {
            type: 'CONCLUDE_REVIEW',
            on: '2026-05-20',
            conclusion: 'LAWFUL_WITH_CHANGES',
          },
        ],
        pointAt(machine, 'in_review'),
      ).at(-1)!;
      const confirmed = step(kind, changes, {
        type: 'CONFIRM_REVISION',
        on: '2026-05-21',
        versionId: 'v2',
        versionLabel: '第 2 版（修改稿）',
        note: '已删除第五条罚款规定',
      });
      expect(confirmed.state).toBe('reviewed');
      expect(confirmed.timeline.description).toBe(
        '确认修改稿（第 2 版（修改稿））已按审核意见修改。说明：已删除第五条罚款规定',
      );
    },
  );

  it.each(DOCUMENT_KINDS)('%s: revising after 审核完成', (kind) => {
    const point = pointAt(workflowMachine(kind, env), 'reviewed');
    expect(step(kind, point, { type: 'REVISE', on: '2026-05-16', note: '按审核意见修改' }).state).toBe(
      'drafting',
    );
  });

  it.each(['admin_normative', 'party_normative', 'major_decision'] as const)(
    '%s: revising after 集体审议; reopening (清理决定修改) from every issued state, but no step ends it by hand',
    (kind) => {
      const machine = workflowMachine(kind, env);
      expect(step(kind, pointAt(machine, 'deliberated'), { type: 'REVISE', on: '2026-05-21' }).state).toBe(
        'drafting',
      );
      // 失效 / 废止 are computed from the 有效期 and the cleanup decisions, never typed as a step.
      const issuedStates: DocumentStatus[] = env.profile.filing[kind].required
        ? ['issued', 'filed', 'in_force']
        : ['issued', 'in_force'];
      for (const state of issuedStates) {
        const point = pointAt(machine, state);
        const types = Object.keys(machine.states[state]?.on ?? {});
        expect(types).not.toContain('EXPIRE');
        expect(types).not.toContain('REPEAL');
        const typed = { type: 'REPEAL', on: '2027-01-10', reason: '上位法废止' } as unknown as WorkflowEvent;
        expect(transition(machine, point.state, typed, point.context).ok).toBe(false);
        expect(
          step(kind, point, { type: 'OPEN_REVISION', on: '2027-01-10', reason: '清理决定修改' }).state,
        ).toBe('drafting');
      }
    },
  );

  it.each(['admin_normative', 'party_normative', 'major_decision'] as const)(
    '%s: 暂缓审议, then a later meeting decides',
    (kind) => {
      const machine = workflowMachine(kind, env);
      const reviewed = pointAt(machine, 'reviewed');
      const meeting = happyPath(kind).find((event) => event.type === 'RECORD_DELIBERATION')!;
      const deferred = step(kind, reviewed, { ...meeting, decision: 'deferred' });
      expect(deferred.state).toBe('deliberated');
      const point = { state: deferred.state, context: applyEffects(reviewed.context, deferred.effects) };
      const decided = step(kind, point, { ...meeting, on: '2026-05-27' });
      expect(decided.timeline.kind).toBe('workflow_step');
      expect(applyEffects(point.context, decided.effects).deliberation?.decision).toBe('approved');
    },
  );

  it.each(['admin_normative', 'party_normative'] as const)(
    '%s: a filing sent back for correction is re-submitted and registered',
    (kind) => {
      const machine = workflowMachine(kind, env);
      const issued = pointAt(machine, 'issued');
      const outcome = kind === 'admin_normative' ? 'DEFERRED' : 'PARTY_NOT_PASSED';
      const filed = kind === 'admin_normative' ? 'REGISTERED' : 'PARTY_REMINDER';
      const points = walk(
        machine,
        [
          { type: 'SUBMIT_FILING', on: '2026-06-05', recipients: ['本级人民政府'] },
          { type: 'RECORD_FILING_RESULT', on: '2026-06-10', outcome },
        ],
        issued,
      );
      const corrected = points.at(-1)!;
      expect(corrected.state).toBe('issued');
      expect(corrected.context.filing?.status).toBe('correction');
      const resubmitted = step(kind, corrected, {
        type: 'SUBMIT_FILING',
        on: '2026-06-15',
        recipients: ['本级人民政府'],
      });
      expect(resubmitted.timeline.kind).toBe('workflow_step');
      const afterResubmit = walk(
        machine,
        [{ type: 'SUBMIT_FILING', on: '2026-06-15', recipients: ['本级人民政府'] }],
        corrected,
      ).at(-1)!;
      expect(
        step(kind, afterResubmit, { type: 'RECORD_FILING_RESULT', on: '2026-06-30', outcome: filed }).state,
      ).toBe('filed');
    },
  );
});

describe('法律顾问意见 and 施行 before the filing result', () => {
  it('major_decision: the opinion may be recorded during the review, and a 不同意 one overridden with the risk stated', () => {
    const machine = workflowMachine('major_decision', env);
    const inReview = pointAt(machine, 'in_review');
    const opinion = {
      ...LEGAL_OPINION,
      on: '2026-05-08',
      givenOn: '2026-05-08',
      opinion: 'disagree',
    } as const;
    const recorded = step('major_decision', inReview, opinion);
    expect(recorded.state).toBe('in_review');
    const disagreed = {
      state: 'in_review' as const,
      context: applyEffects(inReview.context, recorded.effects),
    };
    const risk = {
      type: 'ACCEPT_LEGAL_RISK',
      on: '2026-05-09',
      reason: '探索性改革事项',
      legalRisk: '缺乏上位法依据',
    } as const;
    expect(step('major_decision', disagreed, risk).state).toBe('in_review');
    const reviewed = pointAt(machine, 'reviewed');
    const again = step('major_decision', reviewed, { ...opinion, on: '2026-05-16' });
    expect(again.state).toBe('reviewed');
    const reviewedDisagreed = {
      state: 'reviewed' as const,
      context: applyEffects(reviewed.context, again.effects),
    };
    expect(step('major_decision', reviewedDisagreed, { ...risk, on: '2026-05-17' }).state).toBe('reviewed');
  });

  it.each(['admin_normative', 'party_normative'] as const)(
    '%s: in force on the 施行日期 before the filing is done; the filing steps then keep it in force',
    (kind) => {
      const machine = workflowMachine(kind, env);
      const issued = pointAt(machine, 'issued');
      const inForce = step(kind, issued, { type: 'ENTER_INTO_FORCE', on: '2026-07-01' });
      expect(inForce.state).toBe('in_force');
      expect(inForce.timeline.description).toContain('备案尚未办结');
      let point = { state: inForce.state, context: applyEffects(issued.context, inForce.effects) };
      const sent = step(kind, point, {
        type: 'SUBMIT_FILING',
        on: '2026-07-02',
        recipients: ['本级人民政府'],
      });
      expect(sent.state).toBe('in_force');
      point = { state: sent.state, context: applyEffects(point.context, sent.effects) };
      const outcome = kind === 'admin_normative' ? 'REGISTERED' : 'PARTY_PASSED';
      const registered = step(kind, point, { type: 'RECORD_FILING_RESULT', on: '2026-07-10', outcome });
      expect(registered.state).toBe('in_force');
      expect(applyEffects(point.context, registered.effects).filing?.status).toBe('filed');
    },
  );
});

describe('coverage of the machines', () => {
  it('took every transition of every kind at least once', () => {
    for (const kind of DOCUMENT_KINDS) {
      const machine = workflowMachine(kind, env);
      const all = Object.entries(machine.states).flatMap(([state, spec]) =>
        (Object.keys(spec.on) as WorkflowEventType[]).map((type) => `${state}:${type}`),
      );
      const missing = all.filter((pair) => !taken.get(kind)?.has(pair));
      expect({ kind, missing }).toEqual({ kind, missing: [] });
    }
  });
});
