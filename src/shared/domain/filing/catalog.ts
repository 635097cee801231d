import { type IsoDate, chineseDate, daysInMonth } from '../calendar/isoDate';
import type { CatalogRule } from '../ruleProfileSchema';

/**
 * 规范性文件备案目录: the quarterly and annual catalogues of the documents an agency issued, with where each
 * was filed and the filing organ's answer (RULES.md §2.1 第十条/第二十二条, §2.2 "Publication" and "Annual
 * catalogue"). Pure: main reads the rows, this decides the period, the order and what each cell says.
 */

export type Quarter = 1 | 2 | 3 | 4;

export interface CatalogPeriod {
  year: number;
  /** null: the whole year (年度目录). */
  quarter: Quarter | null;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** The first and last day of the period, both included. */
export function periodRange({ year, quarter }: CatalogPeriod): { from: IsoDate; to: IsoDate } {
  const firstMonth = quarter === null ? 1 : (quarter - 1) * 3 + 1;
  const lastMonth = quarter === null ? 12 : firstMonth + 2;
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

/** The quarter a date falls in (03-31 → 1, 04-01 → 2). */
export function quarterOf(date: IsoDate): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

export function inPeriod(date: IsoDate, period: CatalogPeriod): boolean {
  const { from, to } = periodRange(period);
  return date >= from && date <= to;
}

/** 第一季度 … 第四季度. */
export function quarterName(quarter: Quarter): string {
  return `第${QUARTER_NAMES[quarter - 1]}季度`;
}

/** 2026年第一季度 / 2026年度. */
export function periodLabel({ year, quarter }: CatalogPeriod): string {
  return quarter === null ? `${year}年度` : `${year}年${quarterName(quarter)}`;
}

/** “某区统计局2026年第一季度规范性文件备案目录” / “某区统计局2026年度规范性文件目录”. */
export function catalogTitle(agencyName: string, period: CatalogPeriod): string {
  return period.quarter === null
    ? `${agencyName}${periodLabel(period)}规范性文件目录`
    : `${agencyName}${periodLabel(period)}规范性文件备案目录`;
}

/** The day the year's catalogue is due: the profile's day of the following year (1月31日 by default). */
export function annualCatalogDueOn(year: number, rule: CatalogRule): IsoDate {
  return `${year + 1}-${pad(rule.annualDue.month)}-${pad(rule.annualDue.day)}`;
}

/** “2026年度目录应于2027年1月31日前报送”. */
export function annualDueText(year: number, rule: CatalogRule): string {
  return `${year}年度目录应于${chineseDate(annualCatalogDueOn(year, rule))}前报送`;
}

// ---------------------------------------------------------------------------------------------------------
// Rows

export type SubmissionState = 'awaiting' | 'filed' | 'correction' | 'refused' | 'superseded';

/** One filing submission as the register holds it (read-only here). */
export interface CatalogSubmission {
  recipient: string;
  round: number;
  sentOn: IsoDate;
  dueOn: IsoDate;
  late: boolean;
  state: SubmissionState;
  outcomeLabel: string | null;
  outcomeOn: IsoDate | null;
}

/** An issued document with every submission made for it. */
export interface CatalogSource {
  documentId: string;
  title: string;
  issuingAuthority: string;
  docNumber: string;
  registrationNumber: string | null;
  publishedOn: IsoDate;
  effectiveOn: IsoDate;
  validUntil: IsoDate | null;
  filingDueOn: IsoDate | null;
  submissions: CatalogSubmission[];
}

/** Where one document went and what came back, per filing organ. */
export interface CatalogFiling {
  recipient: string;
  /** 报送备案日期: the first time it was sent to this organ (timeliness is judged on it). */
  sentOn: IsoDate;
  /** The first sending was after the deadline (逾期报送). */
  late: boolean;
  /** 备案结果 as the latest submission to this organ stands. */
  result: string;
}

/** One line of the 目录. */
export interface CatalogRow {
  /** 序号, from 1. */
  seq: number;
  documentId: string;
  title: string;
  docNumber: string;
  registrationNumber: string | null;
  issuingAuthority: string;
  publishedOn: IsoDate;
  effectiveOn: IsoDate;
  validUntil: IsoDate | null;
  filingDueOn: IsoDate | null;
  filings: CatalogFiling[];
  /** 逾期报送: sent late to some organ, or still not sent after the deadline. */
  late: boolean;
  /** 备案结果 when nothing was sent: 未报送 / 逾期未报送; null when it was sent. */
  unsentResult: string | null;
}

const STATE_RESULTS: Record<SubmissionState, string> = {
  awaiting: '已报送，等待审查结果',
  filed: '备案通过',
  correction: '限期补正',
  refused: '不予备案',
  superseded: '已重新报送',
};

function submissionResult(submission: CatalogSubmission): string {
  if (submission.state === 'awaiting' || submission.state === 'superseded')
    return STATE_RESULTS[submission.state];
  return submission.outcomeLabel?.trim() || STATE_RESULTS[submission.state];
}

function filingsOf(submissions: readonly CatalogSubmission[]): CatalogFiling[] {
  const byRecipient = new Map<string, CatalogSubmission[]>();
  for (const submission of submissions) {
    const list = byRecipient.get(submission.recipient) ?? [];
    list.push(submission);
    byRecipient.set(submission.recipient, list);
  }
  return [...byRecipient.entries()]
    .map(([recipient, rounds]) => {
      const ordered = [...rounds].sort((a, b) => a.round - b.round || a.sentOn.localeCompare(b.sentOn));
      const first = ordered[0] as CatalogSubmission;
      const latest = ordered[ordered.length - 1] as CatalogSubmission;
      const again = ordered.length > 1 ? `（第${ordered.length}次报送）` : '';
      return {
        recipient,
        sentOn: first.sentOn,
        late: first.late,
        result: `${submissionResult(latest)}${again}`,
      };
    })
    .sort((a, b) => a.sentOn.localeCompare(b.sentOn) || a.recipient.localeCompare(b.recipient, 'zh-CN'));
}

const docNumberOrder = new Intl.Collator('zh-CN', { numeric: true });

/** 公布日期 first, then 文号 with its sequence number read as a number (〔2026〕9号 before 〔2026〕10号). */
export function compareCatalogOrder(
  a: Pick<CatalogSource, 'publishedOn' | 'docNumber'>,
  b: Pick<CatalogSource, 'publishedOn' | 'docNumber'>,
): number {
  return a.publishedOn.localeCompare(b.publishedOn) || docNumberOrder.compare(a.docNumber, b.docNumber);
}

/**
 * The rows of the period's 目录: every document published in the period, one row each with its filing
 * organs and their answers joined, ordered by 公布日期 then 文号. `today` decides whether an unsent
 * document is already overdue.
 */
export function catalogRows(
  sources: readonly CatalogSource[],
  period: CatalogPeriod,
  today: IsoDate,
): CatalogRow[] {
  return sources
    .filter((source) => inPeriod(source.publishedOn, period))
    .sort(compareCatalogOrder)
    .map((source, index) => {
      const filings = filingsOf(source.submissions);
      const overdueUnsent = filings.length === 0 && source.filingDueOn !== null && source.filingDueOn < today;
      return {
        seq: index + 1,
        documentId: source.documentId,
        title: source.title,
        docNumber: source.docNumber,
        registrationNumber: source.registrationNumber,
        issuingAuthority: source.issuingAuthority,
        publishedOn: source.publishedOn,
        effectiveOn: source.effectiveOn,
        validUntil: source.validUntil,
        filingDueOn: source.filingDueOn,
        filings,
        late: overdueUnsent || filings.some((filing) => filing.late),
        unsentResult: filings.length > 0 ? null : overdueUnsent ? '逾期未报送' : '未报送',
      };
    });
}

/** The column headings of the 目录, in order (Word and Excel alike). */
export const CATALOG_COLUMNS = [
  '序号',
  '文件名称',
  '发文字号',
  '登记号',
  '制定机关',
  '公布日期',
  '施行日期',
  '有效期至',
  '报送备案日期',
  '备案机关',
  '备案结果',
] as const;

/** What the 备案结果 cell says for each organ, 逾期报送 marked. */
export function filingResultLines(row: CatalogRow): string[] {
  if (row.unsentResult !== null) return [row.unsentResult];
  return row.filings.map((filing) => `${filing.result}${filing.late ? '（逾期报送）' : ''}`);
}
