import { diffDays } from '../calendar/isoDate';
import { workingDaysBetween } from '../calendar/workingDays';
import { describePeriod } from '../calendar/deadline';
import { reviewOutcomeOf } from '../ruleProfileSchema';
import { BUILT_IN_PROCEDURES } from '../ruleCodes';
import { materialsBeforeMeeting } from './deliberation';
import { proceduresBeforeReview } from './guards';
import { acceptLegalRiskStep, legalOpinionBeforeDeliberation, recordLegalOpinionStep } from './legalOpinion';
import { deliberatedMachine } from './machine';
import type { Guard, MachineEnv, TransitionSpec, WorkflowMachine } from './types';

/**
 * 重大行政决策 (重大行政决策程序暂行条例, RULES.md §4): 公众参与, 专家论证 and 风险评估 are recorded while
 * drafting and must be done (or, for the conditional ones, declared not applicable with a reason) before
 * the draft goes to 合法性审查; the 审查 and 集体讨论决定 are states of the machine and are recorded as
 * procedures when they pass. The review's minimum (一般不少于7个工作日, 第二十六条) comes from the profile.
 */

const procedureKnown: Guard<'RECORD_PROCEDURE'> = {
  id: 'procedure_recorded_by_hand',
  check: (event, _context, env) => {
    const rule = env.profile.majorDecisionProcedures.find((procedure) => procedure.id === event.procedure);
    if (!rule) return '本规则配置没有这项决策程序。';
    if (BUILT_IN_PROCEDURES.includes(rule.id)) return `${rule.label}由审查、审议环节自动记录，不能手工登记。`;
    if (event.notApplicableGround && !event.notApplicableReason) return '请填写不适用的理由。';
    if (!event.notApplicableReason || !rule.mandatory) return null;
    if (rule.exemptions.length === 0) return `${rule.label}是法定必经程序，不能注明不适用。`;
    if (rule.exemptions.some((exemption) => exemption.code === event.notApplicableGround)) return null;
    const grounds = rule.exemptions.map((exemption) => `${exemption.label}（${exemption.source.basis}）`);
    return `${rule.label}是法定必经程序，只有${grounds.join('、')}才能注明不适用，请选择该情形并说明理由。`;
  },
};

/** 公开征求意见的期限一般不少于30日; 缩短的 must be explained (第十五条). */
const commentPeriodLongEnough: Guard<'RECORD_PROCEDURE'> = {
  id: 'comment_period_long_enough',
  check: (event, _context, env) => {
    if (event.procedure !== 'public_participation' || event.notApplicableReason) return null;
    const window = event.commentPeriod;
    if (!window) return '请填写公开征求意见的起止日期。';
    if (window.to < window.from) return '征求意见截止日期不能早于开始日期。';
    if (window.to > event.on) return `征求意见至 ${window.to} 才截止，截止后才能登记公众参与完成。`;
    const minimum = env.profile.commentPeriod[env.kind].general;
    if (!minimum || event.shortenedReason) return null;
    const length =
      minimum.unit === 'working'
        ? workingDaysBetween(window.from, window.to, env.holidays)
        : diffDays(window.from, window.to);
    return length >= minimum.count
      ? null
      : `公开征求意见的期限一般不少于${describePeriod(minimum)}，本次为 ${length} 日；缩短期限的应当说明理由。`;
  },
};

const recordProcedureStep: TransitionSpec<'RECORD_PROCEDURE'> = {
  guards: [procedureKnown, commentPeriodLongEnough],
  target: () => 'drafting',
  effects: (event) => [
    {
      type: 'procedure_recorded',
      procedure: event.procedure,
      record: event.notApplicableReason
        ? {
            notApplicableReason: event.notApplicableReason,
            ...(event.notApplicableGround ? { ground: event.notApplicableGround } : {}),
          }
        : { completedOn: event.on },
    },
  ],
  describe: (event, _context, env) => {
    const rule = env.profile.majorDecisionProcedures.find((procedure) => procedure.id === event.procedure);
    const label = rule?.label ?? event.procedure;
    const ground = rule?.exemptions.find((exemption) => exemption.code === event.notApplicableGround);
    if (event.notApplicableReason)
      return `${label}：不适用${ground ? `（${ground.label}）` : ''}。理由：${event.notApplicableReason}`;
    const window = event.commentPeriod
      ? `（公开征求意见 ${event.commentPeriod.from} 至 ${event.commentPeriod.to}）`
      : '';
    const shortened = event.shortenedReason ? `缩短期限的理由：${event.shortenedReason}` : '';
    return `完成${label}${window}。${shortened}`;
  },
};

export function majorDecisionMachine(env: MachineEnv): WorkflowMachine {
  return deliberatedMachine({
    kind: 'major_decision',
    env,
    reviewName: '合法性审查',
    issueName: '公布决策',
    stateLabels: { deliberated: '集体讨论决定', issued: '公布' },
    eventLabels: {
      SUBMIT: '送请合法性审查',
      START_REVIEW: '受理并开始合法性审查',
      CONCLUDE_REVIEW: '出具合法性审查意见',
      RECORD_DELIBERATION: '记录集体讨论决定',
      ISSUE: '公布决策',
    },
    submitGuards: [proceduresBeforeReview],
    draftingSteps: { RECORD_PROCEDURE: recordProcedureStep },
    reviewSteps: (state) => ({
      RECORD_LEGAL_OPINION: recordLegalOpinionStep(state),
      ACCEPT_LEGAL_RISK: acceptLegalRiskStep(state),
    }),
    conclude: {
      effects: (event, _context, kindEnv) =>
        reviewOutcomeOf(kindEnv.profile, kindEnv.kind, event.conclusion)?.allowsDeliberation
          ? [{ type: 'procedure_recorded', procedure: 'legality_review', record: { completedOn: event.on } }]
          : [],
    },
    deliberationGuards: [legalOpinionBeforeDeliberation, materialsBeforeMeeting('合法性审查')],
    deliberationEffects: (event) =>
      event.decision === 'approved' || event.decision === 'approved_with_changes'
        ? [
            {
              type: 'procedure_recorded',
              procedure: 'collective_decision',
              record: { completedOn: event.heldOn ?? event.on },
            },
          ]
        : [],
  });
}
