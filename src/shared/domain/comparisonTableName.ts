import { chineseDate, type IsoDate } from './calendar/isoDate';

/** A side of a comparison as a 修改对照表 names it; null for the current draft. */
export interface ComparedVersion {
  seq: number;
  label: string;
  /** The local day the version was saved. */
  savedOn: IsoDate;
}

/** 第2版送审稿, or 第2版2026年5月3日 for a version without a label, or 当前草稿. */
export function comparedVersionName(version: ComparedVersion | null): string {
  if (!version) return '当前草稿';
  return `第${version.seq}版${version.label || chineseDate(version.savedOn)}`;
}

/** 《标题》修改对照表（第1版征求意见稿→第2版送审稿）.docx: the file names the document and both versions. */
export function comparisonTableFileName(
  title: string,
  from: ComparedVersion | null,
  to: ComparedVersion | null,
): string {
  return `《${title}》修改对照表（${comparedVersionName(from)}→${comparedVersionName(to)}）.docx`;
}
