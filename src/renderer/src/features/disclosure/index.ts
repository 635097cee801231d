export { DisclosureClockPanel } from './DisclosureClockPanel';
export { ProactiveDisclosurePanel } from './ProactiveDisclosurePanel';
export { DisclosureClocksCard } from './DisclosureClocksCard';
