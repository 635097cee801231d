import { listAudit, verifyAuditChain } from '../db/repos/auditLog';
import {
  changeOwnPassword,
  createAccount,
  initialize,
  listAccounts,
  resetPassword,
  setupStatus,
  signIn,
  signOut,
  updateAccount,
} from '../services/accounts';
import { createDocument, getDocumentDetail, listDocumentPage, updateDocument } from '../services/documents';
import { getAgency, updateAgency } from '../services/settings';
import type { Handlers } from './context';

/** One handler per contract channel; a missing one does not compile. */
export const handlers: Handlers = {
  'setup.status': (ctx) => setupStatus(ctx),
  'setup.initialize': (ctx, input) => initialize(ctx, input),

  'auth.me': (ctx) => ctx.account,
  'auth.signIn': (ctx, input) => signIn(ctx, input.username, input.password),
  'auth.signOut': (ctx) => signOut(ctx),
  'auth.changePassword': (ctx, input) => changeOwnPassword(ctx, input.currentPassword, input.newPassword),

  'users.list': (ctx) => listAccounts(ctx),
  'users.create': (ctx, input) => createAccount(ctx, input),
  'users.update': (ctx, input) => updateAccount(ctx, input),
  'users.resetPassword': (ctx, input) => resetPassword(ctx, input.id, input.password),

  'settings.getAgency': (ctx) => getAgency(ctx),
  'settings.updateAgency': (ctx, input) => updateAgency(ctx, input),

  'documents.list': (ctx, input) => listDocumentPage(ctx, input),
  'documents.get': (ctx, input) => getDocumentDetail(ctx, input.id),
  'documents.create': (ctx, input) => createDocument(ctx, input),
  'documents.update': (ctx, input) => updateDocument(ctx, input),

  'audit.list': (ctx, input) => listAudit(ctx.db, input),
  'audit.verify': (ctx) => verifyAuditChain(ctx.db),
};
