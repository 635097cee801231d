export { ValidityPanel } from './ValidityPanel';
