export { DecisionCatalogPanel } from './DecisionCatalogPanel';
