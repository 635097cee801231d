import type { MutationChannel, QueryChannel } from './contract';

/**
 * What each change makes stale: for every mutation channel, the query channels whose answers show what
 * it changed. The renderer's client reads them again after the mutation succeeds (every mutation also
 * writes the audit log, so the audit queries always follow). One place, so that a page never shows what
 * another page has just changed as it was (the 材料 tab's upload and the 审核 tab's 印发 button).
 *
 * `drafts.get` is in no list: the editor holds the working draft, and the drafting page loads it again
 * itself after each change it makes (import, restore, conflict).
 */
/** What the validity watch shows: an issuance, a profile's terms or a decision change it. */
const VALIDITY_QUERIES = ['validity.list', 'validity.summary', 'validity.forDocument'] as const;

const FILING_QUERIES = [
  'filings.forDocument',
  'filings.list',
  'filings.due',
  'workflow.get',
  'documents.get',
  'documents.list',
  'catalogs.preview',
] as const;

const WORKFLOW_QUERIES_OF_APPLY = [
  'workflow.get',
  'documents.get',
  'documents.list',
  'filings.forDocument',
] as const;

export const AFFECTED_QUERIES = {
  'setup.initialize': ['setup.status', 'auth.me', 'settings.getAgency', 'users.list'],
  'auth.changePassword': [],
  'users.create': ['users.list', 'keyRoster.get'],
  'users.update': ['users.list', 'auth.me', 'keyRoster.get', 'signingKeys.getOwn'],
  'users.resetPassword': ['users.list', 'keyRoster.get', 'signingKeys.getOwn'],
  'settings.updateAgency': ['settings.getAgency', 'setup.status'],

  'documents.create': ['documents.list'],
  'documents.update': ['documents.list', 'documents.get', 'workflow.get', 'reviews.list', 'reviews.get'],
  'drafts.save': [],
  'versions.save': ['documents.get', 'documents.list', 'annotations.list', 'signoffs.list'],
  'versions.restore': ['documents.get', 'documents.list', 'annotations.list', 'signoffs.list'],
  'versions.exportDocx': [],
  'imports.docx': ['documents.get', 'documents.list', 'materials.list', 'annotations.list', 'signoffs.list'],
  'materials.upload': ['materials.list', 'workflow.get', 'documents.get', 'reviews.get'],
  'materials.withdraw': ['materials.list', 'workflow.get', 'documents.get', 'reviews.get'],
  'legalBases.add': ['materials.list', 'workflow.get', 'reviews.get'],
  'legalBases.remove': ['materials.list', 'workflow.get', 'reviews.get'],

  'annotations.create': ['annotations.list', 'reviews.get'],
  'annotations.reply': ['annotations.list'],
  'annotations.resolve': ['annotations.list', 'reviews.get'],
  'annotations.reopen': ['annotations.list', 'reviews.get'],
  // The compare page writes a saved note into its cached comparisons itself: running one again is costly.
  'compare.saveNote': [],

  // The workflow's gates read the answer and the conclusion; the timeline records them.
  'fairCompetition.answer': ['fairCompetition.get', 'workflow.get', 'documents.get'],
  'fairCompetition.record': ['fairCompetition.get', 'workflow.get', 'documents.get'],
  'workflow.transition': [
    'workflow.get',
    'documents.get',
    'documents.list',
    'reviews.list',
    'reviews.get',
    'signoffs.list',
    'materials.list',
    'filings.forDocument',
    'filings.list',
    'filings.due',
    'catalogs.preview',
    ...VALIDITY_QUERIES,
  ],
  // A submission or an outcome moves the document's workflow (已备案) as well as the register.
  'filings.submit': [...FILING_QUERIES],
  'filings.recordOutcome': [...FILING_QUERIES],
  'filings.addLetter': ['filings.forDocument', 'filings.list', 'filings.due'],
  'reviews.setItem': ['reviews.get', 'reviews.list'],
  'reviews.decideFinding': ['reviews.get', 'reviews.list'],
  'reviews.rerunPrecheck': ['reviews.get', 'reviews.list'],
  'reviews.addSuggestion': ['reviews.get'],
  'reviews.removeSuggestion': ['reviews.get'],
  'reviews.setOpinion': ['reviews.get'],
  'reviews.assignLetterNumber': ['reviews.get'],
  'signoffs.sign': ['signoffs.list', 'signingKeys.getOwn', 'keyRoster.get', 'documents.get'],
  'keyRoster.sign': ['keyRoster.get', 'signingKeys.getOwn'],
  'filingPackages.build': [
    'filingPackages.list',
    'filingPackages.check',
    'filings.forDocument',
    'keyRoster.get',
    'signingKeys.getOwn',
  ],

  'rules.setProfile': [
    'rules.get',
    'workflow.get',
    'reviews.list',
    'reviews.get',
    'calendar.deadline',
    ...VALIDITY_QUERIES,
  ],
  'rules.importHolidays': ['rules.get', 'workflow.get', 'reviews.list', 'reviews.get', 'calendar.deadline'],
  'laws.setStatus': ['laws.search'],

  'decisionCatalogs.create': ['decisionCatalogs.get'],
  'decisionCatalogs.addItem': ['decisionCatalogs.get'],
  'decisionCatalogs.updateItem': ['decisionCatalogs.get'],
  'decisionCatalogs.removeItem': ['decisionCatalogs.get'],
  'decisionCatalogs.recordCheck': ['decisionCatalogs.get'],
  'decisionCatalogs.recordApproval': ['decisionCatalogs.get'],
  'decisionCatalogs.publish': ['decisionCatalogs.get'],
  'cleanup.create': ['cleanup.list', 'cleanup.get'],
  'cleanup.rescope': ['cleanup.list', 'cleanup.get'],
  'cleanup.decide': ['cleanup.list', 'cleanup.get'],
  'cleanup.approve': ['cleanup.list', 'cleanup.get'],
  // Applying writes lifecycle events and opens revisions: the registry and document pages change too.
  'cleanup.apply': [
    'cleanup.list',
    'cleanup.get',
    'cleanup.preview',
    ...WORKFLOW_QUERIES_OF_APPLY,
    ...VALIDITY_QUERIES,
    'laws.changeImpact',
    'laws.changeAlerts',
  ],
  'laws.mark': ['laws.search', 'laws.changes', 'laws.changeImpact', 'laws.changeAlerts'],
  'laws.importChanges': ['laws.search', 'laws.changes', 'laws.changeImpact', 'laws.changeAlerts'],
  'citations.reindex': ['laws.changes', 'laws.changeImpact', 'laws.changeAlerts'],
  'search.reindex': ['search.query'],
  'disclosure.recordRequest': ['disclosure.get', 'disclosure.clocks'],
  'disclosure.recordExtension': ['disclosure.get', 'disclosure.clocks'],
  'disclosure.recordConsultation': ['disclosure.get', 'disclosure.clocks'],
  'disclosure.recordAnswer': ['disclosure.get', 'disclosure.clocks'],
  'disclosure.recordProactive': ['disclosure.proactive', 'disclosure.clocks'],
  'audit.export': [],
} as const satisfies Record<MutationChannel, readonly QueryChannel[]>;

/** Every change is written to the audit log, so the audit viewer and the chain check follow each one. */
const AUDIT_QUERIES: readonly QueryChannel[] = ['audit.list', 'audit.verify'];

/** The query channels to read again after `channel` succeeded; none for a channel that only reads. */
export function affectedQueries(channel: string): readonly QueryChannel[] {
  if (!Object.hasOwn(AFFECTED_QUERIES, channel)) return [];
  return [...AFFECTED_QUERIES[channel as MutationChannel], ...AUDIT_QUERIES];
}
