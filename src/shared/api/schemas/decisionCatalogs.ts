import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import {
  CATALOG_CHANGE_KINDS,
  CATALOG_MOVES,
  CATALOG_STATUSES,
  DECISION_TYPES,
  type CatalogMove,
} from '../../domain/decisionCatalog';
import { PUBLICATION_CHANNELS } from '../../domain/issuance';
import { MAJOR_DECISION_PROCEDURES } from '../../domain/ruleCodes';

/** 重大行政决策事项目录: the channels' inputs and the catalog as the 清理 page and the CLI show it. */

const Year = z
  .number({ error: '请填写年份' })
  .int('年份应为整数')
  .min(2000, '年份应在 2000 至 2100 之间')
  .max(2100, '年份应在 2000 至 2100 之间');

const text = (what: string, max: number) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, `请填写${what}`)
    .max(max, `${what}最多 ${max} 个字`);

/** A change after publication (调整) must say why; before it, a reason may be given. */
const Reason = z.string().trim().max(500, '理由最多 500 个字').optional();

export const DecisionCatalogYear = z.object({ year: Year });

export const DecisionItemFields = z.object({
  name: text('事项名称', 200),
  decisionType: z.enum(DECISION_TYPES, { error: '请选择决策类型' }),
  leadUnit: text('承办单位', 100),
  basis: z.string().trim().max(1000, '决策依据最多 1000 个字').default(''),
  plannedCompletion: z
    .string({ error: '请填写计划完成时间' })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '计划完成时间应为年月（YYYY-MM）'),
  /** The 重大行政决策 document that carries the decision, when there is one. */
  documentId: z.string().min(1).nullable().default(null),
});

export const AddDecisionItemInput = DecisionItemFields.extend({ year: Year, reason: Reason });
export const UpdateDecisionItemInput = DecisionItemFields.extend({
  itemId: z.string().min(1),
  reason: Reason,
});
export const RemoveDecisionItemInput = z.object({ itemId: z.string().min(1), reason: Reason });

/** The day of a step; today when left out. */
const On = IsoDateSchema.optional();

export const RecordDecisionCheckInput = z.object({
  year: Year,
  on: On,
  opinion: text('法治审查意见', 2000),
});
export const RecordDecisionApprovalInput = z.object({
  year: Year,
  on: On,
  reference: text('党委同意的文件或会议', 200),
});
export const PublishDecisionCatalogInput = z.object({
  year: Year,
  on: On,
  channels: z.array(z.enum(PUBLICATION_CHANNELS)).min(1, '请选择公布渠道'),
});

export const ProcedureProgressSchema = z.object({
  procedure: z.enum(MAJOR_DECISION_PROCEDURES),
  label: z.string(),
  state: z.enum(['done', 'not_applicable', 'pending']),
  on: z.string().nullable(),
  note: z.string().nullable(),
});

export const LinkedDecisionDocument = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  procedures: z.array(ProcedureProgressSchema),
});

export const DecisionItemView = DecisionItemFields.extend({
  id: z.string(),
  seq: z.number().int(),
  /** 序号 among the catalog's active items; null once removed. */
  number: z.number().int().nullable(),
  decisionTypeLabel: z.string(),
  plannedCompletionLabel: z.string(),
  document: LinkedDecisionDocument.nullable(),
  state: z.enum(['active', 'removed']),
});
export type DecisionItemView = z.infer<typeof DecisionItemView>;

const ItemSnapshot = DecisionItemFields.extend({ documentId: z.string().nullable() });

export const DecisionCatalogChangeView = z.object({
  id: z.string(),
  itemId: z.string(),
  itemName: z.string(),
  change: z.enum(CATALOG_CHANGE_KINDS),
  changeLabel: z.string(),
  before: ItemSnapshot.nullable(),
  after: ItemSnapshot.nullable(),
  reason: z.string(),
  afterPublication: z.boolean(),
  changedAt: z.string(),
  /** The day of the change in the workstation's local time. */
  changedOn: z.string(),
  changedByName: z.string(),
});
export type DecisionCatalogChangeView = z.infer<typeof DecisionCatalogChangeView>;

export const DecisionCatalogView = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  status: z.enum(CATALOG_STATUSES),
  statusLabel: z.string(),
  nextMove: z.enum(Object.keys(CATALOG_MOVES) as [CatalogMove, ...CatalogMove[]]).nullable(),
  check: z.object({ on: z.string(), byName: z.string(), opinion: z.string() }).nullable(),
  approval: z.object({ on: z.string(), byName: z.string(), reference: z.string() }).nullable(),
  publication: z.object({ on: z.string(), byName: z.string(), channels: z.array(z.string()) }).nullable(),
  /** Every item, removed ones included (state removed), in the order added. */
  items: z.array(DecisionItemView),
  changes: z.array(DecisionCatalogChangeView),
});
export type DecisionCatalogView = z.infer<typeof DecisionCatalogView>;
