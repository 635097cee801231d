export { ValidityPanel } from './ValidityPanel';
export { ValidityCard } from './ValidityCard';
export { DocumentValidity } from './DocumentValidity';
export { DocumentLifecycleTag } from './DocumentLifecycleTag';
