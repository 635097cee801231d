export { WorkflowPanel } from './WorkflowPanel';
export { WorkflowEventModal, type WorkflowEventModalProps } from './WorkflowEventModal';
export type { ConcludeContext, ConclusionOption } from './fields/ConcludeReviewFields';
