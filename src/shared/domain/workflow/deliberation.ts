import { FAIR_COMPETITION_CONCLUSION_LABELS } from '../fairCompetition';
import type { MaterialKind } from '../materials';
import type { MajorDecisionProcedure } from '../ruleCodes';
import { reviewOutcomeOf } from '../ruleProfileSchema';
import { DELIBERATION_DECISION_LABELS } from './events';
import { legalOpinionMaterial } from './legalOpinion';
import type { DeliberationMaterialCheck, Guard, KindEnv, WorkflowContext } from './types';

/**
 * 集体审议 (RULES.md §1.7, §4): what is checked before a meeting, when it may be held and held again, and
 * that a text approved 修改后印发 is changed before it is issued. The guards read only facts.
 */

const list = (items: readonly string[]) => items.join('、');

/** 重大行政决策程序暂行条例第二十九条: the materials put to the meeting besides the draft itself. */
const MAJOR_DECISION_ITEMS: readonly {
  item: MaterialKind;
  label: string;
  procedure: MajorDecisionProcedure;
}[] = [
  { item: 'public_participation', label: '公众意见采纳情况', procedure: 'public_participation' },
  { item: 'expert_opinion', label: '专家论证意见', procedure: 'expert_argument' },
  { item: 'risk_assessment', label: '风险评估报告', procedure: 'risk_assessment' },
];

/**
 * The items before the meeting, as they stand: the review's opinion (合法性审核/审查意见, 前置审核意见), the
 * 公平竞争审查 where the document touches business, and for a 重大行政决策 the materials of 第二十九条. A
 * procedure recorded as not applicable (with its reason) satisfies its material.
 */
export function materialsBeforeDeliberation(
  context: WorkflowContext,
  env: KindEnv,
  reviewName: string,
): DeliberationMaterialCheck[] {
  const present = (kind: MaterialKind) =>
    context.materials.some((check) => check.kind === kind && check.present);
  const items: DeliberationMaterialCheck[] = [];
  if (env.kind === 'major_decision') {
    for (const { item, label, procedure } of MAJOR_DECISION_ITEMS) {
      const record = context.procedures?.[procedure];
      if (record && 'notApplicableReason' in record) {
        items.push({ item, label, present: true, note: `不适用：${record.notApplicableReason}` });
      } else items.push({ item, label, present: present(item) });
    }
  }
  if (env.kind === 'major_decision' && env.profile.majorDecisionLegalOpinion.required) {
    items.push(legalOpinionMaterial(context));
  }
  if (context.touchesBusiness) {
    const review = context.fairCompetition;
    items.push({
      item: 'fair_competition',
      label: '公平竞争审查情况',
      present: !!review,
      ...(review ? { note: FAIR_COMPETITION_CONCLUSION_LABELS[review.conclusion] } : {}),
    });
  }
  const conclusion = context.review?.conclusion;
  const outcome = conclusion ? reviewOutcomeOf(env.profile, env.kind, conclusion) : null;
  items.push({
    item: 'review_opinion',
    label: `${reviewName}意见`,
    present: !!outcome?.allowsDeliberation,
    ...(outcome ? { note: outcome.label } : {}),
  });
  return items;
}

/** 重大行政决策: the materials of 第二十九条 are complete before the meeting (each missing one named). */
export const materialsBeforeMeeting = (reviewName: string): Guard<'RECORD_DELIBERATION'> => ({
  id: 'materials_before_meeting',
  contextOnly: true,
  check: (_event, context, env) => {
    // The legal opinion has its own guard (legalOpinionBeforeDeliberation) and message.
    const missing = materialsBeforeDeliberation(context, env, reviewName).filter(
      (item) => !item.present && item.item !== 'legal_opinion',
    );
    if (missing.length === 0) return null;
    const names = missing.map((item) => {
      const procedure = MAJOR_DECISION_ITEMS.find((entry) => entry.item === item.item)?.procedure;
      const rule = env.profile.majorDecisionProcedures.find((entry) => entry.id === procedure);
      return rule && !rule.mandatory ? `${item.label}（或登记${rule.label}不适用的理由）` : item.label;
    });
    return `提请集体讨论决定前应当具备下列材料（重大行政决策程序暂行条例第二十九条），尚缺：${list(names)}。`;
  },
});

/**
 * The meeting is held on or before the day it is recorded, not before the review's conclusion (or the
 * confirmation of the revision it asked for) and not before an earlier meeting on the same text.
 */
export const deliberationAfterConclusion: Guard<'RECORD_DELIBERATION'> = {
  id: 'deliberation_after_conclusion',
  check: (event, context) => {
    const heldOn = event.heldOn ?? event.on;
    if (heldOn > event.on) return `审议日期（${heldOn}）不能晚于今天（${event.on}）。`;
    const concluded = context.review?.concludedOn;
    if (concluded && heldOn < concluded) return `审议日期（${heldOn}）不能早于审核结论日期（${concluded}）。`;
    const confirmed = context.review?.revisionConfirmedOn;
    if (confirmed && heldOn < confirmed)
      return `审议日期（${heldOn}）不能早于修改稿确认日期（${confirmed}）。`;
    const previous = context.deliberation?.heldOn;
    if (previous && heldOn < previous) return `审议日期（${heldOn}）不能早于上次审议日期（${previous}）。`;
    return null;
  },
};

/** A later meeting is recorded only after one that deferred the decision (暂缓审议). */
export const deliberationDeferred: Guard<'RECORD_DELIBERATION'> = {
  id: 'deliberation_deferred',
  contextOnly: true,
  check: (_event, context) => {
    const decision = context.deliberation?.decision;
    if (!decision || decision === 'deferred') return null;
    if (decision === 'rejected') {
      return '集体审议未通过，不能再次记录审议；需要修改后再提请审议的，请“回到起草修改”后重新送审。';
    }
    return `集体审议已作出决定（${DELIBERATION_DECISION_LABELS[decision]}），不再重复审议。`;
  },
};

/**
 * 原则通过（按审议意见修改后印发）: the text is changed after the meeting before it is issued. The newest
 * version still reading as the deliberated one means the change has not been made.
 */
export const changedAfterDeliberation: Guard<'ISSUE'> = {
  id: 'changed_after_deliberation',
  contextOnly: true,
  check: (_event, context) => {
    const deliberation = context.deliberation;
    const latest = context.versions?.latest;
    if (deliberation?.decision !== 'approved_with_changes' || !latest || !deliberation.contentHash)
      return null;
    return latest.contentHash === deliberation.contentHash
      ? '审议要求修改后印发，尚未按审议意见修改：请按审议意见修改文本并保存为新版本后再印发。'
      : null;
  },
};
