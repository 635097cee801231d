import { z } from 'zod';
import { DOCUMENT_KINDS } from '../documentKinds';
import { LIFECYCLE_STATES, type LifecycleEventType } from './lifecycle';

/** Cleanup campaigns (RULES.md §1.10): 定期清理, 专项清理 and 即时清理 (triggered by 上位法立改废). */

export const CAMPAIGN_KINDS = ['periodic', 'special', 'immediate'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = {
  periodic: '定期清理',
  special: '专项清理',
  immediate: '即时清理',
};

/** The published result categories: 继续有效 / 修改 (修订后重新发布) / 废止 / 宣布失效. */
export const DISPOSITIONS = ['continue', 'amend', 'repeal', 'declare_invalid'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
export const DISPOSITION_LABELS: Record<Disposition, string> = {
  continue: '继续有效',
  amend: '修改',
  repeal: '废止',
  declare_invalid: '宣布失效',
};
/** The result catalog each disposition is published in. */
export const DISPOSITION_CATALOG_TITLES: Record<Disposition, string> = {
  continue: '继续有效的规范性文件目录',
  amend: '需要修改的规范性文件目录',
  repeal: '决定废止的规范性文件目录',
  declare_invalid: '宣布失效的规范性文件目录',
};
/** The lifecycle event applying a disposition writes. */
export const DISPOSITION_EVENTS: Record<Disposition, LifecycleEventType> = {
  continue: 'continued',
  amend: 'amendment_opened',
  repeal: 'repealed',
  declare_invalid: 'declared_invalid',
};

/**
 * The filters a campaign's documents are chosen by; every filter present must hold. Only issued documents
 * are ever in scope.
 */
export const CampaignScope = z
  .object({
    kinds: z.array(z.enum(DOCUMENT_KINDS)).max(DOCUMENT_KINDS.length).optional(),
    /** 制定机关 (issuing authority) contains. */
    issuingAuthority: z.string().trim().max(100).optional(),
    /** 以区政府名义印发: the issuing authority names a 人民政府 (or its 办公室). */
    inGovernmentName: z.boolean().optional(),
    /** 公布日期的年份. */
    yearFrom: z.number().int().min(1949).max(2100).optional(),
    yearTo: z.number().int().min(1949).max(2100).optional(),
    states: z.array(z.enum(LIFECYCLE_STATES)).max(LIFECYCLE_STATES.length).optional(),
    /** Cites this library entry (by id), in any of its names. */
    citesLaw: z.string().trim().min(1).max(200).optional(),
    /** Title, 文号 or 登记号 contains. */
    text: z.string().trim().max(100).optional(),
    /** Documents added by hand, whatever the filters say. */
    documentIds: z.array(z.string().min(1)).max(1000).optional(),
  })
  .strict()
  .refine((scope) => !scope.yearFrom || !scope.yearTo || scope.yearFrom <= scope.yearTo, {
    message: '起始年份不能晚于截止年份',
    path: ['yearTo'],
  });
export type CampaignScope = z.infer<typeof CampaignScope>;
