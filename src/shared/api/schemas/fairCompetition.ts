import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import { FAIR_COMPETITION_CONCLUSIONS } from '../../domain/fairCompetition';

/** 涉及市场主体经济活动? answered 是/否 for a document. */
export const AnswerMarketActivityInput = z.object({
  documentId: z.string().min(1),
  touchesBusiness: z.boolean({ error: '请回答是否涉及市场主体经济活动' }),
});

/** A 公平竞争审查 conclusion (公平竞争审查条例第十七条); 不符合 and 适用例外 are explained. */
export const RecordFairCompetitionInput = z
  .object({
    documentId: z.string().min(1),
    conclusion: z.enum(FAIR_COMPETITION_CONCLUSIONS, { error: '请选择审查结论' }),
    explanation: z.string().trim().max(2000, '说明最多 2000 个字').default(''),
    reviewedOn: IsoDateSchema,
    /** The written conclusion on file: a 公平竞争审查结论 material of the document. */
    attachmentId: z.string().min(1).optional(),
  })
  .refine((input) => input.conclusion === 'compliant' || input.explanation.length > 0, {
    message: '审查结论为“不符合”或“适用例外”的，应当说明理由（适用例外的须说明符合第十二条的情形）',
    path: ['explanation'],
  });

const FairCompetitionReview = z.object({
  id: z.string(),
  conclusion: z.enum(FAIR_COMPETITION_CONCLUSIONS),
  conclusionLabel: z.string(),
  explanation: z.string(),
  reviewedOn: IsoDateSchema,
  attachmentId: z.string().nullable(),
  attachmentName: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string().nullable(),
});

export const FairCompetitionView = z.object({
  documentId: z.string(),
  /** The kind asks for a 公平竞争审查 where it touches business (not Party documents, contracts, …). */
  applies: z.boolean(),
  /** The answer given, null before anyone answered. */
  answer: z
    .object({ touchesBusiness: z.boolean(), answeredAt: z.string(), answeredByName: z.string().nullable() })
    .nullable(),
  /** What the draft's terms suggest until a person answers, with the sentences that suggest it. */
  suggestion: z.object({
    suggested: z.boolean(),
    sentences: z.array(z.object({ text: z.string(), categories: z.array(z.string()) })),
  }),
  /** What the gates read: the answer, else the suggestion. */
  touchesBusiness: z.boolean(),
  /** The conclusion that counts (the latest) and the earlier ones, newest first. */
  reviews: z.array(FairCompetitionReview),
  /** Answers and conclusions may change until the document is issued. */
  lockedReason: z.string().nullable(),
});
export type FairCompetitionView = z.infer<typeof FairCompetitionView>;
