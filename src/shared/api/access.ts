import type { Role } from '../domain/roles';
import { hasAnyRole } from '../domain/roles';
import type { ErrorCode } from './errors';

/**
 * Who may call a channel: anyone (`public`, only the setup and sign-in steps), any signed-in account
 * (`signedIn`), or an account holding one of the listed roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export const ADMIN: readonly Role[] = ['admin'];
export const DOCUMENT_EDITORS: readonly Role[] = ['drafter', 'reviewer'];
/** Materials: the document's editors, and the 负责人 for the minutes of the meeting they record (checked in the service). */
export const MATERIAL_UPLOADERS: readonly Role[] = ['drafter', 'reviewer', 'leader'];
/** Only drafters change the text; reviewers and counsel annotate it (issue: drafting §8). */
export const DRAFTERS: readonly Role[] = ['drafter'];
export const ANNOTATORS: readonly Role[] = ['drafter', 'reviewer', 'counsel', 'leader'];
export const REVIEWERS: readonly Role[] = ['reviewer'];
/** Workflow steps are role-checked per event in the service (WORKFLOW_EVENT_ROLES); these may try. */
export const WORKFLOW_ACTORS: readonly Role[] = ['drafter', 'reviewer', 'leader', 'counsel'];
/** Who sends filings and records the organs' answers (WORKFLOW_EVENT_ROLES of 报送备案 / 登记备案结果). */
export const FILING_CLERKS: readonly Role[] = ['reviewer'];
export const SIGNERS: readonly Role[] = ['counsel', 'reviewer'];
/** Who prepares a filing package: the drafting unit, the legal office, or an administrator (who may override gaps). */
export const FILING_PREPARERS: readonly Role[] = ['drafter', 'reviewer', 'admin'];
/** 重大行政决策事项目录: 报同级党委同意 is recorded by the 负责人. */
export const DECISION_CATALOG_APPROVERS: readonly Role[] = ['leader'];
export const LAW_EDITORS: readonly Role[] = ['admin', 'reviewer'];
/** Cleanup: reviewers propose dispositions (拟定); the 负责人 approves them and applies the campaign. */
export const CLEANUP_APPROVERS: readonly Role[] = ['leader'];
/** 政府信息公开: a 延期 of the answer is approved by the 负责人 (政府信息公开条例第三十三条). */
export const DISCLOSURE_APPROVERS: readonly Role[] = ['leader'];

/** The role matrix check: null when allowed, otherwise the error code to return. */
export function checkAccess(access: Access, account: { roles: readonly Role[] } | null): ErrorCode | null {
  if (access === 'public') return null;
  if (!account) return 'UNAUTHENTICATED';
  if (access === 'signedIn') return null;
  return hasAnyRole(account.roles, access) ? null : 'FORBIDDEN';
}
