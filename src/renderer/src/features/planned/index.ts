export { PlannedCapability } from './PlannedCapability';
