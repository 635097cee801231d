import { z } from 'zod';
import { CreateUserInput } from './accounts';

/** 机关名称 and 机关代字 (the short name used in 发文字号, e.g. 某统字). */
export const AgencySettings = z.object({
  agencyName: z.string().trim().min(2, '请填写机关名称').max(60, '机关名称最多 60 个字符'),
  agencyCode: z
    .string()
    .trim()
    .min(1, '请填写机关代字')
    .max(12, '机关代字最多 12 个字符')
    .regex(/^[\p{Script=Han}A-Za-z]+$/u, '机关代字只能包含汉字或字母'),
});
export type AgencySettings = z.infer<typeof AgencySettings>;

export const SetupStatus = z.object({
  initialized: z.boolean(),
  agencyName: z.string().nullable(),
});

export const SetupInput = z.object({
  agency: AgencySettings,
  admin: CreateUserInput,
  /** Fill the workspace with a dozen demonstration documents. */
  demo: z.boolean().default(false),
});
export type SetupInput = z.infer<typeof SetupInput>;
