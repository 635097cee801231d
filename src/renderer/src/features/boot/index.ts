export { BootGate } from './BootGate';
