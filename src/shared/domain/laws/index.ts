export {
  createLawLibrary,
  predecessorOf,
  renumberArticle,
  type LawLibrary,
  type LawMatch,
  type LawMatchKind,
  type RenumberedArticle,
} from './library';
export {
  lawKey,
  readVersionSuffix,
  splitVersionSuffix,
  stripTitleMarks,
  type VersionHint,
} from './normalize';
export {
  LAW_STATUSES,
  LawEntry,
  LawLibraryData,
  LawStatus,
  LawVersion,
  RenumberingData,
  RenumberingTable,
} from './types';
export { LawArticleFacts, LawArticlesData } from './articles';
