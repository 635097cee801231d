import type { FairCompetitionView } from '../../shared/api/schemas/fairCompetition';
import {
  FAIR_COMPETITION_CONCLUSION_LABELS,
  FAIR_COMPETITION_CONCLUSIONS,
  TOUCHES_BUSINESS_QUESTION,
} from '../../shared/domain/fairCompetition';
import { codeOrLabel, type GroupCommand, type GroupIo, usageError } from './groupCommand';

export const FAIR_COMPETITION_USAGE = `  fair-competition show --document 文件ID          是否涉及市场主体经济活动（未回答时显示预审建议及所依据的句子）和公平竞争审查结论
  fair-competition answer --document 文件ID --touches-business 是|否
  fair-competition record --document 文件ID --conclusion compliant|non_compliant|exception --reviewed-on YYYY-MM-DD [--explanation 说明] [--attachment 材料ID]`;

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, FAIR_COMPETITION_USAGE);
}

const YES = ['是', 'yes', 'true'];
const NO = ['否', 'no', 'false'];

function describe(view: FairCompetitionView): string {
  if (!view.applies) return '这类文件不进行公平竞争审查。';
  const lines = [
    `${TOUCHES_BUSINESS_QUESTION}${
      view.answer
        ? `${view.answer.touchesBusiness ? '是' : '否'}（${view.answer.answeredByName ?? ''} ${new Date(view.answer.answeredAt).toLocaleDateString('sv-SE')} 回答）`
        : `尚未回答；预审建议：${view.suggestion.suggested ? '是' : '否'}`
    }`,
  ];
  if (!view.answer)
    for (const sentence of view.suggestion.sentences)
      lines.push(`  〔${sentence.categories.join('、')}〕${sentence.text}`);
  const [latest, ...earlier] = view.reviews;
  if (latest) {
    lines.push(
      `审查结论：${latest.conclusionLabel}（${latest.reviewedOn}）${latest.explanation ? `，说明：${latest.explanation}` : ''}`,
    );
    for (const review of earlier) lines.push(`  此前：${review.reviewedOn} ${review.conclusionLabel}`);
  } else if (view.touchesBusiness) {
    lines.push('尚未登记公平竞争审查结论：登记前不能提交集体审议。');
  }
  if (view.lockedReason) lines.push(view.lockedReason);
  return lines.join('\n');
}

/** `fair-competition show|answer|record`: the same channels as the review page's 公平竞争审查 card. */
export async function runFairCompetitionCommand(command: GroupCommand): Promise<number> {
  const { io, action, text, emit, signedIn } = command;
  const documentId = text('document');
  if (!documentId) return usage(io, '请用 --document 指定文件。');
  if (action === 'show')
    return signedIn(async () => emit(await io.call('fairCompetition.get', { documentId }), describe));
  if (action === 'answer') {
    const answer = text('touches-business');
    const touchesBusiness =
      answer && YES.includes(answer) ? true : answer && NO.includes(answer) ? false : null;
    if (touchesBusiness === null) return usage(io, '请用 --touches-business 回答“是”或“否”。');
    return signedIn(async () =>
      emit(await io.call('fairCompetition.answer', { documentId, touchesBusiness }), describe),
    );
  }
  if (action === 'record') {
    const given = text('conclusion');
    const conclusion = given
      ? codeOrLabel(given, FAIR_COMPETITION_CONCLUSIONS, FAIR_COMPETITION_CONCLUSION_LABELS)
      : null;
    if (!conclusion)
      return usage(io, `请用 --conclusion 给出审查结论：${FAIR_COMPETITION_CONCLUSIONS.join('|')}。`);
    const reviewedOn = text('reviewed-on');
    if (!reviewedOn) return usage(io, '请用 --reviewed-on 给出审查结论日期（YYYY-MM-DD）。');
    const attachmentId = text('attachment');
    return signedIn(async () =>
      emit(
        await io.call('fairCompetition.record', {
          documentId,
          conclusion,
          reviewedOn,
          explanation: text('explanation') ?? '',
          ...(attachmentId ? { attachmentId } : {}),
        }),
        describe,
      ),
    );
  }
  return usage(io, '未知的 fair-competition 命令：可用 show、answer、record。');
}
