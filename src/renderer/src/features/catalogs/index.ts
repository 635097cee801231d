export { CatalogPanel } from './CatalogPanel';
