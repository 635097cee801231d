import { verifyAuditChain } from '../db/repos/auditLog';
import { exportAudit, listAuditEntries } from '../services/audit';
import {
  createAnnotation,
  listAnnotations,
  reopenAnnotation,
  replyToAnnotation,
  resolveAnnotation,
} from '../services/annotations';
import { changePassword, signIn, signOut } from '../services/auth';
import { exportCatalog, previewCatalog } from '../services/catalogs';
import {
  approveCampaignItems,
  createCampaign,
  decideCampaignItems,
  getCampaign,
  listCampaigns,
  previewCampaignScope,
  rescopeCampaign,
} from '../services/cleanup';
import { applyCampaign } from '../services/cleanupApply';
import { exportCampaign } from '../services/cleanupExport';
import { getStats, statsDocuments } from '../services/statistics';
import { exportCompare, runCompare, saveCompareNote } from '../services/compare';
import {
  addDecisionCatalogItem,
  createDecisionCatalog,
  exportDecisionCatalog,
  getDecisionCatalog,
  publishDecisionCatalog,
  recordDecisionCatalogApproval,
  recordDecisionCatalogCheck,
  removeDecisionCatalogItem,
  updateDecisionCatalogItem,
} from '../services/decisionCatalogs';
import { createDocument, getDocument, listDocuments, updateDocument } from '../services/documents';
import { getDraft, restoreVersion, saveDraft, saveVersion } from '../services/drafting';
import {
  buildFilingPackage,
  checkFilingPackage,
  downloadFilingPackage,
  listFilingPackages,
} from '../services/filingPackages';
import {
  addFilingLetter,
  dueFilings,
  filingsForDocument,
  listFilings,
  recordFilingOutcome,
  submitFiling,
} from '../services/filings';
import { importDocx } from '../services/imports';
import { previewIssuance } from '../services/issuance';
import { reindexCitations } from '../services/citationIndex';
import {
  importLawChanges,
  lawChangeAlerts,
  lawChangeImpact,
  listChanges,
  markLaw,
} from '../services/lawChanges';
import { searchLaws, setLawStatus } from '../services/laws';
import { addLegalBasis, removeLegalBasis } from '../services/legalBases';
import { downloadMaterial, listMaterials, uploadMaterial, withdrawMaterial } from '../services/materials';
import {
  addSuggestion,
  decideFinding,
  getReview,
  listReviews,
  removeSuggestion,
  rerunPrecheck,
  setOpinion,
  setReviewItem,
} from '../services/reviews';
import { assignLetterNumber, exportOpinion } from '../services/reviewLetters';
import { computeDeadline, getRules, importHolidays, setProfile } from '../services/rules';
import { getAgency, updateAgency } from '../services/settings';
import { initialize, setupStatus } from '../services/setup';
import { exportSignoff, listSignoffs, signSignoff } from '../services/signoffs';
import { exportKeyRoster, getKeyRoster, getOwnSigningKey, signKeyRoster } from '../services/signingKeys';
import { createUser, listUsers, resetPassword, updateUser } from '../services/users';
import { listValidity, validityForDocument, validitySummary } from '../services/validity';
import {
  disclosureClocks,
  getDisclosure,
  proactiveDisclosure,
  recordDisclosureAnswer,
  recordDisclosureConsultation,
  recordDisclosureExtension,
  recordDisclosureRequest,
  recordProactiveDisclosure,
} from '../services/disclosures';
import { getVersion } from '../services/versions';
import { reindexSearch, searchQuery } from '../services/search';
import { exportVersionDocx } from '../services/versionExport';
import { getWorkflow, transitionWorkflow } from '../services/workflow';
import {
  answerFairCompetition,
  getFairCompetition,
  recordFairCompetition,
} from '../services/fairCompetition';
import { type Handlers, staged } from './context';
import { endSession, startSession } from './session';

/**
 * One handler per contract channel (a missing one does not compile). Channel `area.operation` is served
 * by the service function of the same name (the area's noun added where the operation is a bare verb:
 * `documents.list` → `listDocuments`); only signing in and out also touch the session.
 */
