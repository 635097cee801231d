import { Packer, type Paragraph, type Table } from 'docx';
import { chineseDate } from '../../shared/domain/calendar/isoDate';
import {
  DISPOSITION_CATALOG_TITLES,
  DISPOSITION_LABELS,
  DISPOSITIONS,
  type Disposition,
} from '../../shared/domain/cleanup/campaigns';
import { bodyParagraph, gbDocument, gbSection, gbTable, headingParagraph, titleParagraph } from './gbt9704';

/** The result catalogs of a cleanup campaign and its 清理情况报告, as GB/T 9704 Word files. */

export interface CleanupCatalogRow {
  title: string;
  docNumber: string;
  registrationNumber: string | null;
  publishedOn: string;
  reason: string;
}

/** The catalog's columns (label, width in percent). */
export const CLEANUP_CATALOG_COLUMNS: [string, number][] = [
  ['序号', 7],
  ['文件名称', 31],
  ['文号', 17],
  ['登记号', 15],
  ['公布日期', 12],
  ['清理理由', 18],
];

function catalogTable(rows: readonly CleanupCatalogRow[]): Table {
  return gbTable(
    CLEANUP_CATALOG_COLUMNS,
    rows.map((row, index) => [
      String(index + 1),
      row.title,
      row.docNumber,
      row.registrationNumber ?? '',
      row.publishedOn,
      row.reason,
    ]),
  );
}

/** “某区统计局决定废止的规范性文件目录”. */
export function cleanupCatalogTitle(agencyName: string, disposition: Disposition): string {
  return `${agencyName}${DISPOSITION_CATALOG_TITLES[disposition]}`;
}

/** One result catalog: title, the campaign it comes from, and the table (or a line saying it is empty). */
export function buildCleanupCatalogDocx(meta: {
  title: string;
  campaignName: string;
  creator: string;
  rows: readonly CleanupCatalogRow[];
}): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    titleParagraph(meta.title),
    bodyParagraph(`（${meta.campaignName}，共${meta.rows.length}件）`, { center: true }),
    meta.rows.length > 0 ? catalogTable(meta.rows) : bodyParagraph('本次清理没有列入本目录的文件。'),
  ];
  return Packer.toBuffer(
    gbDocument({ title: meta.title, creator: meta.creator, sections: [gbSection(children)] }),
  );
}

export interface CleanupReportMeta {
  agencyName: string;
  campaignName: string;
  kindLabel: string;
  scopeText: string;
  startedOn: string;
  dueOn: string;
  /** The date the results were applied; null while the campaign is open. */
  decidedOn: string | null;
  decided: number;
  approved: number;
  creator: string;
  /** The date the report is dated. */
  on: string;
  rows: Record<Disposition, CleanupCatalogRow[]>;
}

export function cleanupReportTitle(agencyName: string): string {
  return `关于${agencyName}规范性文件清理情况的报告`;
}

/** “共清理N件，其中继续有效a件、修改b件、废止c件、宣布失效d件”. */
export function cleanupCountsSentence(rows: Record<Disposition, readonly unknown[]>, total: number): string {
  const parts = DISPOSITIONS.map(
    (disposition) => `${DISPOSITION_LABELS[disposition]}${rows[disposition].length}件`,
  );
  return `共清理${total}件，其中${parts.join('、')}`;
}

const NUMERALS = ['一', '二', '三', '四'] as const;

/** 清理情况报告 (draft): what was cleaned and why, the counts, the catalogs, and what comes next. */
export function buildCleanupReportDocx(meta: CleanupReportMeta, total: number): Promise<Buffer> {
  const title = cleanupReportTitle(meta.agencyName);
  const status = meta.decidedOn
    ? `清理结果经负责人批准，已于${chineseDate(meta.decidedOn)}决定并应用。`
    : `清理结果尚未应用：已拟定处理意见${meta.decided}件，其中经负责人批准${meta.approved}件。`;
  const children: (Paragraph | Table)[] = [
    titleParagraph(title),
    bodyParagraph(
      `根据规范性文件清理工作的要求，${meta.agencyName}于${chineseDate(meta.startedOn)}启动${meta.campaignName}（${meta.kindLabel}），` +
        `清理范围为${meta.scopeText}，要求于${chineseDate(meta.dueOn)}前完成。现将清理情况报告如下。`,
    ),
    headingParagraph('一、清理结果', 1),
    bodyParagraph(`${cleanupCountsSentence(meta.rows, total)}。${status}`),
    headingParagraph('二、清理文件目录', 1),
  ];
  DISPOSITIONS.forEach((disposition, index) => {
    const rows = meta.rows[disposition];
    children.push(
      headingParagraph(
        `（${NUMERALS[index] ?? ''}）${DISPOSITION_CATALOG_TITLES[disposition]}（${rows.length}件）`,
        2,
      ),
    );
    children.push(rows.length > 0 ? catalogTable(rows) : bodyParagraph('无。'));
  });
  children.push(
    headingParagraph('三、下一步工作', 1),
    bodyParagraph(
      '决定修改的文件，由起草单位以印发文本为底稿重新起草，按程序送审、集体审议后重新印发；决定废止和宣布失效的文件，' +
        '自决定之日起不再作为行政管理的依据，并向社会公布清理结果。清理中发现的问题和下一步工作安排，由办公室在本稿基础上补充完善。',
    ),
    bodyParagraph(meta.agencyName, { right: true }),
    bodyParagraph(chineseDate(meta.on), { right: true }),
  );
  return Packer.toBuffer(gbDocument({ title, creator: meta.creator, sections: [gbSection(children)] }));
}
