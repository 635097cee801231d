import { z } from 'zod';
import type { CatalogRow } from '../../domain/filing/catalog';

/** Which 目录: a year, and a quarter or the whole year. */
export const CatalogQuery = z.object({
  year: z
    .number({ error: '请填写年份' })
    .int('年份应为整数')
    .min(2000, '年份应在 2000 至 2100 之间')
    .max(2100, '年份应在 2000 至 2100 之间'),
  /** 1–4 for a quarterly catalogue; absent or null for the annual one. */
  quarter: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '季度应为 1 至 4' })
    .nullable()
    .default(null),
});
export type CatalogQuery = z.infer<typeof CatalogQuery>;

export const CatalogExportInput = CatalogQuery.extend({
  format: z.enum(['docx', 'xlsx'], { error: '导出格式应为 Word（docx）或 Excel（xlsx）' }),
});

const CatalogFiling = z.object({
  recipient: z.string(),
  sentOn: z.string(),
  late: z.boolean(),
  result: z.string(),
});

export const CatalogRowSchema: z.ZodType<CatalogRow> = z.object({
  seq: z.number().int(),
  documentId: z.string(),
  title: z.string(),
  docNumber: z.string(),
  registrationNumber: z.string().nullable(),
  issuingAuthority: z.string(),
  publishedOn: z.string(),
  effectiveOn: z.string(),
  validUntil: z.string().nullable(),
  filingDueOn: z.string().nullable(),
  filings: z.array(CatalogFiling),
  late: z.boolean(),
  unsentResult: z.string().nullable(),
});

/** The 目录 as the 备案 page previews it, with the annual catalogue's due date in words. */
export const CatalogPreview = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  title: z.string(),
  periodLabel: z.string(),
  from: z.string(),
  to: z.string(),
  annualDueOn: z.string(),
  annualDueText: z.string(),
  rows: z.array(CatalogRowSchema),
});
export type CatalogPreview = z.infer<typeof CatalogPreview>;