export const handlers: Handlers = {
  'setup.status': setupStatus,
  'setup.initialize': (ctx, input) => startSession(ctx, () => initialize(ctx, input)),

  'auth.me': (ctx) => ctx.account,
  'auth.signIn': (ctx, input) => startSession(ctx, () => signIn(ctx, input)),
  'auth.signOut': (ctx) => endSession(ctx, () => signOut(ctx)),
  'auth.changePassword': changePassword,

  'users.list': listUsers,
  'users.create': createUser,
  'users.update': updateUser,
  'users.resetPassword': resetPassword,

  'settings.getAgency': getAgency,
  'settings.updateAgency': updateAgency,

  'documents.list': listDocuments,
  'documents.get': getDocument,
  'documents.create': createDocument,
  'documents.update': updateDocument,

  'drafts.get': getDraft,
  'drafts.save': saveDraft,
  'versions.save': saveVersion,
  'versions.get': getVersion,
  'versions.restore': restoreVersion,
  'versions.exportDocx': staged(exportVersionDocx),
  'imports.docx': staged(importDocx),

  'materials.list': listMaterials,
  'materials.upload': uploadMaterial,
  'materials.download': downloadMaterial,
  'materials.withdraw': withdrawMaterial,
  'legalBases.add': addLegalBasis,
  'legalBases.remove': removeLegalBasis,

  'annotations.list': listAnnotations,
  'annotations.create': createAnnotation,
  'annotations.reply': replyToAnnotation,
  'annotations.resolve': resolveAnnotation,
  'annotations.reopen': reopenAnnotation,

  'compare.run': runCompare,
  'compare.saveNote': staged(saveCompareNote),
  'compare.export': exportCompare,

  'workflow.get': getWorkflow,
  'workflow.transition': transitionWorkflow,
  'fairCompetition.get': getFairCompetition,
  'fairCompetition.answer': answerFairCompetition,
  'fairCompetition.record': recordFairCompetition,
  'issuance.preview': previewIssuance,

  'stats.get': getStats,
  'stats.documents': statsDocuments,

  'filings.list': listFilings,
  'filings.forDocument': filingsForDocument,
  'filings.due': dueFilings,
  'filings.submit': submitFiling,
  'filings.recordOutcome': recordFilingOutcome,
  'filings.addLetter': addFilingLetter,

  'reviews.list': listReviews,
  'reviews.get': getReview,
  'reviews.setItem': setReviewItem,
  'reviews.decideFinding': decideFinding,
  'reviews.rerunPrecheck': rerunPrecheck,
  'reviews.addSuggestion': addSuggestion,
  'reviews.removeSuggestion': removeSuggestion,
  'reviews.setOpinion': setOpinion,
  'reviews.exportOpinion': exportOpinion,
  'reviews.assignLetterNumber': assignLetterNumber,

  'signoffs.list': listSignoffs,
  'signoffs.sign': signSignoff,
  'signoffs.export': exportSignoff,
  'signingKeys.getOwn': getOwnSigningKey,
  'keyRoster.get': getKeyRoster,
  'keyRoster.sign': signKeyRoster,
  'keyRoster.export': exportKeyRoster,

  'filingPackages.check': checkFilingPackage,
  'filingPackages.build': staged(buildFilingPackage),
  'filingPackages.list': listFilingPackages,
  'filingPackages.download': downloadFilingPackage,

  'rules.get': getRules,
  'rules.setProfile': setProfile,
  'rules.importHolidays': importHolidays,
  'calendar.deadline': computeDeadline,
  'laws.search': searchLaws,
  'laws.setStatus': setLawStatus,
  'laws.mark': markLaw,
  'laws.importChanges': importLawChanges,
  'laws.changes': listChanges,
  'laws.changeImpact': lawChangeImpact,
  'laws.changeAlerts': lawChangeAlerts,
  'citations.reindex': reindexCitations,
  'search.query': searchQuery,
  'search.reindex': reindexSearch,

  'catalogs.preview': previewCatalog,
  'catalogs.export': exportCatalog,

  'decisionCatalogs.get': getDecisionCatalog,
  'decisionCatalogs.create': createDecisionCatalog,
  'decisionCatalogs.addItem': addDecisionCatalogItem,
  'decisionCatalogs.updateItem': updateDecisionCatalogItem,
  'decisionCatalogs.removeItem': removeDecisionCatalogItem,
  'decisionCatalogs.recordCheck': recordDecisionCatalogCheck,
  'decisionCatalogs.recordApproval': recordDecisionCatalogApproval,
  'decisionCatalogs.publish': publishDecisionCatalog,
  'decisionCatalogs.export': exportDecisionCatalog,
  'cleanup.list': listCampaigns,
  'cleanup.get': getCampaign,
  'cleanup.preview': previewCampaignScope,
  'cleanup.create': createCampaign,
  'cleanup.rescope': rescopeCampaign,
  'cleanup.decide': decideCampaignItems,
  'cleanup.approve': approveCampaignItems,
  'cleanup.apply': applyCampaign,
  'cleanup.export': exportCampaign,
  'validity.list': listValidity,
  'validity.summary': validitySummary,
  'validity.forDocument': validityForDocument,
  'disclosure.get': getDisclosure,
  'disclosure.recordRequest': recordDisclosureRequest,
  'disclosure.recordExtension': recordDisclosureExtension,
  'disclosure.recordConsultation': recordDisclosureConsultation,
  'disclosure.recordAnswer': recordDisclosureAnswer,
  'disclosure.proactive': proactiveDisclosure,
  'disclosure.recordProactive': recordProactiveDisclosure,
  'disclosure.clocks': disclosureClocks,

  'audit.list': listAuditEntries,
  'audit.verify': (ctx) => verifyAuditChain(ctx.db),
  'audit.export': staged(exportAudit),
};
