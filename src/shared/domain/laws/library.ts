import type { LawArticleFacts, LawArticlesData } from './articles';
import { lawKey, splitVersionSuffix, stripTitleMarks, type VersionHint } from './normalize';
import type { LawEntry, LawLibraryData, RenumberingData, RenumberingTable } from './types';

export type LawMatchKind = 'title' | 'short_title' | 'alias';

export interface LawMatch {
  law: LawEntry;
  matchedBy: LawMatchKind;
  /** A version named in the title as cited, e.g. （2015修正）. */
  version: VersionHint | null;
}

/** Where an old article went in the newer text of a law. */
export interface RenumberedArticle {
  table: RenumberingTable;
  oldArticle: number;
  /** undefined when the article has no successor (removed or rewritten beyond recognition). */
  newArticle?: number;
  note?: string;
}

export interface LawLibrary {
  readonly laws: readonly LawEntry[];
  byId(id: string): LawEntry | undefined;
  /** Exact title, short title or alias, after normalization; a version suffix is tried with and without. */
  find(title: string): LawMatch | null;
  /** The law that finally replaced a repealed one (following 被…废止 chains), if known. */
  replacement(law: LawEntry): LawEntry | undefined;
  renumberingTables(law: LawEntry): readonly RenumberingTable[];
  /** Article count and fines of the text in force, when the library has read it. */
  articleFacts(law: LawEntry): LawArticleFacts | undefined;
}

const MAX_CHAIN = 8;

export function createLawLibrary(
  data: LawLibraryData | readonly LawEntry[],
  renumbering: RenumberingData = { tables: [] },
  articles: LawArticlesData = { source: '', laws: {} },
): LawLibrary {
  const laws: readonly LawEntry[] = Array.isArray(data) ? data : (data as LawLibraryData).laws;
  const byKey = new Map<string, { law: LawEntry; matchedBy: LawMatchKind }>();
  const byId = new Map<string, LawEntry>();
  // Titles first, so that a short title or alias never hides another law's full title.
  for (const law of laws) {
    byId.set(law.id, law);
    byKey.set(lawKey(law.title), { law, matchedBy: 'title' });
  }
  for (const law of laws) {
    const names: [string, LawMatchKind][] = [
      [law.shortTitle, 'short_title'],
      ...(law.aliases ?? []).map((alias): [string, LawMatchKind] => [alias, 'alias']),
    ];
    for (const [name, matchedBy] of names) {
      const key = lawKey(name);
      if (!byKey.has(key)) byKey.set(key, { law, matchedBy });
    }
  }
  const tablesByLaw = new Map<string, RenumberingTable[]>();
  for (const table of renumbering.tables) {
    const key = lawKey(table.law);
    tablesByLaw.set(key, [...(tablesByLaw.get(key) ?? []), table]);
  }

  const find = (title: string): LawMatch | null => {
    const inner = stripTitleMarks(title);
    const exact = byKey.get(lawKey(inner));
    if (exact) return { ...exact, version: null };
    const { base, version } = splitVersionSuffix(inner);
    if (!version) return null;
    const hit = byKey.get(lawKey(base));
    return hit ? { ...hit, version } : null;
  };

  const replacement = (law: LawEntry): LawEntry | undefined => {
    let current: LawEntry | undefined = law;
    let last: LawEntry | undefined;
    for (let step = 0; step < MAX_CHAIN && current?.supersededBy; step += 1) {
      const next: LawEntry | undefined = find(current.supersededBy)?.law;
      if (!next || next === current) break;
      last = next;
      current = next;
    }
    return last;
  };

  return {
    laws,
    byId: (id) => byId.get(id),
    find,
    replacement,
    renumberingTables: (law) => tablesByLaw.get(law.id) ?? [],
    articleFacts: (law) => articles.laws[law.id],
  };
}

/** The successor of an old article in a renumbering table, or undefined if the table does not know it. */
export function renumberArticle(table: RenumberingTable, oldArticle: number): RenumberedArticle | undefined {
  const key = String(oldArticle);
  const note = table.notes?.[key];
  const newArticle = table.articles[key];
  if (newArticle !== undefined) {
    return note === undefined ? { table, oldArticle, newArticle } : { table, oldArticle, newArticle, note };
  }
  if (table.removed.includes(oldArticle))
    return note === undefined ? { table, oldArticle } : { table, oldArticle, note };
  return undefined;
}

/** The old article that became `newArticle`, to say what the cited number means in the current text. */
export function predecessorOf(table: RenumberingTable, newArticle: number): number | undefined {
  for (const [oldKey, value] of Object.entries(table.articles))
    if (value === newArticle) return Number(oldKey);
  return undefined;
}
