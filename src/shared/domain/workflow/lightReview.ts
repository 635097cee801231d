import { lightReviewMachine } from './machine';
import type { MachineEnv, WorkflowMachine } from './types';

/**
 * The lighter reviews that 应审必审 "full coverage" adds: a contract or a disclosure reply is reviewed
 * and the case ends with the conclusion; there is nothing to deliberate, issue or file.
 */
export function contractMachine(env: MachineEnv): WorkflowMachine {
  return lightReviewMachine({
    kind: 'contract',
    env,
    reviewName: '合同合法性审查',
    eventLabels: {
      SUBMIT: '提交合同审查',
      START_REVIEW: '受理合同审查',
      CONCLUDE_REVIEW: '出具合同审查意见',
    },
  });
}

export function disclosureMachine(env: MachineEnv): WorkflowMachine {
  return lightReviewMachine({
    kind: 'disclosure',
    env,
    reviewName: '政府信息公开合法性审核',
    eventLabels: {
      SUBMIT: '提交答复意见审核',
      START_REVIEW: '受理并开始审核',
      CONCLUDE_REVIEW: '出具审核意见',
    },
  });
}
