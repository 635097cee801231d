import type { DeliberationView, IssuanceView } from '../../shared/api';
import { DELIBERATION_DECISION_LABELS } from '../../shared/domain/workflow/events';
import { findAttachment } from '../db/repos/attachments';
import { type DeliberationRecord, listDeliberations } from '../db/repos/deliberations';
import { findIssuance } from '../db/repos/issuances';
import { findUserById } from '../db/repos/users';
import { findVersion } from '../db/repos/versions';
import type { Deps } from '../deps';

/** The deliberation and issuance records of a document as the document page shows them. */

function userName(deps: Deps, id: string): string {
  return findUserById(deps.db, id)?.displayName ?? id;
}

function toDeliberationView(deps: Deps, record: DeliberationRecord): DeliberationView {
  const version = findVersion(deps.db, record.versionId);
  const minutes = record.minutesAttachmentId ? findAttachment(deps.db, record.minutesAttachmentId) : null;
  return {
    id: record.id,
    versionId: record.versionId,
    versionSeq: version?.seq ?? null,
    versionLabel: version?.label ?? '',
    meetingType: record.meetingType,
    meetingName: record.meetingName,
    heldOn: record.heldOn,
    attendees: record.attendees,
    decision: record.decision,
    decisionLabel: DELIBERATION_DECISION_LABELS[record.decision],
    dissent: record.dissent,
    minutes: minutes
      ? { id: minutes.id, fileName: minutes.fileName, withdrawn: minutes.withdrawnAt !== null }
      : null,
    materials: record.materials.map((item) => ({ ...item })),
    recordedAt: record.recordedAt,
    recordedByName: userName(deps, record.recordedBy),
  };
}

/** Every 集体审议 of the document, oldest first. */
export function deliberationViews(deps: Deps, documentId: string): DeliberationView[] {
  return listDeliberations(deps.db, documentId).map((record) => toDeliberationView(deps, record));
}

/** The issuance of the document, or null before 印发. */
export function issuanceView(deps: Deps, documentId: string): IssuanceView | null {
  const record = findIssuance(deps.db, documentId);
  if (!record) return null;
  return {
    versionId: record.versionId,
    versionSeq: findVersion(deps.db, record.versionId)?.seq ?? null,
    docNumber: record.docNumber,
    registrationNumber: record.registrationNumber,
    publishedOn: record.publishedOn,
    effectiveOn: record.effectiveOn,
    validUntil: record.validUntil,
    publishedIn: record.publishedIn,
    shortEffectReason: record.shortEffectReason,
    filingDueOn: record.filingDueOn,
    approvedByName: userName(deps, record.approvedBy),
    approvedAt: record.approvedAt,
  };
}
