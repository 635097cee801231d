import type { Role } from '../roles';
import type { WorkflowEventType } from './events';

/**
 * Who may take each step (DESIGN §1): drafters submit and revise, the legal-affairs reviewers receive,
 * review, return and handle filing, leaders record deliberation and approve issuance.
 */
export const WORKFLOW_EVENT_ROLES: Record<WorkflowEventType, readonly Role[]> = {
  SUBMIT: ['drafter'],
  REVISE: ['drafter'],
  RETURN: ['reviewer'],
  START_REVIEW: ['reviewer'],
  CONCLUDE_REVIEW: ['reviewer'],
  CONFIRM_REVISION: ['reviewer'],
  RECORD_PROCEDURE: ['drafter', 'reviewer'],
  /** 法制科 records the opinion it organised (第二十八条); a 法律顾问 with an account records their own. */
  RECORD_LEGAL_OPINION: ['reviewer', 'counsel'],
  ACCEPT_LEGAL_RISK: ['reviewer'],
  RECORD_DELIBERATION: ['leader'],
  ISSUE: ['leader'],
  SUBMIT_FILING: ['reviewer'],
  RECORD_FILING_RESULT: ['reviewer'],
  ENTER_INTO_FORCE: ['reviewer'],
  /** Taken when the 负责人 applies a cleanup campaign's 修改 decision. */
  OPEN_REVISION: ['leader'],
};
