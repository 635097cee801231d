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
import { createThread, listThreads, replyToThread, setThreadState } from '../services/annotations';
import {
  getDraft,
  getVersion,
  restoreVersionAsDraft,
  saveDraft,
  saveVersionFromDraft,
} from '../services/drafting';
import { importDocxHandler } from '../services/imports';
import { compareVersionsOf, exportComparison, saveCompareNoteHandler } from '../services/compare';
import { searchLaws, setLawStatus } from '../services/laws';
import {
  addSuggestion,
  caseDetail,
  decideOnFinding,
  dropSuggestion,
  exportOpinion,
  listCases,
  rerunPrecheck,
  setItem,
  setOpinion,
} from '../services/reviews';
import { computeDeadline, importHolidays, rulesView, setRuleProfile } from '../services/rules';
import { exportSignature, signOpinion, signoffsOf } from '../services/signoffs';
import { runTransition, workflowView } from '../services/workflow';
import {
  addLegalBasis,
  deleteLegalBasis,
  downloadAttachment,
  materialsOverview,
  uploadMaterial,
  withdrawMaterial,
} from '../services/materials';
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

  'drafts.get': (ctx, input) => getDraft(ctx, input.documentId, input.part),
  'drafts.save': (ctx, input) => saveDraft(ctx, input),
  'versions.save': (ctx, input) => saveVersionFromDraft(ctx, input),
  'versions.get': (ctx, input) => getVersion(ctx, input.id),
  'versions.restore': (ctx, input) => restoreVersionAsDraft(ctx, input.versionId, input.revision),
  'imports.docx': importDocxHandler,

  'materials.list': (ctx, input) => materialsOverview(ctx, input.documentId),
  'materials.upload': (ctx, input) => uploadMaterial(ctx, input),
  'materials.download': (ctx, input) => downloadAttachment(ctx, input.id),
  'materials.withdraw': (ctx, input) => withdrawMaterial(ctx, input.id, input.reason),
  'legalBases.add': (ctx, input) => addLegalBasis(ctx, input),
  'legalBases.remove': (ctx, input) => deleteLegalBasis(ctx, input.id),

  'annotations.list': (ctx, input) => listThreads(ctx, input.documentId, input.versionId),
  'annotations.create': (ctx, input) => createThread(ctx, input),
  'annotations.reply': (ctx, input) => replyToThread(ctx, input.annotationId, input.body),
  'annotations.resolve': (ctx, input) => setThreadState(ctx, input.annotationId, 'resolved'),
  'annotations.reopen': (ctx, input) => setThreadState(ctx, input.annotationId, 'open'),

  'compare.run': (ctx, input) => compareVersionsOf(ctx, input),
  'compare.saveNote': saveCompareNoteHandler,
  'compare.export': (ctx, input) => exportComparison(ctx, input),

  'workflow.get': (ctx, input) => workflowView(ctx, input.documentId),
  'workflow.transition': (ctx, input) => runTransition(ctx, input),

  'reviews.list': (ctx, input) => listCases(ctx, input),
  'reviews.get': (ctx, input) => caseDetail(ctx, input.caseId),
  'reviews.setItem': (ctx, input) => setItem(ctx, input),
  'reviews.decideFinding': (ctx, input) => decideOnFinding(ctx, input),
  'reviews.rerunPrecheck': (ctx, input) => rerunPrecheck(ctx, input.caseId),
  'reviews.addSuggestion': (ctx, input) => addSuggestion(ctx, input),
  'reviews.removeSuggestion': (ctx, input) => dropSuggestion(ctx, input.id),
  'reviews.setOpinion': (ctx, input) => setOpinion(ctx, input.caseId, input.opinion),
  'reviews.exportOpinion': (ctx, input) => exportOpinion(ctx, input.caseId),

  'signoffs.list': (ctx, input) => signoffsOf(ctx, input.documentId),
  'signoffs.sign': (ctx, input) => signOpinion(ctx, input),
  'signoffs.export': (ctx, input) => exportSignature(ctx, input.id),

  'rules.get': (ctx) => rulesView(ctx),
  'rules.setProfile': (ctx, input) => setRuleProfile(ctx, input),
  'rules.importHolidays': (ctx, input) => importHolidays(ctx, input),
  'calendar.deadline': (ctx, input) =>
    computeDeadline(ctx, input.from, { count: input.count, unit: input.unit }),
  'laws.search': (ctx, input) => searchLaws(ctx, input),
  'laws.setStatus': (ctx, input) => setLawStatus(ctx, input),

  'audit.list': (ctx, input) => listAudit(ctx.db, input),
  'audit.verify': (ctx) => verifyAuditChain(ctx.db),
};
