import type { ParsedInput } from '../../shared/api';
import type { AuditFilter, AuditListEntry, AuditPage } from '../../shared/api/schemas/audit';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_AREA_LABELS,
  AUDIT_EVENT_LABELS,
  auditActionLabel,
} from '../../shared/domain/audit/auditActions';
import { describeAuditSubject, recordedDocumentTitle } from '../../shared/domain/audit/auditSubject';
import { type AuditNamedEntry, type AuditQuery, iterateAudit, listAudit } from '../db/repos/auditLog';
import { findDocument } from '../db/repos/documents';
import { findUserById } from '../db/repos/users';
import { XLSX_MEDIA_TYPE } from '../export/catalogXlsx';
import { buildAuditXlsx, localDateTime } from '../export/auditXlsx';
import { type ServiceContext, type StagedOperation, requireAccount } from './context';
import { getAgency } from './settings';

/** Local midnight of a calendar day, as the instant the log's times compare with. */
function startOfDay(day: string, plusDays = 0): string {
  return new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)) + plusDays,
  ).toISOString();
}

function queryOf(filter: AuditFilter): AuditQuery {
  const text = filter.q?.trim();
  return {
    accountId: filter.accountId,
    action: filter.action,
    area: filter.area,
    fromAt: filter.from ? startOfDay(filter.from) : undefined,
    toAt: filter.to ? startOfDay(filter.to, 1) : undefined,
    documentId: filter.documentId,
    q: text
      ? {
          text,
          // Searching 保存版本 finds the entries of that action, as the viewer names them.
          actions: [...Object.entries(AUDIT_ACTION_LABELS), ...Object.entries(AUDIT_EVENT_LABELS)]
            .filter(([, label]) => label.includes(text))
            .map(([action]) => action),
        }
      : undefined,
  };
}

/** An entry as the viewer and the export show it. */
function listEntryOf({ names, ...entry }: AuditNamedEntry): AuditListEntry {
  const facts = { ...names, action: entry.action, targetType: entry.targetType, detail: entry.detail };
  return {
    ...entry,
    actorLogin: names.actorLogin,
    actionLabel: auditActionLabel(entry.action, entry.detail),
    subject: describeAuditSubject(facts),
    documentId: names.documentId,
    documentTitle: names.documentId ? recordedDocumentTitle(facts) : null,
  };
}

/** audit.list: one page of the filtered log, newest first, each entry named as people do. */
export function listAuditEntries(ctx: ServiceContext, input: ParsedInput<'audit.list'>): AuditPage {
  requireAccount(ctx);
  const page = listAudit(ctx.db, { ...queryOf(input), page: input.page, pageSize: input.pageSize });
  return { items: page.items.map(listEntryOf), total: page.total };
}

/** The filters in words, for the export's heading and its own audit entry. */
export function describeAuditFilter(ctx: ServiceContext, filter: AuditFilter): string {
  const parts: string[] = [];
  if (filter.accountId) {
    const user = findUserById(ctx.db, filter.accountId);
    parts.push(`操作人：${user ? `${user.displayName}（${user.username}）` : '已不存在的账号'}`);
  }
  if (filter.area) parts.push(`业务范围：${AUDIT_AREA_LABELS[filter.area] ?? '其他'}`);
  if (filter.action) parts.push(`操作：${auditActionLabel(filter.action)}`);
  if (filter.from || filter.to) parts.push(`时间：${filter.from ?? '最早'} 至 ${filter.to ?? '今天'}`);
  if (filter.documentId) {
    const document = findDocument(ctx.db, filter.documentId);
    parts.push(`文件：${document ? `《${document.title}》` : '已不存在的文件'}`);
  }
  if (filter.q?.trim()) parts.push(`搜索：${filter.q.trim()}`);
  return parts.length > 0 ? parts.join('；') : '全部记录';
}

interface PreparedAuditExport {
  fileName: string;
  data: Buffer;
  rows: number;
  filters: string;
}

/**
 * audit.export: the filtered entries as an Excel sheet. Reading the log out of the app is itself an
 * entry: the workbook is built first (outside the transaction), then the export is recorded with its
 * filters and the number of rows it carried.
 */
export const exportAudit: StagedOperation<
  ParsedInput<'audit.export'>,
  PreparedAuditExport,
  { fileName: string; mediaType: string; data: string }
> = {
  async prepare(ctx, input) {
    const actor = requireAccount(ctx);
    const now = ctx.clock.now();
    const filters = describeAuditFilter(ctx, input);
    const entries = (function* () {
      for (const entry of iterateAudit(ctx.db, queryOf(input))) yield listEntryOf(entry);
    })();
    const { data, rows } = await buildAuditXlsx({
      title: `${getAgency(ctx).agencyName}审计日志`,
      filters: (rows) => `${filters}（共 ${rows} 条，导出时间 ${localDateTime(now.toISOString())}）`,
      creator: actor.displayName,
      createdAt: now,
      entries,
    });
    const day = localDateTime(now.toISOString()).slice(0, 10);
    return { fileName: `审计日志（${day}导出）.xlsx`, data, rows, filters };
  },
  apply(ctx, _input, prepared) {
    ctx.describeChange({
      targetType: 'audit_log',
      detail: { filters: prepared.filters, rows: prepared.rows, fileName: prepared.fileName },
    });
    return {
      fileName: prepared.fileName,
      mediaType: XLSX_MEDIA_TYPE,
      data: prepared.data.toString('base64'),
    };
  },
};
