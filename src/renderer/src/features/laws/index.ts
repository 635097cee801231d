export { LawLibraryPage } from './LawLibraryPage';
