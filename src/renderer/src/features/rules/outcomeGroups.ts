import {
  DOCUMENT_KINDS,
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
} from '../../../../shared/domain/documentKinds';
import { describePeriod } from '../../../../shared/domain/calendar/deadline';
import type { CorrectionKind } from '../../../../shared/domain/ruleCodes';
import type {
  FilingOutcomeRule,
  ReviewOutcomeRule,
  RuleProfile,
} from '../../../../shared/domain/ruleProfileSchema';
import type { RuleGroup, RuleRow } from './ruleRows';

const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  deferredRegistration: '限期补正',
  rectification: '限期纠正',
};

/** 重大行政决策: the 法律顾问/公职律师 opinion before the meeting and the override of a 不同意 one. */
function legalOpinionRows(profile: RuleProfile): RuleRow[] {
  const rule = profile.majorDecisionLegalOpinion;
  return [
    {
      key: 'legal-opinion',
      item: '法律顾问、公职律师意见',
      lines: [rule.required ? '提交集体讨论决定前必须登记' : '不要求登记'],
      source: rule.source,
      span: 1,
    },
    {
      key: 'legal-opinion-override',
      item: '认为不合法时',
      lines: [rule.riskOverride.allowed ? '审核人员说明理由并明示法律风险后可以提交讨论' : '不得提交讨论'],
      source: rule.riskOverride.source,
      span: 1,
    },
  ];
}

function reviewOutcomeText(outcome: ReviewOutcomeRule): string {
  const effects = [
    outcome.allowsDeliberation ? '可提交集体审议' : '',
    outcome.returnsToDrafting ? '退回起草单位' : '',
    outcome.writtenReminder ? '附书面提醒' : '',
  ].filter(Boolean);
  return effects.length > 0 ? `${outcome.label}（${effects.join('，')}）` : outcome.label;
}

function filingOutcomeText(outcome: FilingOutcomeRule, profile: RuleProfile): string {
  const correction = outcome.correction;
  const effect =
    outcome.result === 'filed'
      ? '备案完成'
      : outcome.result === 'refused' || correction === null
        ? '不予备案'
        : `${CORRECTION_LABELS[correction]}：${describePeriod(profile.correctionPeriods[correction].period)}`;
  return `${outcome.label}（${effect}${outcome.writtenReminder ? '，附书面提醒' : ''}）`;
}

/** One row per outcome; the kind's cell spans its outcomes. */
function rowsPerKind<T extends { code: string; source: RuleRow['source'] }>(
  prefix: string,
  outcomesOf: (kind: DocumentKind) => readonly T[],
  describe: (outcome: T) => string,
): RuleRow[] {
  return DOCUMENT_KINDS.flatMap((kind) => {
    const outcomes = outcomesOf(kind);
    return outcomes.map((outcome, index) => ({
      key: `${prefix}-${kind}-${outcome.code}`,
      item: DOCUMENT_KIND_LABELS[kind],
      lines: [describe(outcome)],
      source: outcome.source,
      span: index === 0 ? outcomes.length : 0,
    }));
  });
}

/** 审核结论, 备案结果, and the 党内 review dimensions and 重大行政决策 procedures the profile labels. */
export function outcomeGroups(profile: RuleProfile): RuleGroup[] {
  return [
    {
      key: 'reviewOutcomes',
      title: '审核结论',
      rows: rowsPerKind('review', (kind) => profile.reviewOutcomes[kind], reviewOutcomeText),
    },
    {
      key: 'filingOutcomes',
      title: '备案结果',
      rows: rowsPerKind(
        'filing',
        (kind) => profile.filingOutcomes[kind],
        (outcome) => filingOutcomeText(outcome, profile),
      ),
    },
    {
      key: 'partyReviewDimensions',
      title: '党内规范性文件审查维度',
      rows: profile.partyReviewDimensions.map((dimension) => ({
        key: `party-${dimension.id}`,
        item: dimension.label,
        lines: [
          dimension.blocking ? '存在问题的不予通过' : '存在问题的可通过并书面提醒',
          ...dimension.points,
        ],
        source: dimension.source,
        span: 1,
      })),
    },
    {
      key: 'majorDecisionProcedures',
      title: '重大行政决策法定程序',
      rows: [
        ...profile.majorDecisionProcedures.map((procedure) => ({
          key: `procedure-${procedure.id}`,
          item: procedure.label,
          lines: [
            procedure.mandatory ? '必经程序' : `视情况：${procedure.condition || '未注明适用条件'}`,
            ...procedure.exemptions.map(
              (exemption) => `${exemption.label}可注明不适用（${exemption.source.basis}）`,
            ),
          ],
          source: procedure.source,
          span: 1,
        })),
        ...legalOpinionRows(profile),
      ],
    },
  ];
}
