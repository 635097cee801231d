export { MaterialsPanel } from './MaterialsPanel';
