import { Checklist } from '../../shared/domain/checklist';
import type { DocumentKind } from '../../shared/domain/documentKinds';
import adminNormative from '../../../resources/checklists/admin_normative.json';
import contract from '../../../resources/checklists/contract.json';
import disclosure from '../../../resources/checklists/disclosure.json';
import majorDecision from '../../../resources/checklists/major_decision.json';
import partyNormative from '../../../resources/checklists/party_normative.json';

const FILES: Record<DocumentKind, unknown> = {
  admin_normative: adminNormative,
  party_normative: partyNormative,
  major_decision: majorDecision,
  contract,
  disclosure,
};

const parsed = new Map<DocumentKind, Checklist>();

/** The review checklist of a kind (resources/checklists/<kind>.json), validated once. */
export function checklistFor(kind: DocumentKind): Checklist {
  let checklist = parsed.get(kind);
  if (!checklist) {
    checklist = Checklist.parse(FILES[kind]);
    parsed.set(kind, checklist);
  }
  return checklist;
}
