export { LawChangePanel } from './LawChangePanel';
