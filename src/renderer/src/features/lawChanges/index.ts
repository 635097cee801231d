export { LawChangeCard } from './LawChangeCard';
export { LawChangePanel } from './LawChangePanel';
