import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** An entry as the audit log viewer shows it: the account, the action and the object named as people do. */
export const AuditListEntry = AuditEntry.extend({
  /** 登录名 of the acting account, when it still exists. */
  actorLogin: z.string().nullable(),
  /** 操作, a Chinese verb phrase. */
  actionLabel: z.string(),
  /** 对象: e.g. 《…办法》第2版（送审稿，2025-03-10）, 账号 李起草（lqc）. */
  subject: z.string(),
  /** The document the entry concerns, if any (its title as now, or as recorded when it was removed). */
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
});
export type AuditListEntry = z.infer<typeof AuditListEntry>;

/** Which entries: every filter is optional and they combine with AND. */
export const AuditFilter = z.object({
  /** 操作人: an account id. */
  accountId: z.string().max(80).optional(),
  /** 操作: one action (a channel name or a recorded event such as a failed sign-in). */
  action: z.string().max(80).optional(),
  /** 业务范围: every action of one area, e.g. `documents`. */
  area: z
    .string()
    .regex(/^[a-zA-Z]+$/)
    .optional(),
  /** 时间: from and to, inclusive calendar days. */
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  /** 文件: every entry about one document (its versions, materials, review, sign-offs, filings …). */
  documentId: z.string().max(80).optional(),
  /** Free text over the names (account, document title) and the recorded details. */
  q: z.string().trim().max(100).optional(),
});
export type AuditFilter = z.infer<typeof AuditFilter>;

export const ListAuditInput = AuditFilter.extend({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(100),
});

export const AuditPage = z.object({ items: z.array(AuditListEntry), total: z.number().int() });
export type AuditPage = z.infer<typeof AuditPage>;

export const ExportAuditInput = AuditFilter;

/** Result of walking the hash chain: `firstBrokenSeq` names the first row whose hash does not hold. */
export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
