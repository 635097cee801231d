import { createLawLibrary, type LawLibrary } from '../../shared/domain/laws';
import type { LawEntry, LawLibraryData, RenumberingData } from '../../shared/domain/laws/types';
import libraryData from '../../../resources/laws/library.json';
import renumberingData from '../../../resources/laws/renumbering.json';
import articlesData from '../../../resources/laws/articles.json';
import type { Db } from '../db/connection';
import { type LawOverrideRecord, listLawOverrides } from '../db/repos/lawOverrides';

/** The shipped library (resources/laws) with this workstation's status edits laid over it. */
export function lawEntries(db: Db): { entries: LawEntry[]; edited: Map<string, LawOverrideRecord> } {
  const overrides = listLawOverrides(db);
  const entries = (libraryData as unknown as LawLibraryData).laws.map((law) => {
    const override = overrides.get(law.id);
    if (!override) return law;
    // The office's own status edit settles what the shipped library left in doubt.
    const { supersededBy: _shipped, doubt: _doubt, ...rest } = law;
    return {
      ...rest,
      status: override.status,
      ...(override.supersededBy ? { supersededBy: override.supersededBy } : {}),
    };
  });
  return { entries, edited: overrides };
}

/** With a database, this workstation's edits apply; without one (command line on a file), the library as shipped. */
export function lawLibrary(db?: Db): LawLibrary {
  const entries = db ? lawEntries(db).entries : (libraryData as unknown as LawLibraryData).laws;
  return createLawLibrary(entries, renumberingData as unknown as RenumberingData, articlesData);
}
