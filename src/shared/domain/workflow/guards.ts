import { diffDays } from '../calendar/isoDate';
import { DOCUMENT_KIND_LABELS } from '../documentKinds';
import { missingRequired } from '../materials';
import { describeNumberFormat, parseNumber } from '../numbering';
import {
  docNumberTemplateFor,
  filingOutcomeOf,
  reviewOutcomeOf,
  validityTermFor,
} from '../ruleProfileSchema';
import { BUILT_IN_PROCEDURES, CONCLUSIONS_REQUIRING_CHANGES } from '../ruleCodes';
import { DELIBERATION_DECISION_LABELS } from './events';
import type { Guard, KindEnv, WorkflowContext } from './types';

/** Guards shared by the machines. Each states in Chinese which rule stops the step and why. */

const list = (items: readonly string[]) => items.join('、');

/** The 重大行政决策 procedures that must be done (or declared not applicable) before the review. */
export function pendingProcedures(context: WorkflowContext, env: KindEnv): string[] {
  return env.profile.majorDecisionProcedures
    .filter((procedure) => !BUILT_IN_PROCEDURES.includes(procedure.id))
    .filter((procedure) => {
      const record = context.procedures?.[procedure.id];
      if (!record) return true;
      if ('completedOn' in record || !procedure.mandatory) return false;
      // A mandatory procedure left out only on one of the profile's grounds (公众参与: 依法不予公开).
      return !procedure.exemptions.some((exemption) => exemption.code === record.ground);
    })
    .map((procedure) => (procedure.mandatory ? procedure.label : `${procedure.label}（或注明不适用的理由）`));
}

export const proceduresBeforeReview: Guard<'SUBMIT'> = {
  id: 'procedures_before_review',
  contextOnly: true,
  check: (_event, context, env) => {
    const pending = pendingProcedures(context, env);
    return pending.length === 0
      ? null
      : `送请合法性审查前应当履行决策法定程序（重大行政决策程序暂行条例第二十六条），尚未完成：${list(pending)}。`;
  },
};

export const reviewMaterialsComplete: Guard<'START_REVIEW'> = {
  id: 'review_materials_complete',
  contextOnly: true,
  check: (_event, context) => {
    const missing = missingRequired(context.materials, 'review');
    if (missing.length === 0) return null;
    return `送审材料不齐全，尚缺：${list(missing.map((check) => check.label))}。材料齐备后才能开始审核，审核期限自材料齐备之日起计算。`;
  },
};

export const materialsDateNotLater: Guard<'START_REVIEW'> = {
  id: 'materials_date_not_later',
  check: (event) =>
    event.materialsCompleteOn && event.materialsCompleteOn > event.on
      ? `材料齐备日期（${event.materialsCompleteOn}）不能晚于受理日期（${event.on}）。`
      : null,
};

export const conclusionInProfile: Guard<'CONCLUDE_REVIEW'> = {
  id: 'conclusion_in_profile',
  check: (event, _context, env) => {
    if (reviewOutcomeOf(env.profile, env.kind, event.conclusion)) return null;
    const allowed = env.profile.reviewOutcomes[env.kind].map((outcome) => outcome.label);
    return `“${event.conclusion}”不是${DOCUMENT_KIND_LABELS[env.kind]}可用的审核结论（可选：${list(allowed)}）。`;
  },
};

export const conclusionAfterMaterials: Guard<'CONCLUDE_REVIEW'> = {
  id: 'conclusion_after_materials',
  check: (event, context) => {
    const start = context.review?.materialsCompleteOn;
    if (!start) return '尚未开始审核，不能作出结论。';
    return event.on < start ? `结论日期（${event.on}）不能早于材料齐备日期（${start}）。` : null;
  },
};

