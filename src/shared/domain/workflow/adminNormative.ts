import { adminProceduresBeforeReview, recordAdminProcedureStep } from './adminProcedures';
import { deliberatedMachine } from './machine';
import type { MachineEnv, WorkflowMachine } from './types';

/**
 * 行政规范性文件: 合法性审核 by the legality-review body, then 集体审议, 统一登记编号印发 and filing
 * (国办发〔2018〕37号; 地方组织法 第七十五条). 评估论证 and 公开征求意见 are recorded while drafting and,
 * where the profile requires them, before 送审 (adminProcedures.ts).
 */
export function adminNormativeMachine(env: MachineEnv): WorkflowMachine {
  return deliberatedMachine({
    kind: 'admin_normative',
    env,
    reviewName: '合法性审核',
    issueName: '印发',
    eventLabels: { CONCLUDE_REVIEW: '出具合法性审核意见', RECORD_PROCEDURE: '登记起草程序' },
    submitGuards: [adminProceduresBeforeReview],
    draftingSteps: { RECORD_PROCEDURE: recordAdminProcedureStep },
  });
}
