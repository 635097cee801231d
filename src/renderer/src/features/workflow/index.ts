export { WorkflowPanel } from './WorkflowPanel';
export { WorkflowEventModal, type WorkflowEventModalProps } from './WorkflowEventModal';
export { DeliberationRecords } from './DeliberationRecords';
export type { ConcludeContext, ConclusionOption } from './fields/ConcludeReviewFields';
