import { describePeriod, type Period } from '../calendar/deadline';
import { diffDays, type IsoDate } from '../calendar/isoDate';
import type { HolidayTable } from '../calendar/holidayTable';
import { workingDaysBetween } from '../calendar/workingDays';
import { ADMIN_NORMATIVE_PROCEDURES, type AdminNormativeProcedure } from '../ruleCodes';
import type { AdminProcedureRule } from '../ruleProfileSchema';
import type { Guard, KindEnv, ProcedureRecord, TransitionSpec, WorkflowContext } from './types';

/**
 * 行政规范性文件: 评估论证 and 公开征求意见 recorded while drafting (地方组织法第七十五条; 国办发〔2018〕37号
 * （三）). Which are required before 送审, and whether 公开征求意见 may be declared not applicable (依法需要保密
 * 的), come from the profile. The comment window is checked against the profile's 征求意见期限: the
 * market-related minimum when the document touches business (优化营商环境条例第六十二条), else the general
 * one; a shorter window needs a reason, kept on the record and the timeline.
 */

const isAdminProcedure = (id: string): id is AdminNormativeProcedure =>
  (ADMIN_NORMATIVE_PROCEDURES as readonly string[]).includes(id);

export function adminProcedureRule(env: KindEnv, id: string): AdminProcedureRule | null {
  return env.profile.adminNormativeProcedures.find((rule) => rule.id === id) ?? null;
}

/** The minimum comment window that applies, and in words which one it is. */
export function commentMinimum(
  context: WorkflowContext,
  env: KindEnv,
): { period: Period; which: string } | null {
  const rule = env.profile.commentPeriod[env.kind];
  if (context.touchesBusiness && rule.marketRelated) {
    return { period: rule.marketRelated, which: '与市场主体生产经营活动密切相关的文件' };
  }
  return rule.general ? { period: rule.general, which: '一般文件' } : null;
}

/** The window's length as the period counts it (期间开始的当日不计算在内, RULES.md §10). */
export function commentWindowLength(
  window: { from: IsoDate; to: IsoDate },
  period: Period,
  holidays: HolidayTable,
): number {
  return period.unit === 'working'
    ? workingDaysBetween(window.from, window.to, holidays)
    : diffDays(window.from, window.to);
}

/** Why the window is too short (null when it is long enough or the shortening is explained). */
export function commentWindowProblem(
  window: { from: IsoDate; to: IsoDate },
  shortenedReason: string | undefined,
  context: WorkflowContext,
  env: KindEnv,
): string | null {
  const minimum = commentMinimum(context, env);
  if (!minimum || shortenedReason) return null;
  const length = commentWindowLength(window, minimum.period, env.holidays);
  if (length >= minimum.period.count) return null;
  const unit = minimum.period.unit === 'working' ? '个工作日' : '日';
  return (
    `公开征求意见的期限，${minimum.which}一般不少于${describePeriod(minimum.period)}（${env.profile.commentPeriod[env.kind].source.basis}）；` +
    `本次征求意见 ${window.from} 至 ${window.to}，为 ${length} ${unit}。缩短期限的应当说明理由。`
  );
}

/** The procedures still owed before 送审: required ones not recorded, and a comment window found too short. */
export function pendingAdminProcedures(context: WorkflowContext, env: KindEnv): string[] {
  const pending: string[] = [];
  for (const rule of env.profile.adminNormativeProcedures) {
    const record = context.procedures?.[rule.id];
    if (!record) {
      if (rule.required)
        pending.push(rule.notApplicableAllowed ? `${rule.label}（或登记不适用的理由）` : rule.label);
      continue;
    }
    if ('completedOn' in record && record.commentPeriod) {
      const problem = commentWindowProblem(record.commentPeriod, record.shortenedReason, context, env);
      if (problem) pending.push(`${rule.label}期限不足：${problem}`);
    }
  }
  return pending;
}

