import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import {
  FILING_LETTER_KINDS,
  FILING_METHODS,
  REGISTER_VIEWS,
  SUBMISSION_STATES,
} from '../../domain/filingRegister';
import { FILING_OUTCOMES, FILING_RESULTS } from '../../domain/ruleCodes';
import { DocumentKindSchema, DocumentStatusSchema } from './documents';

/** The filing register: submissions, outcomes, correction clocks and letters (备案登记簿). */

const Text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字`);

export const SubmitFilingInput = z.object({
  documentId: z.string().min(1),
  packageId: z.string().min(1, '请选择备案材料包'),
  method: z.enum(FILING_METHODS, '请选择报送方式'),
  /** The day it was sent; today when absent. */
  sentOn: IsoDateSchema.optional(),
  /** The organs sent to; by default the package's recipients (after a correction: those that asked for it). */
  recipients: z.array(z.string().trim().min(1)).min(1, '请选择备案机关').optional(),
});

export const RecordFilingOutcomeInput = z.object({
  submissionId: z.string().min(1),
  outcome: z.enum(FILING_OUTCOMES, '请选择备案审查结果'),
  /** The day of the organ's notice; today when absent. */
  on: IsoDateSchema.optional(),
  note: z.string().trim().max(1000, '说明最多 1000 个字').optional(),
});

export const AddFilingLetterInput = z.object({
  submissionId: z.string().min(1),
  kind: z.enum(FILING_LETTER_KINDS),
  reference: z.string().trim().max(60, '文号最多 60 个字').default(''),
  datedOn: IsoDateSchema,
  /** A request's deadline; from the profile's rectification period when absent. */
  dueOn: IsoDateSchema.optional(),
  /** A reply: the request it answers. */
  repliesTo: z.string().min(1).optional(),
  text: Text('内容摘要', 4000),
});

export const ListFilingsInput = z.object({
  view: z.enum(REGISTER_VIEWS).optional(),
  recipient: z.string().trim().max(60).optional(),
  year: z.number().int().min(1949).max(2200).optional(),
  q: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type ListFilingsInput = z.infer<typeof ListFilingsInput>;

/** A clock still running, read today on the holiday calendar. */
export const FilingClock = z.object({
  dueOn: z.string(),
  workingDaysLeft: z.number().int(),
  overdue: z.boolean(),
});
export type FilingClock = z.infer<typeof FilingClock>;

export const FilingRegisterRow = z.object({
  key: z.string(),
  submissionId: z.string().nullable(),
  documentId: z.string(),
  title: z.string(),
  kind: DocumentKindSchema,
  docNumber: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  publishedOn: z.string().nullable(),
  recipient: z.string().nullable(),
  method: z.enum(FILING_METHODS).nullable(),
  round: z.number().int().nullable(),
  sentOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  late: z.boolean(),
  state: z.enum([...SUBMISSION_STATES, 'to_submit']),
  outcomeLabel: z.string().nullable(),
  outcomeOn: z.string().nullable(),
  writtenReminder: z.boolean(),
  correctionDueOn: z.string().nullable(),
  /** The running clock (待报送: the filing deadline; 暂缓/纠正: the correction deadline). */
  clock: FilingClock.nullable(),
});
export type FilingRegisterRow = z.infer<typeof FilingRegisterRow>;

export const FilingRegisterPage = z.object({
  items: z.array(FilingRegisterRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The filing organs in the register, for the filter. */
  recipients: z.array(z.string()),
});
export type FilingRegisterPage = z.infer<typeof FilingRegisterPage>;

export const FilingLetter = z.object({
  id: z.string(),
  submissionId: z.string(),
  kind: z.enum(FILING_LETTER_KINDS),
  reference: z.string(),
  datedOn: z.string(),
  dueOn: z.string().nullable(),
  repliesTo: z.string().nullable(),
  text: z.string(),
  /** A request: whether the agency has replied. */
  replied: z.boolean(),
  clock: FilingClock.nullable(),
});
export type FilingLetter = z.infer<typeof FilingLetter>;

export const FilingSubmission = z.object({
  id: z.string(),
  packageId: z.string(),
  packageFileName: z.string(),
  reportNumber: z.string(),
  packageSha256: z.string(),
  round: z.number().int(),
  recipient: z.string(),
  method: z.enum(FILING_METHODS),
  sentOn: z.string(),
  dueOn: z.string(),
  late: z.boolean(),
  state: z.enum(SUBMISSION_STATES),
  outcome: z.enum(FILING_OUTCOMES).nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeOn: z.string().nullable(),
  outcomeNote: z.string(),
  writtenReminder: z.boolean(),
  correctionDueOn: z.string().nullable(),
  clock: FilingClock.nullable(),
  letters: z.array(FilingLetter),
});
export type FilingSubmission = z.infer<typeof FilingSubmission>;

const SourcedPeriod = z.object({ text: z.string(), basis: z.string() });

export const DocumentFilingView = z.object({
  documentId: z.string(),
  kind: DocumentKindSchema,
  status: DocumentStatusSchema,
  /** The profile requires this kind to be filed; with the period and its basis. */
  required: z.boolean(),
  period: SourcedPeriod.nullable(),
  materials: z.string(),
  issuance: z
    .object({
      docNumber: z.string(),
      registrationNumber: z.string().nullable(),
      publishedOn: z.string(),
      effectiveOn: z.string(),
      validUntil: z.string().nullable(),
      filingDueOn: z.string().nullable(),
    })
    .nullable(),
  state: z.enum(['not_required', 'not_issued', 'to_submit', 'awaiting', 'correction', 'filed', 'refused']),
  stateLabel: z.string(),
  /** The clock still running for the document: the filing deadline, or the earliest correction deadline. */
  clock: FilingClock.nullable(),
  submissions: z.array(FilingSubmission),
  packages: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      reportNumber: z.string(),
      recipients: z.array(z.string()),
      sha256: z.string(),
      builtAt: z.string(),
      latest: z.boolean(),
    }),
  ),
  /** The organs a new submission goes to by default (all of them, or those that asked for a correction). */
  nextRecipients: z.array(z.string()),
  nextRound: z.number().int(),
  /** Why nothing can be sent now; null when a submission may be recorded. */
  submitBlockedReason: z.string().nullable(),
  outcomes: z.array(
    z.object({
      code: z.enum(FILING_OUTCOMES),
      label: z.string(),
      result: z.enum(FILING_RESULTS),
      writtenReminder: z.boolean(),
      /** 15日 / 30日 for an outcome that starts a correction clock. */
      correctionPeriod: z.string().nullable(),
      basis: z.string(),
    }),
  ),
  /** The period a letter's answer is due in, unless the letter sets one. */
  letterPeriod: SourcedPeriod,
});
export type DocumentFilingView = z.infer<typeof DocumentFilingView>;

export const OpenFilingLetter = FilingLetter.extend({
  documentId: z.string(),
  title: z.string(),
  recipient: z.string(),
});

/** What the dashboard shows as due: filings to send, corrections to make, letters to answer. */
export const FilingDueView = z.object({
  toSubmit: z.object({ items: z.array(FilingRegisterRow), total: z.number().int() }),
  corrections: z.object({ items: z.array(FilingRegisterRow), total: z.number().int() }),
  letters: z.array(OpenFilingLetter),
});
export type FilingDueView = z.infer<typeof FilingDueView>;
