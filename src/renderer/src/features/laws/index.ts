export { LawLibraryPage } from './LawLibraryPage';
export { LawSearchBox } from './LawSearchBox';
