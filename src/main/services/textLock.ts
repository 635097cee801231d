import { DomainError } from '../../shared/api';
import {
  OPEN_TEXT_STATES,
  textLockReason,
  type WorkflowContext,
  workflowMachine,
} from '../../shared/domain/workflow';
import type { DocumentRecord } from '../db/repos/documents';
import { findWorkflow } from '../db/repos/workflowContexts';
import type { Deps } from '../deps';
import { mustFindDocument } from './documents';
import { activeRuleProfile, holidayTable } from './rules';

/** Why the document's text is locked in its current workflow state, or null when it may be changed. */
export function textLockOf(deps: Deps, document: DocumentRecord): string | null {
  // The common case (drafting) needs neither the rule profile nor the stored workflow.
  if (OPEN_TEXT_STATES.has(document.status)) return null;
  const machine = workflowMachine(document.kind, {
    profile: activeRuleProfile(deps).profile,
    holidays: holidayTable(deps),
  });
  const stored = findWorkflow(deps.db, document.id);
  const context = stored ? (stored.context as unknown as WorkflowContext) : null;
  return textLockReason(document.status, context, machine.reviewName);
}

/** Every path that changes the text (autosave, 保存版本, 恢复, 导入) asks this first. */
export function mustBeEditable(deps: Deps, documentId: string): DocumentRecord {
  const document = mustFindDocument(deps, documentId);
  const reason = textLockOf(deps, document);
  if (reason) throw new DomainError('TEXT_LOCKED', reason);
  return document;
}
