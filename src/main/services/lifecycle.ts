import type { IsoDate } from '../../shared/domain/calendar/isoDate';
import type { CampaignScope } from '../../shared/domain/cleanup/campaigns';
import { computeLifecycle, type Lifecycle } from '../../shared/domain/cleanup/lifecycle';
import {
  findIssuedDocument,
  type IssuedDocumentFilter,
  type IssuedDocumentRecord,
  listIssuedDocuments,
} from '../db/repos/issuedDocuments';
import {
  type LifecycleEventRecord,
  lifecycleEventsByDocument,
  listLifecycleEvents,
} from '../db/repos/lifecycleEvents';
import type { Deps } from '../deps';
import { ensureCitationIndex } from './citationIndex';
import { activeRuleProfile, today } from './rules';

/** Issued documents with the lifecycle state each is in today (computed, never stored). */

export interface IssuedDocumentLifecycle extends IssuedDocumentRecord {
  lifecycle: Lifecycle;
  events: LifecycleEventRecord[];
}

/** How many months before expiry the evaluation starts (rule profile, 6 by default). */
export function reminderMonths(deps: Deps): number {
  return activeRuleProfile(deps).profile.validity.expiryReminderMonths;
}

function withLifecycle(
  record: IssuedDocumentRecord,
  events: LifecycleEventRecord[],
  on: IsoDate,
  months: number,
): IssuedDocumentLifecycle {
  return { ...record, events, lifecycle: computeLifecycle(record, events, on, months) };
}

/** The lifecycle of one document; null when it has not been issued. */
export function documentLifecycle(deps: Deps, documentId: string, on: IsoDate = today(deps)) {
  const record = findIssuedDocument(deps.db, documentId);
  if (!record) return null;
  return withLifecycle(record, listLifecycleEvents(deps.db, documentId), on, reminderMonths(deps));
}

/** Issued documents matching the filters, each with its lifecycle; `states` keeps those in these states. */
export function issuedDocumentsWithLifecycle(
  deps: Deps,
  filter: IssuedDocumentFilter & { states?: CampaignScope['states'] },
  on: IsoDate = today(deps),
): IssuedDocumentLifecycle[] {
  const { states, ...sqlFilter } = filter;
  const months = reminderMonths(deps);
  const events = lifecycleEventsByDocument(deps.db);
  const documents = listIssuedDocuments(deps.db, sqlFilter).map((record) =>
    withLifecycle(record, events.get(record.documentId) ?? [], on, months),
  );
  if (!states?.length) return documents;
  const named = new Set(filter.documentIds ?? []);
  return documents.filter(
    (document) => states.includes(document.lifecycle.state) || named.has(document.documentId),
  );
}

/** The documents a campaign's scope selects today (documents named by hand are always in). */
export function documentsInScope(deps: Deps, scope: CampaignScope, on: IsoDate = today(deps)) {
  // "Cites law X" reads the citation index: versions issued before it existed are indexed first.
  if (scope.citesLaw) ensureCitationIndex(deps);
  return issuedDocumentsWithLifecycle(deps, scope, on);
}
