import { z } from 'zod';

/** Status of a law in the reference library (as the national database labels versions). */
export const LAW_STATUSES = ['有效', '已修改', '已废止'] as const;
export const LawStatus = z.enum(LAW_STATUSES);
export type LawStatus = z.infer<typeof LawStatus>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const LawVersion = z.object({
  /** Promulgation (or amendment) date of this text. */
  date: IsoDate,
  effective: IsoDate.optional(),
  status: LawStatus,
});
export type LawVersion = z.infer<typeof LawVersion>;

/** One law of resources/laws/library.json (built by scripts/build-law-library.mjs). */
export const LawEntry = z.object({
  /** lawKey(title): stable, and what citations are matched on. */
  id: z.string().min(1),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  /** Other names it is cited by: 令号/文号, standard numbers, former spellings. */
  aliases: z.array(z.string().min(1)).optional(),
  /** 法律 / 行政法规 / 地方性法规 / 部门规章 / 司法解释 / 党内法规 / 规范性文件 / 国家标准 … */
  level: z.string().optional(),
  issuer: z.string().optional(),
  promulgated: IsoDate.optional(),
  effective: IsoDate.optional(),
  status: LawStatus,
  /** Title of the law that replaced or repealed it. */
  supersededBy: z.string().optional(),
  /** Date the repeal took effect, where known. */
  repealed: IsoDate.optional(),
  /** Versions, oldest first, when more than one is known. */
  versions: z.array(LawVersion).optional(),
  /** Validity the sources leave open although the status reads 有效: not confirmed current, or partly superseded. */
  doubt: z
    .object({
      kind: z.enum(['效力存疑', '部分失效']),
      /** What is in doubt, in the reviewer's words. */
      reason: z.string().min(1),
      source: z.string().min(1),
    })
    .optional(),
  note: z.string().optional(),
  source: z.string().min(1),
});
export type LawEntry = z.infer<typeof LawEntry>;

export const LawLibraryData = z.object({ source: z.string(), laws: z.array(LawEntry) });
export type LawLibraryData = z.infer<typeof LawLibraryData>;

/** Old → new article numbers between two versions of one law (resources/laws/renumbering.json). */
export const RenumberingTable = z.object({
  law: z.string().min(1),
  oldVersion: IsoDate,
  newVersion: IsoDate,
  newVersionEffective: IsoDate.optional(),
  source: z.string().min(1),
  /** Computed by aligning the two texts rather than taken from an official table. */
  computed: z.boolean().optional(),
  /** Old article number (as a string key) → new article number. */
  articles: z.record(z.string().regex(/^\d+$/), z.number().int().positive()),
  /** New articles with no predecessor; old articles with no successor. */
  added: z.array(z.number().int().positive()),
  removed: z.array(z.number().int().positive()),
  /** What changed in substance, keyed by old article number. */
  notes: z.record(z.string().regex(/^\d+$/), z.string()).optional(),
  /** The beginning of each article of the new version, to read what a cited number refers to. */
  newTexts: z.record(z.string().regex(/^\d+$/), z.string()).optional(),
});
export type RenumberingTable = z.infer<typeof RenumberingTable>;

export const RenumberingData = z.object({ tables: z.array(RenumberingTable) });
export type RenumberingData = z.infer<typeof RenumberingData>;