export const reviewAllowsDeliberation = (reviewName: string): Guard<'RECORD_DELIBERATION'> => ({
  id: 'review_allows_deliberation',
  contextOnly: true,
  check: (_event, context, env) => {
    const conclusion = context.review?.conclusion;
    if (!conclusion) return `未经${reviewName}的，不得提交集体审议。`;
    const outcome = reviewOutcomeOf(env.profile, env.kind, conclusion);
    if (outcome?.allowsDeliberation) return null;
    return `${reviewName}结论为“${outcome?.label ?? conclusion}”，不得提交集体审议。`;
  },
});

/** The review concluded 修改后提交 (or the like) and the reviewer has not yet confirmed a revised version. */
export function revisionPending(context: WorkflowContext): boolean {
  const review = context.review;
  return (
    !!review?.conclusion &&
    CONCLUSIONS_REQUIRING_CHANGES.includes(review.conclusion) &&
    !review.revisionConfirmedOn
  );
}

export const revisionConfirmedBeforeDeliberation = (reviewName: string): Guard<'RECORD_DELIBERATION'> => ({
  id: 'revision_confirmed_before_deliberation',
  contextOnly: true,
  check: (_event, context, env) => {
    if (!revisionPending(context)) return null;
    const conclusion = context.review?.conclusion;
    const label = (conclusion && reviewOutcomeOf(env.profile, env.kind, conclusion)?.label) ?? conclusion;
    return `${reviewName}结论为“${label}”：应当按审核意见修改形成新版本，并经审核人员确认（或重新送审）后，才能提交集体审议。`;
  },
});

export const revisionAwaited: Guard<'CONFIRM_REVISION'> = {
  id: 'revision_awaited',
  contextOnly: true,
  check: (_event, context) => {
    if (revisionPending(context)) return null;
    return context.review?.revisionConfirmedOn
      ? `修改稿已于 ${context.review.revisionConfirmedOn} 确认。`
      : '审核结论不要求修改，无需确认修改稿。';
  },
};

/** 公平竞争审查 before deliberation and before issuance: see fairCompetition.ts. */
export { fairCompetitionAllowsIssue, fairCompetitionReviewed } from './fairCompetition';

export const deliberationApproved: Guard<'ISSUE'> = {
  id: 'deliberation_approved',
  contextOnly: true,
  check: (_event, context) => {
    const decision = context.deliberation?.decision;
    if (!decision) return '尚无集体审议记录，不能印发。';
    if (decision === 'approved' || decision === 'approved_with_changes') return null;
    return `集体审议结果为“${DELIBERATION_DECISION_LABELS[decision]}”，不能印发。`;
  },
};

export const deliberationMaterialsComplete: Guard<'ISSUE'> = {
  id: 'deliberation_materials_complete',
  contextOnly: true,
  check: (_event, context) => {
    const missing = missingRequired(context.materials, 'deliberation');
    return missing.length === 0 ? null : `印发前应当附上：${list(missing.map((check) => check.label))}。`;
  },
};

export const numbersFollowProfile: Guard<'ISSUE'> = {
  id: 'numbers_follow_profile',
  check: (event, _context, env) => {
    const { registration } = env.profile.numbering;
    const template = docNumberTemplateFor(env.profile, env.kind);
    if (!parseNumber(template, event.docNumber)) {
      return `发文字号“${event.docNumber}”不符合格式：${describeNumberFormat(template, {}, '顺序号')}（年份用六角括号〔〕，顺序号不加“第”字）。`;
    }
    if (!registration.requiredFor.includes(env.kind)) return null;
    if (!event.registrationNumber) {
      return `${DOCUMENT_KIND_LABELS[env.kind]}应当统一登记、统一编号、统一印发，请填写登记号。`;
    }
    const known = registration.region ? { region: registration.region } : {};
    return parseNumber(registration.template, event.registrationNumber, known)
      ? null
      : `登记号“${event.registrationNumber}”不符合本地格式：${describeNumberFormat(registration.template, known)}。`;
  },
};

