import { z } from 'zod';

/** The statistics page (统计): a year, and optionally one of its quarters. */
export const StatsInput = z.object({
  year: z
    .number({ error: '请选择年份' })
    .int('年份必须是整数')
    .min(2000, '年份不能早于 2000 年')
    .max(2100, '年份不能晚于 2100 年'),
  quarter: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: '季度只能是 1 至 4' })
    .optional(),
});
export type StatsInput = z.infer<typeof StatsInput>;

/** A count; the documents behind it come from `stats.documents` with its key. */
export const StatsFigure = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
});
export type StatsFigure = z.infer<typeof StatsFigure>;

export const StatsRate = z.object({
  key: z.string(),
  label: z.string(),
  numerator: StatsFigure,
  denominator: StatsFigure,
  /** null: nothing to divide by, shown as “—”. */
  value: z.number().nullable(),
});
export type StatsRate = z.infer<typeof StatsRate>;

export const StatsView = z.object({
  period: StatsInput,
  from: z.string(),
  to: z.string(),
  documents: z.object({ total: StatsFigure, byKind: z.array(StatsFigure), byStatus: z.array(StatsFigure) }),
  reviews: z.object({
    received: StatsFigure,
    concluded: StatsFigure,
    byOutcome: z.array(StatsFigure),
    byReviewer: z.array(StatsFigure),
    medianWorkingDays: z.number().nullable(),
    p90WorkingDays: z.number().nullable(),
    overdue: StatsFigure,
  }),
  filings: z.object({
    shouldFile: StatsFigure,
    filed: StatsFigure,
    onTime: StatsFigure,
    registeredClean: StatsFigure,
    filingRate: StatsRate,
    timelyRate: StatsRate,
    regularRate: StatsRate,
    correctionsRequested: StatsFigure,
    correctionsDone: StatsFigure,
  }),
  cleanup: z.object({ total: StatsFigure, byDisposition: z.array(StatsFigure) }),
  signoffs: z.object({ total: StatsFigure, byCounsel: z.array(StatsFigure) }),
  /** Years the page offers: from the first registered document to this year. */
  years: z.array(z.number().int()),
});
export type StatsView = z.infer<typeof StatsView>;

/** The documents behind one figure of a period, asked for when the figure is opened. */
export const StatsDocumentsInput = StatsInput.extend({ key: z.string().min(1).max(200) });

export const StatsDocument = z.object({
  id: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  kindLabel: z.string(),
});
export type StatsDocument = z.infer<typeof StatsDocument>;
