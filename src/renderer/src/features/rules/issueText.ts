import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';

/** Names of the profile's and the holiday file's fields, so a server issue reads as a place in the form. */
const FIELD_LABELS: Record<string, string> = {
  ...DOCUMENT_KIND_LABELS,
  schemaVersion: '格式版本',
  id: '编号',
  name: '名称',
  description: '说明',
  reviewPeriod: '审核期限',
  minWorkingDays: '最短',
  maxWorkingDays: '最长',
  reviewOutcomes: '审核结论',
  commentPeriod: '征求意见期限',
  marketRelated: '涉市场主体',
  validity: '有效期',
  general: '一般',
  provisional: '暂行、试行',
  notice: '通告',
  term: '期限',
  defaultYears: '默认年数',
  maxYears: '最长年数',
  expiryReminderMonths: '到期提醒',
  effectiveDate: '施行日间隔',
  minDaysAfterPublication: '间隔天数',
  numbering: '编号格式',
  docNumber: '发文字号',
  registration: '登记号',
  filingReport: '备案报告字号',
  reviewLetter: '审核意见书文号',
  template: '格式',
  region: '区域简称',
  filing: '备案',
  filingOutcomes: '备案结果',
  correctionPeriods: '补正期限',
  deferredRegistration: '暂缓登记补正',
  rectification: '限期纠正',
  partyReviewDimensions: '党内审查维度',
  majorDecisionProcedures: '重大行政决策程序',
  majorDecisionLegalOpinion: '重大行政决策法律顾问意见',
  exemptions: '可不适用的情形',
  period: '期限',
  count: '天数',
  unit: '计算方式',
  required: '是否需要',
  label: '名称',
  source: '依据',
  basis: '依据',
  confidence: '可信度',
  holidays: '放假日期',
  workdays: '调休上班日期',
  year: '年份',
};

/**
 * "profile.reviewPeriod.admin_normative.minWorkingDays：最短审核期限不能长于最长审核期限" →
 * "审核期限 › 行政规范性文件 › 最短：最短审核期限不能长于最长审核期限". The leading input field (`profile`,
 * `file`) is dropped; list positions read "第 n 项".
 */
export function describeIssue(issue: string, inputField: string): string {
  const separator = issue.indexOf('：');
  if (separator <= 0) return issue;
  const segments = issue.slice(0, separator).split('.');
  if (segments[0] === inputField) segments.shift();
  const place = segments
    .map((segment) =>
      /^\d+$/.test(segment) ? `第 ${Number(segment) + 1} 项` : (FIELD_LABELS[segment] ?? segment),
    )
    .join(' › ');
  const message = issue.slice(separator + 1);
  return place ? `${place}：${message}` : message;
}