export const issueDatesInOrder: Guard<'ISSUE'> = {
  id: 'issue_dates_in_order',
  check: (event, context) => {
    const heldOn = context.deliberation?.heldOn;
    if (heldOn && event.publishedOn < heldOn)
      return `公布日期（${event.publishedOn}）不能早于集体审议日期（${heldOn}）。`;
    // Retroactive effect is not banned outright (有利于相对人的除外, RULES.md §1.3 [L]) but must be explained.
    if (event.effectiveOn < event.publishedOn && !event.shortEffectReason) {
      return `施行日期（${event.effectiveOn}）早于公布日期（${event.publishedOn}），属于溯及既往，应当说明理由（仅限有利于公民、法人和其他组织的情形）。`;
    }
    return null;
  },
};

export const effectiveDateGap: Guard<'ISSUE'> = {
  id: 'effective_date_gap',
  check: (event, _context, env) => {
    const rule = env.profile.effectiveDate;
    if (!rule.appliesTo.includes(env.kind) || !rule.reasonRequiredIfShorter || event.shortEffectReason)
      return null;
    const gap = diffDays(event.publishedOn, event.effectiveOn);
    return gap >= rule.minDaysAfterPublication
      ? null
      : `施行日期距公布日期仅 ${gap} 日，不足 ${rule.minDaysAfterPublication} 日，应当说明理由（如因灾情、疫情等紧急情况）。`;
  },
};

export const validityWithinMaximum: Guard<'ISSUE'> = {
  id: 'validity_within_maximum',
  check: (event, context, env) => {
    const term = validityTermFor(env.profile, env.kind, context.title);
    if (!term || event.validityYears === undefined || event.longValidityReason) return null;
    return event.validityYears <= term.maxYears
      ? null
      : `《${context.title}》的有效期一般不超过 ${term.maxYears} 年，设为 ${event.validityYears} 年应当在起草说明中说明理由。`;
  },
};

export const issuedBeforeFiling: Guard<'SUBMIT_FILING'> = {
  id: 'issued_before_filing',
  contextOnly: true,
  check: (_event, context) => {
    if (!context.issuance) return '尚未印发公布，不能报送备案。';
    switch (context.filing?.status) {
      case 'submitted':
        return '已报送备案，正在等待备案审查机关登记。';
      case 'filed':
        return '已完成备案。';
      case 'refused':
        return '备案审查机关已作出不予备案的决定，不能再次报送。';
      default:
        return null;
    }
  },
};

export const filingNotBeforePublication: Guard<'SUBMIT_FILING'> = {
  id: 'filing_not_before_publication',
  check: (event, context) => {
    const published = context.issuance?.publishedOn;
    return published && event.on < published ? `报送日期不能早于公布日期（${published}）。` : null;
  },
};

export const filingAwaitingResult: Guard<'RECORD_FILING_RESULT'> = {
  id: 'filing_awaiting_result',
  contextOnly: true,
  check: (_event, context) =>
    context.filing?.status === 'submitted' ? null : '尚未报送备案（或已登记结果），不能登记备案结果。',
};

export const filingOutcomeInProfile: Guard<'RECORD_FILING_RESULT'> = {
  id: 'filing_outcome_in_profile',
  check: (event, context, env) => {
    if (!filingOutcomeOf(env.profile, env.kind, event.outcome)) {
      const allowed = env.profile.filingOutcomes[env.kind].map((outcome) => outcome.label);
      return `“${event.outcome}”不是${DOCUMENT_KIND_LABELS[env.kind]}的备案结果（可选：${list(allowed)}）。`;
    }
    const submitted = context.filing?.submittedOn;
    return submitted && event.on < submitted ? `登记日期不能早于报送日期（${submitted}）。` : null;
  },
};

export const effectiveDateReached: Guard<'ENTER_INTO_FORCE'> = {
  id: 'effective_date_reached',
  check: (event, context) => {
    const effectiveOn = context.issuance?.effectiveOn;
    if (!effectiveOn) return '尚未印发公布，不能施行。';
    return event.on < effectiveOn ? `施行日期为 ${effectiveOn}，尚未到施行日。` : null;
  },
};
