import { LEGAL_ADVISER_ROLE_LABELS, LEGAL_OPINION_LABELS } from '../majorDecisionCodes';
import type { DocumentStatus } from '../documentStatus';
import type { LegalOpinionFact } from './legalOpinionEvents';
import type { DeliberationMaterialCheck, Guard, TransitionSpec, WorkflowContext } from './types';

/**
 * 重大行政决策: the 法律顾问/公职律师 opinion asked for in the 合法性审查 (重大行政决策程序暂行条例第二十八条).
 * Without it the draft may not go to 集体讨论决定; with a 不同意（认为不合法） opinion it may go only when
 * the reviewer records why, with the legal risk stated (第二十五条: 对国家尚无明确规定的探索性改革决策事项，
 * 可以明示法律风险，提交决策机关讨论). Both settings come from the profile (majorDecisionLegalOpinion).
 */

/** “法律顾问张律师（2026-05-12）：不同意（认为不合法）”. */
export function describeLegalOpinion(opinion: LegalOpinionFact): string {
  return `${LEGAL_ADVISER_ROLE_LABELS[opinion.adviserRole]}${opinion.adviserName}（${opinion.givenOn}）：${LEGAL_OPINION_LABELS[opinion.opinion]}`;
}

/** The opinion no longer stands in the way of the meeting. */
function opinionAllowsMeeting(opinion: LegalOpinionFact): boolean {
  return opinion.opinion !== 'disagree' || opinion.riskAccepted !== null;
}

/** The item of the meeting's materials (第二十九条: 合法性审查意见 with the legal advisers' opinion). */
export function legalOpinionMaterial(context: WorkflowContext): DeliberationMaterialCheck {
  const opinion = context.legalOpinion;
  const item = { item: 'legal_opinion', label: '法律顾问、公职律师法律意见' };
  if (!opinion) return { ...item, present: false };
  const risk = opinion.riskAccepted
    ? `；明示法律风险后提交讨论。理由：${opinion.riskAccepted.reason}；法律风险：${opinion.riskAccepted.legalRisk}`
    : '';
  return { ...item, present: opinionAllowsMeeting(opinion), note: `${describeLegalOpinion(opinion)}${risk}` };
}

export const legalOpinionBeforeDeliberation: Guard<'RECORD_DELIBERATION'> = {
  id: 'legal_opinion_before_deliberation',
  contextOnly: true,
  check: (_event, context, env) => {
    const rule = env.profile.majorDecisionLegalOpinion;
    if (!rule.required) return null;
    const opinion = context.legalOpinion;
    if (!opinion) {
      return '尚未登记法律顾问、公职律师的法律意见，不得提交集体讨论决定（重大行政决策程序暂行条例第二十八条：合法性审查中应当组织法律顾问、公职律师提出法律意见）。';
    }
    if (opinionAllowsMeeting(opinion)) return null;
    const override = rule.riskOverride.allowed
      ? '属于国家尚无明确规定的探索性改革决策事项的，审查人员可以登记提交讨论的理由并明示法律风险（第二十五条）。'
      : '';
    return `${describeLegalOpinion(opinion)}，认为不合法的，不得提交集体讨论决定。${override}`;
  },
};

const opinionDatedBeforeRecording: Guard<'RECORD_LEGAL_OPINION'> = {
  id: 'legal_opinion_dated',
  check: (event) =>
    event.givenOn > event.on ? `法律意见的出具日期（${event.givenOn}）不能晚于今天（${event.on}）。` : null,
};

const riskOverrideAllowed: Guard<'ACCEPT_LEGAL_RISK'> = {
  id: 'legal_risk_override',
  contextOnly: true,
  check: (_event, context, env) => {
    const opinion = context.legalOpinion;
    if (!opinion) return '尚未登记法律顾问、公职律师的法律意见。';
    if (opinion.opinion !== 'disagree')
      return `法律意见为“${LEGAL_OPINION_LABELS[opinion.opinion]}”，无需明示法律风险。`;
    if (opinion.riskAccepted) return `已于 ${opinion.riskAccepted.on} 登记明示法律风险后提交讨论。`;
    return env.profile.majorDecisionLegalOpinion.riskOverride.allowed
      ? null
      : '本规则配置不允许在法律顾问认为不合法时提交讨论。';
  },
};

/** 登记法律顾问意见, a step that keeps the state it is taken in (审查中 or 审查完成). */
export function recordLegalOpinionStep(state: DocumentStatus): TransitionSpec<'RECORD_LEGAL_OPINION'> {
  return {
    guards: [opinionDatedBeforeRecording],
    target: () => state,
    effects: (event) => [
      {
        type: 'legal_opinion_recorded',
        opinion: {
          adviserRole: event.adviserRole,
          adviserName: event.adviserName,
          counselId: event.counselId ?? null,
          givenOn: event.givenOn,
          opinion: event.opinion,
          text: event.text,
          attachmentId: event.attachmentId ?? null,
          riskAccepted: null,
        },
      },
    ],
    describe: (event, context) => {
      const opinion = {
        adviserRole: event.adviserRole,
        adviserName: event.adviserName,
        givenOn: event.givenOn,
        opinion: event.opinion,
      } as LegalOpinionFact;
      const replaced = context.legalOpinion ? '（替代此前登记的意见）' : '';
      return `${describeLegalOpinion(opinion)}${replaced}。${event.text}`;
    },
  };
}

/** 明示法律风险后提交讨论 (第二十五条), after a 不同意 opinion; the state does not change. */
export function acceptLegalRiskStep(state: DocumentStatus): TransitionSpec<'ACCEPT_LEGAL_RISK'> {
  return {
    guards: [riskOverrideAllowed],
    target: () => state,
    effects: (event) => [
      {
        type: 'legal_risk_accepted',
        acceptance: { reason: event.reason, legalRisk: event.legalRisk, on: event.on },
      },
    ],
    describe: (event) =>
      `法律顾问、公职律师认为不合法，经审查人员说明后提交集体讨论决定。理由：${event.reason}；明示的法律风险：${event.legalRisk}`,
  };
}
