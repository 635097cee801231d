export { HolidayPanel } from './HolidayPanel';
export { RuleProfilePanel } from './RuleProfilePanel';
