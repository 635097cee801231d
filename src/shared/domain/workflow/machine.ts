import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../documentStatus';
import type { DocumentKind } from '../documentKinds';
import { CONCLUSIONS_REQUIRING_CHANGES } from '../ruleCodes';
import { WORKFLOW_EVENT_LABELS, type WorkflowEventType } from './events';
import { deliberationDeferred } from './deliberation';
import * as steps from './steps';
import type { Guard, MachineEnv, StateTransitions, TransitionSpec, WorkflowMachine } from './types';

/** Builds the two shapes of machine: the full path of normative documents and the light review path. */

interface CommonOptions {
  kind: DocumentKind;
  env: MachineEnv;
  reviewName: string;
  stateLabels?: Partial<Record<DocumentStatus, string>>;
  eventLabels?: Partial<Record<WorkflowEventType, string>>;
  submitGuards?: Guard<'SUBMIT'>[];
  conclude?: Parameters<typeof steps.concludeReviewStep>[1];
}

interface DeliberatedOptions extends CommonOptions {
  /** Extra steps recorded while drafting (重大行政决策: its procedures). */
  draftingSteps?: StateTransitions;
  /** Extra steps recorded in 审核中 and 审核完成, keeping the state (重大行政决策: the 法律顾问 opinion). */
  reviewSteps?: (state: DocumentStatus) => StateTransitions;
  /** The kind's own conditions for a meeting (重大行政决策: the materials of 第二十九条). */
  deliberationGuards?: Guard<'RECORD_DELIBERATION'>[];
  deliberationEffects?: TransitionSpec<'RECORD_DELIBERATION'>['effects'];
  issueName: string;
}

function assemble(
  options: CommonOptions,
  transitions: Partial<Record<DocumentStatus, StateTransitions>>,
): WorkflowMachine {
  const states: WorkflowMachine['states'] = {};
  for (const [status, on] of Object.entries(transitions) as [DocumentStatus, StateTransitions][]) {
    states[status] = { label: options.stateLabels?.[status] ?? DOCUMENT_STATUS_LABELS[status], on };
  }
  return {
    kind: options.kind,
    reviewName: options.reviewName,
    initial: 'drafting',
    states,
    eventLabels: { ...WORKFLOW_EVENT_LABELS, ...options.eventLabels },
    env: { ...options.env, kind: options.kind },
  };
}

/** 确认修改稿, where the kind has a conclusion that asks for changes (修改后提交). */
function confirmRevision(options: CommonOptions): StateTransitions {
  const asksForChanges = options.env.profile.reviewOutcomes[options.kind].some((outcome) =>
    CONCLUSIONS_REQUIRING_CHANGES.includes(outcome.code),
  );
  return asksForChanges ? { CONFIRM_REVISION: steps.confirmRevisionStep } : {};
}

function reviewStates(options: CommonOptions): Partial<Record<DocumentStatus, StateTransitions>> {
  return {
    drafting: { SUBMIT: steps.submitStep(options.reviewName, options.submitGuards) },
    submitted: { START_REVIEW: steps.startReviewStep(options.reviewName), RETURN: steps.returnStep },
    in_review: { CONCLUDE_REVIEW: steps.concludeReviewStep(options.reviewName, options.conclude) },
    returned: { REVISE: steps.reviseStep },
  };
}

/**
 * 起草 → 送审 → 审核中 → 退回补正 / 审核完成 → 集体审议 → 印发 → (已备案 →) 有效.
 * Whether the kind is filed comes from the profile; the filing steps stay inside 印发 until the
 * registration result (the filings record holds 已报送 / 暂缓 / 不予备案). 施行 comes on the 施行日期
 * whether or not the filing is done; the filing steps then go on inside 有效. What happens once it is in
 * force (有效期届满, 废止, 宣布失效, 修改) is no workflow step: the lifecycle is computed from the
 * issuance and the cleanup decisions (domain/cleanup/lifecycle.ts). 失效 and 废止 stay as states, with
 * no way out, for documents ended by hand before.
 */
export function deliberatedMachine(options: DeliberatedOptions): WorkflowMachine {
  const review = reviewStates(options);
  const filed = options.env.profile.filing[options.kind].required;
  const revision: StateTransitions = { OPEN_REVISION: steps.openRevisionStep };
  return assemble(options, {
    ...review,
    drafting: { ...review.drafting, ...options.draftingSteps },
    in_review: { ...review.in_review, ...options.reviewSteps?.('in_review') },
    reviewed: {
      ...options.reviewSteps?.('reviewed'),
      RECORD_DELIBERATION: steps.recordDeliberationStep(options.reviewName, {
        guards: options.deliberationGuards ?? [],
        effects: options.deliberationEffects,
      }),
      ...confirmRevision(options),
      REVISE: steps.reviseStep,
    },
    // After 暂缓审议 a later meeting may decide; after 未通过 the text goes back (回到起草修改).
    deliberated: {
      ISSUE: steps.issueStep(options.issueName),
      RECORD_DELIBERATION: steps.recordDeliberationStep(options.reviewName, {
        first: [deliberationDeferred],
        guards: options.deliberationGuards ?? [],
        effects: options.deliberationEffects,
      }),
      REVISE: steps.reviseStep,
    },
    // 施行 follows the 施行日期, not the filing result: filing goes on in the register once in force.
    issued: filed
      ? {
          SUBMIT_FILING: steps.submitFilingStep,
          RECORD_FILING_RESULT: steps.recordFilingResultStep,
          ENTER_INTO_FORCE: steps.enterIntoForceStep,
          ...revision,
        }
      : { ENTER_INTO_FORCE: steps.enterIntoForceStep, ...revision },
    ...(filed ? { filed: { ENTER_INTO_FORCE: steps.enterIntoForceStep, ...revision } } : {}),
    in_force: filed ? { ...filingInForce, ...revision } : revision,
    expired: {},
    repealed: {},
  });
}

/** The filing register's steps on a document already in force: they keep it in force. */
const filingInForce: StateTransitions = {
  SUBMIT_FILING: { ...steps.submitFilingStep, target: () => 'in_force' },
  RECORD_FILING_RESULT: { ...steps.recordFilingResultStep, target: () => 'in_force' },
};

/** 送审 → 审核中 → 审核完成 (or 退回补正): no deliberation, issuance or filing. */
export function lightReviewMachine(options: CommonOptions): WorkflowMachine {
  return assemble(options, {
    ...reviewStates(options),
    reviewed: { ...confirmRevision(options), REVISE: steps.reviseStep },
  });
}
