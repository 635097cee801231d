import { describe, expect, it } from 'vitest';
import { procedureChecklist, workflowMachine } from '../../../../../src/shared/domain/workflow';
import { env, materials, pointAt, walk } from './fixtures';

/** The five procedures of a 重大行政决策 on the document page, with the materials each one produces. */
const machine = workflowMachine('major_decision', env);

describe('procedureChecklist', () => {
  it('shows each procedure pending with the materials it will need, before anything is recorded', () => {
    const drafting = pointAt(machine, 'drafting');
    const entries = procedureChecklist(
      env.profile,
      drafting.context,
      materials('major_decision', ['public_participation']),
    );
    expect(entries.map((entry) => [entry.label, entry.state])).toEqual([
      ['公众参与', 'pending'],
      ['专家论证', 'pending'],
      ['风险评估', 'pending'],
      ['合法性审查', 'pending'],
      ['集体讨论决定', 'pending'],
    ]);
    expect(entries[0]?.materials).toEqual([{ label: '征求意见情况及采纳说明', present: false }]);
    expect(entries[1]?.materials).toEqual([{ label: '专家论证意见（署名、盖章）', present: true }]);
    expect(entries[3]?.materials).toEqual([
      { label: '合法性审查意见', present: false },
      { label: '法律顾问、公职律师法律意见', present: false },
    ]);
    expect(entries[4]?.basis).toBe('重大行政决策程序暂行条例第三十条');
  });

  it('after the meeting: done on their days, 风险评估 not applicable with its reason, the opinion named', () => {
    const deliberated = pointAt(machine, 'deliberated');
    const entries = procedureChecklist(env.profile, deliberated.context, materials('major_decision'));
    expect(entries.map((entry) => [entry.label, entry.state, entry.on ?? entry.note])).toEqual([
      ['公众参与', 'done', '2026-04-10'],
      ['专家论证', 'done', '2026-04-15'],
      ['风险评估', 'not_applicable', '仅涉及统计内部工作，不影响社会稳定和公共安全'],
      ['合法性审查', 'done', '2026-05-15'],
      ['集体讨论决定', 'done', '2026-05-20'],
    ]);
    expect(entries[2]?.materials).toEqual([
      { label: '风险评估报告', present: true, note: '程序不适用，无需此项材料' },
    ]);
    expect(entries[3]?.materials).toEqual([
      { label: '合法性审查意见', present: true, note: '合法' },
      { label: '法律顾问、公职律师法律意见', present: true, note: '法律顾问周律师（2026-05-11）：同意' },
    ]);
  });

  it('a 不同意 opinion shows as not yet allowing the meeting until the risk is stated', () => {
    const reviewed = pointAt(machine, 'reviewed');
    const disagreed = walk(
      machine,
      [
        {
          type: 'RECORD_LEGAL_OPINION',
          on: '2026-05-16',
          adviserRole: 'public_lawyer',
          adviserName: '吴敏',
          givenOn: '2026-05-16',
          opinion: 'disagree',
          text: '缺乏上位法依据。',
        },
      ],
      reviewed,
    ).at(-1)!;
    const [, opinion] = procedureChecklist(env.profile, disagreed.context, materials('major_decision'))[3]!
      .materials;
    expect(opinion).toEqual({
      label: '法律顾问、公职律师法律意见',
      present: false,
      note: '公职律师吴敏（2026-05-16）：不同意（认为不合法）',
    });
  });
});
