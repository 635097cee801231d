import { createLawLibrary, type LawLibrary } from '../../shared/domain/laws';
import type { LawEntry, LawLibraryData, RenumberingData } from '../../shared/domain/laws/types';
import libraryData from '../../../resources/laws/library.json';
import renumberingData from '../../../resources/laws/renumbering.json';
import type { Db } from '../db/connection';

interface OverrideRow {
  title: string;
  status: LawEntry['status'];
  superseded_by: string | null;
  note: string;
}

/** The shipped library (resources/laws) with this workstation's status edits laid over it. */
export function lawEntries(db: Db): { entries: LawEntry[]; edited: Map<string, OverrideRow> } {
  const overrides = new Map(
    (db.prepare('SELECT title, status, superseded_by, note FROM law_overrides').all() as OverrideRow[]).map(
      (row) => [row.title, row],
    ),
  );
  const entries = (libraryData as unknown as LawLibraryData).laws.map((law) => {
    const override = overrides.get(law.id);
    if (!override) return law;
    const { supersededBy: _shipped, ...rest } = law;
    return {
      ...rest,
      status: override.status,
      ...(override.superseded_by ? { supersededBy: override.superseded_by } : {}),
    };
  });
  return { entries, edited: overrides };
}

/** With a database, this workstation's edits apply; without one (command line on a file), the library as shipped. */
export function lawLibrary(db?: Db): LawLibrary {
  const entries = db ? lawEntries(db).entries : (libraryData as unknown as LawLibraryData).laws;
  return createLawLibrary(entries, renumberingData as unknown as RenumberingData);
}
