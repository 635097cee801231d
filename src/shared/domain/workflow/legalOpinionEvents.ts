import { z } from 'zod';
import { IsoDateSchema } from '../calendar/isoDate';
import type { IsoDate } from '../calendar/isoDate';
import {
  LEGAL_ADVISER_ROLES,
  LEGAL_OPINIONS,
  type LegalAdviserRole,
  type LegalOpinion,
} from '../majorDecisionCodes';

/**
 * 重大行政决策: the events of the 法律顾问/公职律师 opinion (重大行政决策程序暂行条例第二十八条) and of going
 * forward despite a 不同意 opinion with the legal risk stated (第二十五条). Kept apart from events.ts,
 * which lists them in the one event union.
 */

const base = { on: IsoDateSchema };
const required = (what: string, max: number) =>
  z
    .string({ message: `请填写${what}` })
    .trim()
    .min(1, `请填写${what}`)
    .max(max, `${what}最多 ${max} 个字`);

export const LEGAL_OPINION_EVENTS = [
  z.object({
    type: z.literal('RECORD_LEGAL_OPINION'),
    ...base,
    adviserRole: z.enum(LEGAL_ADVISER_ROLES, { message: '请选择法律顾问或公职律师' }),
    /** The adviser's name; main fills it from the account when `counselId` is given. */
    adviserName: required('法律顾问或公职律师姓名', 40),
    /** The counsel account (法律顾问) that gave the opinion, when the adviser has one. */
    counselId: z.string().min(1).optional(),
    /** The day the opinion was given. */
    givenOn: IsoDateSchema,
    opinion: z.enum(LEGAL_OPINIONS, { message: '请选择法律意见：同意、不同意或修改后同意' }),
    text: required('法律意见', 5000),
    /** The signed written opinion: a material of kind legal_opinion of this document. */
    attachmentId: z.string().min(1).optional(),
  }),
  z.object({
    type: z.literal('ACCEPT_LEGAL_RISK'),
    ...base,
    /** Why the decision goes forward (探索性改革决策事项，国家尚无明确规定). */
    reason: required('提交讨论的理由', 1000),
    /** The legal risk, as it is stated to the meeting. */
    legalRisk: required('法律风险', 1000),
  }),
] as const;

/** Going forward despite a 不同意 opinion, with the legal risk stated (第二十五条). */
export interface LegalRiskAcceptance {
  reason: string;
  legalRisk: string;
  on: IsoDate;
}

/** The opinion as the workflow keeps it (WorkflowContext.legalOpinion). */
export interface LegalOpinionFact {
  adviserRole: LegalAdviserRole;
  adviserName: string;
  /** The counsel account that gave it, when the adviser has one. */
  counselId: string | null;
  givenOn: IsoDate;
  opinion: LegalOpinion;
  text: string;
  attachmentId: string | null;
  /** After a 不同意 opinion: why the draft still goes to the meeting, and the risk stated. */
  riskAccepted: LegalRiskAcceptance | null;
}
