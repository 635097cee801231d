import type { DocumentStatus } from '../documentStatus';
import { revisionPending } from './guards';
import type { WorkflowContext } from './types';

/** States in which the text is always open: before 送审, and after the review sends it back. */
export const OPEN_TEXT_STATES: ReadonlySet<DocumentStatus> = new Set(['drafting', 'returned']);

/**
 * Why the document's text cannot be changed now, or null when it can. The text is open while drafting
 * and after the review sends it back; it is locked from 送审 until then, after a conclusion (unless the
 * conclusion asks for changes not yet confirmed), after deliberation (unless it approved with changes)
 * and from 印发 on. Only the workflow's own steps (退回补正, 回到起草修改) reopen it.
 */
export function textLockReason(
  state: DocumentStatus,
  context: WorkflowContext | null,
  reviewName: string,
): string | null {
  switch (state) {
    case 'drafting':
    case 'returned':
      return null;
    case 'submitted':
    case 'in_review':
      return `文件已送审，${reviewName}期间文本锁定；需要修改的，由审核人员退回补正后再改。`;
    case 'reviewed':
      if (context && revisionPending(context)) return null;
      return context?.review?.revisionConfirmedOn
        ? '修改稿已经审核人员确认，文本锁定；需要再修改的，请“回到起草修改”后重新送审。'
        : `${reviewName}已作出结论，文本锁定；需要修改的，请“回到起草修改”后重新送审。`;
    case 'deliberated':
      return context?.deliberation?.decision === 'approved_with_changes'
        ? null
        : '文件已经集体审议，文本锁定；需要修改的，请“回到起草修改”后重新送审。';
    case 'issued':
    case 'filed':
    case 'in_force':
    case 'expired':
    case 'repealed':
      return '文件已印发，文本锁定；修改须通过文件清理程序进行。';
  }
}
