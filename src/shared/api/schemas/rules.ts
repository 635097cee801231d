import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import { HolidayImportFile } from '../../domain/calendar/holidayTable';
import { RuleProfile } from '../../domain/ruleProfileSchema';

export const RulesView = z.object({
  profile: RuleProfile,
  /** The profile is a built-in one as shipped, or the agency's own edited copy. */
  customized: z.boolean(),
  /** The agency's edited copy could not be read back and a built-in profile applies instead. */
  customUnreadable: z.boolean(),
  builtins: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
  /** Years the working-day calendar has holiday data for (bundled and imported). */
  holidayYears: z.array(z.number().int()),
  importedHolidayYears: z.array(z.number().int()),
});

/** Either a built-in profile by id, or the agency's own edited profile (whose problems are named by place). */
export const SetProfileInput = z
  .object({ id: z.string().min(1).optional(), profile: RuleProfile.optional() })
  .refine(
    (input) => (input.id === undefined) !== (input.profile === undefined),
    '请选择内置规则配置，或提交修改后的规则配置（二者选一）',
  );

export const ImportHolidaysInput = z.object({ file: HolidayImportFile });

export const DeadlineInput = z.object({
  from: IsoDateSchema,
  count: z.number().int().min(1, '期限至少 1 日').max(3650),
  unit: z.enum(['working', 'calendar']),
});

export const DeadlineView = z.object({
  due: IsoDateSchema,
  warnings: z.array(z.object({ code: z.string(), year: z.number().int().optional(), message: z.string() })),
});

export const LawSearchInput = z.object({
  q: z.string().trim().max(100).default(''),
  status: z.enum(['有效', '已修改', '已废止']).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export const LawView = z.object({
  id: z.string(),
  title: z.string(),
  level: z.string(),
  issuer: z.string(),
  promulgated: z.string(),
  effective: z.string(),
  status: z.enum(['有效', '已修改', '已废止']),
  supersededBy: z.string().nullable(),
  note: z.string(),
  /** Changed in this workstation (law_overrides) rather than as shipped. */
  edited: z.boolean(),
});

export const LawPage = z.object({ items: z.array(LawView), total: z.number().int() });

export const SetLawStatusInput = z.object({
  id: z.string().min(1),
  status: z.enum(['有效', '已修改', '已废止']),
  supersededBy: z.string().trim().max(200).nullable().default(null),
  note: z.string().trim().max(1000).default(''),
});
