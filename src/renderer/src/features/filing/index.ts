export { FilingPage } from './FilingPage';
export { DocumentFilingTab } from './DocumentFilingTab';
export { FilingDueCard } from './FilingDueCard';
export { SubmitFilingModal } from './SubmitFilingModal';
export { RecordOutcomeModal } from './RecordOutcomeModal';
export { FilingStepDialog, isFilingStep } from './FilingStepDialog';
export { FilingStateTag } from './FilingStateTag';
