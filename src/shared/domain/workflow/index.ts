import type { DocumentKind } from '../documentKinds';
import { adminNormativeMachine } from './adminNormative';
import { contractMachine, disclosureMachine } from './lightReview';
import { majorDecisionMachine } from './majorDecision';
import { partyNormativeMachine } from './partyNormative';
import type { MachineEnv, WorkflowMachine } from './types';

export * from './events';
export * from './types';
export * from './transition';
export * from './context';
export { pendingProcedures, revisionPending } from './guards';
export { materialsBeforeDeliberation } from './deliberation';
export { describeLegalOpinion } from './legalOpinion';
export { procedureChecklist, type ProcedureChecklistEntry } from './procedureChecklist';
export { OPEN_TEXT_STATES, textLockReason } from './textLock';
export {
  adminNormativeMachine,
  contractMachine,
  disclosureMachine,
  majorDecisionMachine,
  partyNormativeMachine,
};

const MACHINES: Record<DocumentKind, (env: MachineEnv) => WorkflowMachine> = {
  admin_normative: adminNormativeMachine,
  party_normative: partyNormativeMachine,
  major_decision: majorDecisionMachine,
  contract: contractMachine,
  disclosure: disclosureMachine,
};

/** The machine for a kind under the agency's rule profile and holiday calendar. */
export function workflowMachine(kind: DocumentKind, env: MachineEnv): WorkflowMachine {
  return MACHINES[kind](env);
}
