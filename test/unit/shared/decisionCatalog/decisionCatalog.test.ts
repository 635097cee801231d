import { describe, expect, it } from 'vitest';
import {
  catalogMoveRefusal,
  describeItemChange,
  type DecisionItemSnapshot,
  decisionCatalogTitle,
  itemChangeRule,
  nextCatalogMove,
  plannedCompletionLabel,
  procedureProgress,
  procedureSummary,
} from '../../../../src/shared/domain/decisionCatalog';

const states = (facts: Parameters<typeof procedureProgress>[0]) =>
  procedureProgress(facts).map((entry) => [entry.label, entry.state]);

describe('procedureProgress', () => {
  it('shows nothing done for a document whose workflow recorded nothing', () => {
    expect(states({})).toEqual([
      ['公众参与', 'pending'],
      ['专家论证', 'pending'],
      ['风险评估', 'pending'],
      ['合法性审查', 'pending'],
      ['集体讨论决定', 'pending'],
    ]);
  });

  it('reads the drafting procedures as done on their day or not applicable with the reason', () => {
    const progress = procedureProgress({
      procedures: {
        public_participation: { completedOn: '2026-02-10' },
        expert_argument: { notApplicableReason: '仅涉及内部工作' },
      },
    });
    expect(progress[0]).toMatchObject({ state: 'done', on: '2026-02-10', note: null });
    expect(progress[1]).toMatchObject({ state: 'not_applicable', on: null, note: '仅涉及内部工作' });
    expect(progress[2]?.state).toBe('pending');
  });

  it('counts the legality review only when the current round concluded with a conclusion allowing deliberation', () => {
    expect(states({ review: { concludedOn: null, allowsDeliberation: false } })[3]).toEqual([
      '合法性审查',
      'pending',
    ]);
    const refused = procedureProgress({
      review: { concludedOn: '2026-03-01', allowsDeliberation: false },
    })[3];
    expect(refused).toMatchObject({ state: 'pending', note: '审查结论不允许提交集体讨论，需修改后重新送审' });
    expect(
      procedureProgress({ review: { concludedOn: '2026-03-01', allowsDeliberation: true } })[3],
    ).toMatchObject({ state: 'done', on: '2026-03-01' });
    // A re-submission clears the round: an earlier recorded review no longer counts.
    expect(
      states({ procedures: { legality_review: { completedOn: '2026-01-05' } }, review: null })[3],
    ).toEqual(['合法性审查', 'pending']);
  });

  it('counts the collective decision only for a decision that allows issue', () => {
    const meeting = (decision: 'approved' | 'approved_with_changes' | 'rejected' | 'deferred') =>
      procedureProgress({ deliberation: { heldOn: '2026-03-20', decision } })[4];
    expect(meeting('approved')).toMatchObject({ state: 'done', on: '2026-03-20' });
    expect(meeting('approved_with_changes')).toMatchObject({ state: 'done', on: '2026-03-20' });
    expect(meeting('deferred')).toMatchObject({ state: 'pending', note: '暂缓审议' });
    expect(meeting('rejected')).toMatchObject({ state: 'pending', note: '未通过' });
  });

  it('summarises the procedures done for the Word table', () => {
    expect(procedureSummary(procedureProgress({}))).toBe('尚未履行');
    expect(
      procedureSummary(
        procedureProgress({
          procedures: {
            public_participation: { completedOn: '2026-02-10' },
            risk_assessment: { notApplicableReason: '无' },
          },
        }),
      ),
    ).toBe('公众参与、风险评估（不适用）');
  });
});

describe('catalog moves', () => {
  it('moves only forward, one step at a time, with the reason in Chinese', () => {
    expect(nextCatalogMove('collecting')).toBe('recordCheck');
    expect(nextCatalogMove('checked')).toBe('recordApproval');
    expect(nextCatalogMove('approved')).toBe('publish');
    expect(nextCatalogMove('published')).toBeNull();
    expect(catalogMoveRefusal('collecting', 'recordCheck')).toBeNull();
    expect(catalogMoveRefusal('collecting', 'publish')).toBe('目录征集中，应先完成法治审查，才能公布。');
    expect(catalogMoveRefusal('checked', 'publish')).toBe(
      '目录已法治审查，应先完成报同级党委同意，才能公布。',
    );
    expect(catalogMoveRefusal('published', 'recordApproval')).toBe(
      '目录已公布，报同级党委同意已经完成，不能重复办理。',
    );
  });

  it('lets items change freely while collecting, with a reason once published, and not in between', () => {
    expect(itemChangeRule('collecting')).toBe('free');
    expect(itemChangeRule('checked')).toBe('frozen');
    expect(itemChangeRule('approved')).toBe('frozen');
    expect(itemChangeRule('published')).toBe('reason');
  });
});

describe('words of the catalog', () => {
  const item: DecisionItemSnapshot = {
    name: '某区统计发展规划',
    decisionType: 'important_plan',
    leadUnit: '综合统计科',
    basis: '',
    plannedCompletion: '2026-06',
    documentId: null,
  };

  it('names the title and the planned month', () => {
    expect(decisionCatalogTitle('某区统计局', 2026)).toBe('某区统计局2026年度重大行政决策事项目录');
    expect(plannedCompletionLabel('2026-06')).toBe('2026年6月');
    expect(plannedCompletionLabel('2026-12')).toBe('2026年12月');
  });

  it('describes a change by the fields it changed', () => {
    expect(describeItemChange('added', null, item)).toBe('增加事项“某区统计发展规划”');
    expect(describeItemChange('removed', item, null)).toBe('移出事项“某区统计发展规划”');
    expect(
      describeItemChange('edited', item, {
        ...item,
        decisionType: 'public_policy',
        basis: '《中华人民共和国统计法》',
        documentId: 'doc-1',
      }),
    ).toBe(
      '调整事项“某区统计发展规划”：决策类型由“重要规划”调整为“重大公共政策和措施”；' +
        '决策依据由“（空）”调整为“《中华人民共和国统计法》”；关联文件已关联',
    );
  });
});
