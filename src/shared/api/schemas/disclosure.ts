import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';

const Text = (what: string, max: number) =>
  z.string().trim().min(1, `请填写${what}`).max(max, `${what}最多 ${max} 个字`);
const documentId = z.string().min(1);

export const RecordDisclosureRequestInput = z.object({
  documentId,
  /** 申请收到日期 */
  receivedOn: IsoDateSchema,
  applicant: z.string().trim().max(100, '申请人最多 100 个字').default(''),
});
export const RecordDisclosureExtensionInput = z.object({
  documentId,
  workingDays: z.number().int('延长天数应为整数').min(1, '延长天数应至少为 1 个工作日'),
  reason: Text('延期理由', 500),
  /** 告知申请人的日期 */
  notifiedOn: IsoDateSchema,
});
export const RecordDisclosureConsultationInput = z.object({
  documentId,
  thirdParty: Text('第三方名称', 100),
  fromOn: IsoDateSchema,
  toOn: IsoDateSchema,
});
export const RecordDisclosureAnswerInput = z.object({ documentId, answeredOn: IsoDateSchema });
export const RecordProactiveDisclosureInput = z.object({
  documentId,
  disclosedOn: IsoDateSchema,
  channel: Text('公开渠道', 40),
});

const ClockState = z.enum(['running', 'due_soon', 'overdue', 'done', 'done_late']);
const Warning = z.object({ code: z.string(), year: z.number().int().optional(), message: z.string() });

export const DisclosureView = z.object({
  documentId: z.string(),
  request: z
    .object({ receivedOn: IsoDateSchema, applicant: z.string(), answeredOn: IsoDateSchema.nullable() })
    .nullable(),
  extension: z
    .object({
      workingDays: z.number().int(),
      reason: z.string(),
      approvedOn: IsoDateSchema,
      approvedByName: z.string(),
      notifiedOn: IsoDateSchema,
    })
    .nullable(),
  consultations: z.array(
    z.object({ id: z.string(), thirdParty: z.string(), fromOn: IsoDateSchema, toOn: IsoDateSchema }),
  ),
  clock: z
    .object({
      statutoryDueOn: IsoDateSchema,
      dueOn: IsoDateSchema,
      extensionDays: z.number().int(),
      excludedWorkingDays: z.number().int(),
      state: ClockState,
      stateLabel: z.string(),
      workingDaysLeft: z.number().int(),
      warnings: z.array(Warning),
    })
    .nullable(),
  /** The profile's rules, as a user cites them. */
  basis: z.object({ reply: z.string(), extension: z.string(), consultation: z.string() }),
});
export type DisclosureView = z.infer<typeof DisclosureView>;

export const ProactiveDisclosureView = z.object({
  documentId: z.string(),
  /** 印发公布日期: the day the document was formed. */
  formedOn: IsoDateSchema,
  dueOn: IsoDateSchema,
  state: ClockState,
  stateLabel: z.string(),
  workingDaysLeft: z.number().int(),
  disclosedOn: IsoDateSchema.nullable(),
  channel: z.string().nullable(),
  basis: z.string(),
  warnings: z.array(Warning),
});
export type ProactiveDisclosureView = z.infer<typeof ProactiveDisclosureView>;

/** Open clocks for the dashboard: disclosure answers and proactive disclosures not yet done. */
export const DisclosureClocks = z.object({
  items: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      clock: z.enum(['reply', 'proactive']),
      dueOn: IsoDateSchema,
      state: ClockState,
      stateLabel: z.string(),
      workingDaysLeft: z.number().int(),
    }),
  ),
});
export type DisclosureClocks = z.infer<typeof DisclosureClocks>;