export const adminProceduresBeforeReview: Guard<'SUBMIT'> = {
  id: 'admin_procedures_before_review',
  contextOnly: true,
  check: (_event, context, env) => {
    const pending = pendingAdminProcedures(context, env);
    return pending.length === 0
      ? null
      : `送请合法性审核前应当履行起草程序（地方组织法第七十五条；国办发〔2018〕37号），尚未完成：${pending.join('；')}`;
  },
};

const procedureAllowed: Guard<'RECORD_PROCEDURE'> = {
  id: 'admin_procedure_allowed',
  check: (event, _context, env) => {
    const rule = isAdminProcedure(event.procedure) ? adminProcedureRule(env, event.procedure) : null;
    if (!rule) return '行政规范性文件可登记的起草程序为评估论证、公开征求意见。';
    if (event.notApplicableReason && !rule.notApplicableAllowed)
      return `${rule.label}不能登记为不适用：未履行的，不登记即可（${rule.required ? '本规则配置要求送审前履行' : '按需履行'}）。`;
    if (event.completedOn && event.completedOn > event.on)
      return `完成日期（${event.completedOn}）不能晚于今天（${event.on}）。`;
    return null;
  },
};

/** 公开征求意见: the window is given, over, and long enough (or the shortening explained). */
const consultationWindow: Guard<'RECORD_PROCEDURE'> = {
  id: 'admin_comment_period',
  check: (event, context, env) => {
    if (event.procedure !== 'public_consultation' || event.notApplicableReason) return null;
    const window = event.commentPeriod;
    if (!window) return '请填写公开征求意见的起止日期。';
    if (window.to < window.from) return '征求意见截止日期不能早于开始日期。';
    if (window.to > event.on) return `征求意见至 ${window.to} 才截止，截止后才能登记公开征求意见完成。`;
    return commentWindowProblem(window, event.shortenedReason, context, env);
  },
};

function recordOf(event: {
  on: IsoDate;
  notApplicableReason?: string | undefined;
  completedOn?: IsoDate | undefined;
  commentPeriod?: { from: IsoDate; to: IsoDate } | undefined;
  shortenedReason?: string | undefined;
  attachmentIds?: string[] | undefined;
}): ProcedureRecord {
  if (event.notApplicableReason) return { notApplicableReason: event.notApplicableReason };
  return {
    completedOn: event.completedOn ?? event.commentPeriod?.to ?? event.on,
    ...(event.commentPeriod ? { commentPeriod: event.commentPeriod } : {}),
    ...(event.shortenedReason ? { shortenedReason: event.shortenedReason } : {}),
    ...(event.attachmentIds?.length ? { attachmentIds: event.attachmentIds } : {}),
  };
}

export const recordAdminProcedureStep: TransitionSpec<'RECORD_PROCEDURE'> = {
  guards: [procedureAllowed, consultationWindow],
  target: () => 'drafting',
  effects: (event) => [{ type: 'procedure_recorded', procedure: event.procedure, record: recordOf(event) }],
  describe: (event, context, env) => {
    const label = adminProcedureRule(env, event.procedure)?.label ?? event.procedure;
    if (event.notApplicableReason) return `${label}：不适用。理由：${event.notApplicableReason}`;
    const record = recordOf(event);
    const done = 'completedOn' in record ? record.completedOn : event.on;
    const minimum = commentMinimum(context, env);
    const window = event.commentPeriod
      ? `，征求意见期间 ${event.commentPeriod.from} 至 ${event.commentPeriod.to}` +
        (minimum ? `（${minimum.which}一般不少于${describePeriod(minimum.period)}）` : '')
      : '';
    const materials = event.attachmentIds?.length ? `，附材料 ${event.attachmentIds.length} 件` : '';
    const shortened = event.shortenedReason ? `期限缩短的理由：${event.shortenedReason}` : '';
    return `${done} 完成${label}${window}${materials}。${shortened}`;
  },
};
