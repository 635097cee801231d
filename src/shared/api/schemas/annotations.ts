import { z } from 'zod';

/** W3C Web Annotation style text-quote + position selector on one block of one text. */
export const TextSelector = z.object({
  blockId: z.string().min(1).max(80),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  exact: z.string().min(1, '请先选择要批注的文字').max(2000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
});
export type TextSelector = z.infer<typeof TextSelector>;

export const ANCHOR_STATUSES = ['exact', 'moved', 'fuzzy', 'orphaned'] as const;
export const AnchorStatus = z.enum(ANCHOR_STATUSES);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

export const AnnotationReply = z.object({
  id: z.string(),
  body: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
});

/** A comment thread with where it stands in the text being viewed. */
export const AnnotationThread = z.object({
  id: z.string(),
  documentId: z.string(),
  originVersionId: z.string().nullable(),
  originSelector: TextSelector,
  /** Position in the viewed text: null when orphaned there. */
  selector: TextSelector.nullable(),
  status: AnchorStatus,
  body: z.string(),
  state: z.enum(['open', 'resolved']),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  replies: z.array(AnnotationReply),
});
export type AnnotationThread = z.infer<typeof AnnotationThread>;

export const ListAnnotationsInput = z.object({
  documentId: z.string().min(1),
  /** The version being viewed; null for the working draft. */
  versionId: z.string().nullable().default(null),
});

const Body = z.string().trim().min(1, '请填写批注内容').max(5000, '批注最多 5000 个字符');

export const CreateAnnotationInput = z.object({
  documentId: z.string().min(1),
  versionId: z.string().nullable(),
  selector: TextSelector,
  body: Body,
});

export const ReplyAnnotationInput = z.object({ annotationId: z.string().min(1), body: Body });
export const AnnotationRef = z.object({ annotationId: z.string().min(1) });
