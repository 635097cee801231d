import type { IsoDate } from './calendar/isoDate';
import { MAJOR_DECISION_PROCEDURES, type MajorDecisionProcedure } from './ruleCodes';
import type { ProcedureRecord } from './workflow/types';
import type { DeliberationDecision } from './workflow/events';

/**
 * 重大行政决策事项目录 (重大行政决策程序暂行条例 第三条第三款, 第四十二条 参照执行): the agency's annual
 * catalog of major decisions, collected (征集), checked (法治审查), approved by the Party committee at the
 * same level (经同级党委同意) and published (向社会公布), then adjusted during the year (根据实际情况调整).
 */

/** 第三条 decision types. */
export const DECISION_TYPES = [
  'public_policy',
  'important_plan',
  'resource_policy',
  'public_project',
  'other',
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const DECISION_TYPE_LABELS: Record<DecisionType, string> = {
  public_policy: '重大公共政策和措施',
  important_plan: '重要规划',
  resource_policy: '重要自然资源和文化资源开发利用、保护政策',
  public_project: '重大公共建设项目',
  other: '其他重大事项',
};

export const CATALOG_STATUSES = ['collecting', 'checked', 'approved', 'published'] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];

export const CATALOG_STATUS_LABELS: Record<CatalogStatus, string> = {
  collecting: '征集中',
  checked: '已法治审查',
  approved: '党委已同意',
  published: '已公布',
};

/** The steps a catalog goes through, as the steps bar shows them. */
export const CATALOG_STEP_LABELS = ['征集', '法治审查', '党委同意', '公布'] as const;

/** The moves of a catalog, each allowed from exactly one status. */
export const CATALOG_MOVES = {
  recordCheck: { from: 'collecting', to: 'checked', label: '法治审查' },
  recordApproval: { from: 'checked', to: 'approved', label: '报同级党委同意' },
  publish: { from: 'approved', to: 'published', label: '公布' },
} as const satisfies Record<string, { from: CatalogStatus; to: CatalogStatus; label: string }>;
export type CatalogMove = keyof typeof CATALOG_MOVES;

/** The move that follows the status (null once published). */
export function nextCatalogMove(status: CatalogStatus): CatalogMove | null {
  const next = (Object.keys(CATALOG_MOVES) as CatalogMove[]).find(
    (move) => CATALOG_MOVES[move].from === status,
  );
  return next ?? null;
}

/** Why the move cannot be made from the status, in Chinese; null when it can. Status moves only forward. */
export function catalogMoveRefusal(status: CatalogStatus, move: CatalogMove): string | null {
  const { from, label } = CATALOG_MOVES[move];
  if (status === from) return null;
  const order = CATALOG_STATUSES.indexOf(status);
  if (order > CATALOG_STATUSES.indexOf(from))
    return `目录${CATALOG_STATUS_LABELS[status]}，${label}已经完成，不能重复办理。`;
  const needed = nextCatalogMove(status);
  return `目录${CATALOG_STATUS_LABELS[status]}，应先完成${needed ? CATALOG_MOVES[needed].label : ''}，才能${label}。`;
}

/**
 * Whether items may change in this status: while collecting freely, after publication as an adjustment
 * (调整) with a reason; between the 法治审查 and the publication the list is the one checked and put to
 * the Party committee, so it stays as it is.
 */
export function itemChangeRule(status: CatalogStatus): 'free' | 'reason' | 'frozen' {
  if (status === 'collecting') return 'free';
  if (status === 'published') return 'reason';
  return 'frozen';
}

export const CATALOG_CHANGE_KINDS = ['added', 'edited', 'removed'] as const;
export type CatalogChangeKind = (typeof CATALOG_CHANGE_KINDS)[number];
export const CATALOG_CHANGE_LABELS: Record<CatalogChangeKind, string> = {
  added: '增加事项',
  edited: '调整事项',
  removed: '移出事项',
};

