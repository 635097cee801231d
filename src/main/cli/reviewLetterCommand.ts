import { type GroupCommand, usageError } from './groupCommand';

export const REVIEW_USAGE = `  review letter-number --case 审核案件ID         给已出具结论的合法性审核意见书编文号（每案一次，审核人员）`;

/** `review letter-number`: the case's 意见书文号, given once after the conclusion. */
export async function runReviewCommand(command: GroupCommand): Promise<number> {
  const { io, action, text, emit, signedIn } = command;
  const caseId = text('case');
  if (action !== 'letter-number') return usageError(io, '未知的 review 命令。', REVIEW_USAGE);
  if (!caseId) return usageError(io, '请用 --case 指定审核案件。', REVIEW_USAGE);
  return signedIn(async () => {
    const result = await io.call('reviews.assignLetterNumber', { caseId });
    return emit(
      result,
      (detail: { letterNumber: string | null }) => `意见书文号：${detail.letterNumber ?? ''}`,
    );
  });
}
