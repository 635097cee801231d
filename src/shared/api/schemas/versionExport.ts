import { z } from 'zod';

/**
 * 导出 Word: one saved version (`versionId`) or the document's current draft (`documentId` + `draft`).
 * One channel for both, so the version page and the editor share one operation.
 */
export const ExportVersionDocxInput = z.union([
  z.object({ versionId: z.string().min(1) }).strict(),
  z.object({ documentId: z.string().min(1), draft: z.literal(true) }).strict(),
]);
export type ExportVersionDocxInput = z.infer<typeof ExportVersionDocxInput>;
