import type { Account } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { hasAnyRole } from '../../shared/domain/roles';
import { findAttachment } from '../db/repos/attachments';
import type { DocumentRecord } from '../db/repos/documents';
import { findUserById } from '../db/repos/users';
import type { Deps } from '../deps';

/**
 * 登记法律顾问意见 (重大行政决策程序暂行条例第二十八条): who gave the opinion, as main knows it. A counsel
 * records their own opinion under their own name; a reviewer records one given by a counsel account (its
 * name is the account's) or by a 公职律师/法律顾问 named in the form. The written opinion, when attached,
 * is a current material of the document.
 */
export function prepareLegalOpinion(
  deps: Deps,
  actor: Account,
  document: DocumentRecord,
  event: Record<string, unknown>,
): Record<string, unknown> {
  // The event is checked against its schema by the machine; here only the fields main resolves.
  let counselId = typeof event.counselId === 'string' && event.counselId !== '' ? event.counselId : undefined;
  if (!hasAnyRole(actor.roles, ['reviewer'])) {
    if (counselId !== undefined && counselId !== actor.id)
      throw new DomainError('FORBIDDEN', '不能以他人名义登记法律意见。');
    counselId = actor.id;
  }
  let adviserName = event.adviserName;
  if (counselId !== undefined) {
    const counsel = findUserById(deps.db, counselId);
    if (!counsel || !counsel.active || !counsel.roles.includes('counsel'))
      throw new DomainError('NOT_FOUND', '所选账号不是在用的法律顾问账号。');
    adviserName = counsel.displayName;
  }
  const id = typeof event.attachmentId === 'string' ? event.attachmentId : undefined;
  if (id !== undefined) {
    const attachment = findAttachment(deps.db, id);
    if (!attachment || attachment.documentId !== document.id)
      throw new DomainError('NOT_FOUND', '所选的法律意见书不是本文件的材料。');
    if (attachment.materialKind !== 'legal_opinion')
      throw new DomainError(
        'INVALID_INPUT',
        `“${attachment.fileName}”不是法律顾问、公职律师法律意见书，请选择该类材料。`,
      );
    if (attachment.withdrawnAt)
      throw new DomainError('INVALID_STATE', `“${attachment.fileName}”已经撤回，不能作为法律意见书。`);
  }
  return { ...event, adviserName, ...(counselId !== undefined ? { counselId } : {}) };
}
