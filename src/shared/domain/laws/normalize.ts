/**
 * Title normalization for matching citations against the law library. A citation may spell a title with
 * or without 中华人民共和国, with 〈〉 or 《》 around an inner title, with full- or half-width brackets and
 * with a version suffix such as （2018修正）; all of these must find the same law.
 */

/**
 * The lookup key of a title. scripts/build-law-library.mjs writes ids with its own copy of this function;
 * a unit test checks that every committed id equals lawKey(title), so change both together.
 */
export function lawKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\s\u3000《》〈〉<>“”"']/g, '')
    .replaceAll('中华人民共和国', '')
    .replace(/[(（]/g, '（')
    .replace(/[)）]/g, '）')
    .replace(/[—–－-]/g, '-');
}

/** A version named in a citation: 《立法法》（2015修正）, 《行政处罚法（2017年修正）》. */
export interface VersionHint {
  year: number;
  /** 修正 / 修订 / 修改 / 版 …, as written. */
  kind?: string;
  /** Full date when written as (2019-04-23). */
  date?: string;
  /** The suffix as written, brackets included. */
  text: string;
}

const VERSION_SUFFIX =
  /[（(]\s*((?:19|20)\d{2})\s*(?:年)?\s*(?:[-.．](\d{1,2})[-.．](\d{1,2}))?\s*(修正文本|修订文本|修正|修订|修改|年版|版|文本)?\s*[)）]\s*$/;

/** Reads a version suffix at the end of the text (a title, or the text right after 》). */
export function readVersionSuffix(text: string): VersionHint | null {
  const match = VERSION_SUFFIX.exec(text);
  if (!match) return null;
  const hint: VersionHint = { year: Number(match[1]), text: match[0].trim() };
  if (match[2] && match[3]) {
    hint.date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  }
  if (match[4]) hint.kind = match[4];
  return hint;
}

/** The title without a trailing version suffix, and the suffix if there was one. */
export function splitVersionSuffix(title: string): { base: string; version: VersionHint | null } {
  const version = readVersionSuffix(title);
  if (!version) return { base: title, version: null };
  return { base: title.slice(0, title.length - version.text.length).trimEnd(), version };
}

/** The inside of 《…》 if the whole text is one book-title mark. */
export function stripTitleMarks(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('《') && trimmed.endsWith('》') ? trimmed.slice(1, -1) : trimmed;
}