/** 计划完成时间 is a month (YYYY-MM): “2026年6月”. */
export function plannedCompletionLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${match[1]}年${Number(match[2])}月` : month;
}

/** “某区统计局2026年度重大行政决策事项目录”. */
export function decisionCatalogTitle(agencyName: string, year: number): string {
  return `${agencyName}${year}年度重大行政决策事项目录`;
}

export const PROCEDURE_LABELS: Record<MajorDecisionProcedure, string> = {
  public_participation: '公众参与',
  expert_argument: '专家论证',
  risk_assessment: '风险评估',
  legality_review: '合法性审查',
  collective_decision: '集体讨论决定',
};

export type ProcedureState = 'done' | 'not_applicable' | 'pending';

export const PROCEDURE_STATE_LABELS: Record<ProcedureState, string> = {
  done: '已完成',
  not_applicable: '不适用',
  pending: '未完成',
};

export interface ProcedureProgress {
  procedure: MajorDecisionProcedure;
  label: string;
  state: ProcedureState;
  /** The day it was done. */
  on: IsoDate | null;
  /** Why it does not apply, or why it is not done yet when that is known. */
  note: string | null;
}

/** What a major_decision document's workflow has recorded, as the computation reads it. */
export interface ProcedureFacts {
  procedures?: Partial<Record<MajorDecisionProcedure, ProcedureRecord>> | null;
  /** The current review round: concluded on a day, and whether its conclusion allows deliberation. */
  review?: { concludedOn: IsoDate | null; allowsDeliberation: boolean } | null;
  deliberation?: { heldOn: IsoDate; decision: DeliberationDecision } | null;
}

const ALLOWS_ISSUE: readonly DeliberationDecision[] = ['approved', 'approved_with_changes'];

/**
 * Which of the five procedures are done. 公众参与, 专家论证, 风险评估: recorded while drafting, done or
 * not applicable with its reason. 合法性审查: the current review round concluded with a conclusion that
 * allows deliberation. 集体讨论决定: a deliberation recorded with a decision that allows issue. A
 * re-submission starts a new round, so an earlier round's review and meeting no longer count.
 */
export function procedureProgress(facts: ProcedureFacts): ProcedureProgress[] {
  return MAJOR_DECISION_PROCEDURES.map((procedure): ProcedureProgress => {
    const label = PROCEDURE_LABELS[procedure];
    if (procedure === 'legality_review') {
      const review = facts.review;
      if (review?.concludedOn && review.allowsDeliberation)
        return { procedure, label, state: 'done', on: review.concludedOn, note: null };
      const note = review?.concludedOn ? '审查结论不允许提交集体讨论，需修改后重新送审' : null;
      return { procedure, label, state: 'pending', on: null, note };
    }
    if (procedure === 'collective_decision') {
      const meeting = facts.deliberation;
      if (meeting && ALLOWS_ISSUE.includes(meeting.decision))
        return { procedure, label, state: 'done', on: meeting.heldOn, note: null };
      const note =
        meeting?.decision === 'deferred' ? '暂缓审议' : meeting?.decision === 'rejected' ? '未通过' : null;
      return { procedure, label, state: 'pending', on: null, note };
    }
    const record = facts.procedures?.[procedure];
    if (record && 'completedOn' in record)
      return { procedure, label, state: 'done', on: record.completedOn, note: null };
    if (record && 'notApplicableReason' in record)
      return { procedure, label, state: 'not_applicable', on: null, note: record.notApplicableReason };
    return { procedure, label, state: 'pending', on: null, note: null };
  });
}

/** “公众参与、专家论证（不适用）、…”: the procedures done or not applicable, for the Word table. */
export function procedureSummary(progress: readonly ProcedureProgress[]): string {
  const done = progress.filter((entry) => entry.state !== 'pending');
  if (done.length === 0) return '尚未履行';
  return done
    .map((entry) => (entry.state === 'not_applicable' ? `${entry.label}（不适用）` : entry.label))
    .join('、');
}

/** The fields of an item as a change records them. */
export interface DecisionItemSnapshot {
  name: string;
  decisionType: DecisionType;
  leadUnit: string;
  basis: string;
  plannedCompletion: string;
  documentId: string | null;
}

const FIELD_LABELS: [keyof DecisionItemSnapshot, string][] = [
  ['name', '事项名称'],
  ['decisionType', '决策类型'],
  ['leadUnit', '承办单位'],
  ['basis', '决策依据'],
  ['plannedCompletion', '计划完成时间'],
  ['documentId', '关联文件'],
];

function fieldText(snapshot: DecisionItemSnapshot, field: keyof DecisionItemSnapshot): string {
  if (field === 'decisionType') return DECISION_TYPE_LABELS[snapshot.decisionType];
  if (field === 'plannedCompletion') return plannedCompletionLabel(snapshot.plannedCompletion);
  if (field === 'documentId') return snapshot.documentId ? '已关联' : '未关联';
  return snapshot[field] || '（空）';
}

/**
 * One change in words, as the history and the 调整情况 list it: “增加事项“…””, “移出事项“…””, or the
 * fields an edit changed: “调整事项“…”：计划完成时间由2026年6月调整为2026年9月”.
 */
export function describeItemChange(
  change: CatalogChangeKind,
  before: DecisionItemSnapshot | null,
  after: DecisionItemSnapshot | null,
): string {
  const name = after?.name ?? before?.name ?? '';
  if (change === 'added' || !before) return `增加事项“${name}”`;
  if (change === 'removed' || !after) return `移出事项“${name}”`;
  const changed = FIELD_LABELS.filter(([field]) => before[field] !== after[field]).map(([field, label]) =>
    field === 'documentId'
      ? `关联文件${after.documentId ? (before.documentId ? '已更换' : '已关联') : '已取消'}`
      : `${label}由“${fieldText(before, field)}”调整为“${fieldText(after, field)}”`,
  );
  return `调整事项“${before.name}”${changed.length > 0 ? `：${changed.join('；')}` : ''}`;
}
