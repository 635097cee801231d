import { z } from 'zod';
import type { CompareResult, UnitChange } from '../../compare/types';
import { VersionSummary } from './documents';

const ChangeKind = z.enum(['unchanged', 'renumbered', 'moved', 'modified', 'added', 'deleted']);
const InlineOp = z.union([
  z.object({ op: z.literal('equal'), text: z.string(), oldText: z.string().optional() }),
  z.object({ op: z.literal('insert'), text: z.string() }),
  z.object({ op: z.literal('delete'), text: z.string() }),
]);
const PairSide = z.object({
  blockId: z.string(),
  index: z.number().int(),
  display: z.string().optional(),
  prefix: z.string(),
});
const Summary = z.object({
  added: z.number().int(),
  deleted: z.number().int(),
  modified: z.number().int(),
  moved: z.number().int(),
  renumbered: z.number().int(),
  unchanged: z.number().int(),
});

/** A unit of a comparison with the key its 修改说明 is stored under (made in main from block ids). */
export interface KeyedUnitChange extends UnitChange {
  noteKey: string;
}

/** The comparison as the renderer receives it (src/shared/compare/types.ts), every unit with its note key. */
export interface KeyedCompareResult extends Omit<CompareResult, 'units'> {
  units: KeyedUnitChange[];
}

export const CompareResultSchema: z.ZodType<KeyedCompareResult> = z.object({
  options: z.object({ ignoreWhitespace: z.boolean(), normalizeWidth: z.boolean() }),
  pairs: z.array(
    z.object({
      kind: ChangeKind,
      old: PairSide.optional(),
      new: PairSide.optional(),
      ops: z.array(InlineOp),
      unit: z.number().int(),
    }),
  ),
  units: z.array(
    z.object({
      kind: ChangeKind,
      isArticle: z.boolean(),
      edited: z.boolean(),
      oldLabel: z.string().optional(),
      newLabel: z.string().optional(),
      oldDisplay: z.string().optional(),
      newDisplay: z.string().optional(),
      similarity: z.number(),
      firstPair: z.number().int(),
      pairCount: z.number().int(),
      noteKey: z.string(),
    }),
  ),
  summary: Summary,
  otherSummary: Summary,
  changes: z.array(
    z.object({
      unit: z.number().int(),
      pair: z.number().int(),
      kind: ChangeKind.exclude(['unchanged']),
      isArticle: z.boolean(),
      label: z.string(),
    }),
  ),
  flags: z.array(
    z.object({
      scope: z.enum(['edited', 'added', 'deleted']),
      categories: z.array(z.enum(['modal', 'amount', 'time_limit', 'power'])),
      unit: z.number().int(),
      pair: z.number().int(),
      label: z.string(),
      removed: z.array(z.string()),
      added: z.array(z.string()),
      message: z.string(),
    }),
  ),
  stats: z.object({
    hunks: z.number().int(),
    insertedChars: z.number().int(),
    deletedChars: z.number().int(),
  }),
});

export const CompareInput = z.object({
  documentId: z.string().min(1),
  fromVersionId: z.string().min(1),
  /** null compares with the current working draft. */
  toVersionId: z.string().min(1).nullable(),
  ignoreWhitespace: z.boolean().default(true),
  normalizeWidth: z.boolean().default(true),
});
export type CompareInput = z.infer<typeof CompareInput>;

export const ComparisonView = z.object({
  result: CompareResultSchema,
  from: VersionSummary,
  /** null when the newer side is the working draft. */
  to: VersionSummary.nullable(),
  /** 修改说明 of the changed units, by their note key, saved with this pair of versions. */
  notes: z.record(z.string(), z.string()),
  millis: z.number(),
});

export const SaveCompareNoteInput = z.object({
  documentId: z.string().min(1),
  fromVersionId: z.string().min(1),
  toVersionId: z.string().min(1),
  /** Note key of a changed unit of the comparison made with these options. */
  noteKey: z.string().min(1),
  note: z.string().trim().max(2000, '修改说明最多 2000 个字符'),
  ignoreWhitespace: z.boolean().default(true),
  normalizeWidth: z.boolean().default(true),
});

export const CompareExportInput = CompareInput.extend({ format: z.enum(['tracked', 'table']) });
