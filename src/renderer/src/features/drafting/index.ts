export { DraftingPage } from './DraftingPage';
