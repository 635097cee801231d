import { parseCitations, type Citation } from '../citations';
import { lawKey, type LawArticleFacts, type LawEntry } from '../laws';
import { formatChineseNumber } from '../structure/chineseNumerals';
import { report, type ScanContext } from './scan';

/**
 * A cited article number the cited law does not have (《统计法》第六十条, when the text in force has 53
 * articles). The library knows the article count of the text in force; a citation that names an older
 * version (《统计法》（2009年修订）) follows that version's numbering and is left alone.
 */

export interface CitedLaw {
  cited: Citation;
  law: LawEntry;
  facts: LawArticleFacts;
}

/** Citations in `text` of laws in force whose article facts the library holds, read in the current numbering. */
export function citedLaws(context: ScanContext, text: string): CitedLaw[] {
  const { library } = context;
  if (!library || !text.includes('《')) return [];
  const ownKey = context.title ? lawKey(context.title) : '';
  const found: CitedLaw[] = [];
  for (const cited of parseCitations(text)) {
    if (cited.articles.length === 0 || (ownKey && lawKey(cited.title) === ownKey)) continue;
    const match = library.find(cited.title);
    if (!match || match.law.status === '已废止') continue;
    const facts = library.articleFacts(match.law);
    if (!facts) continue;
    const version = cited.version ?? match.version;
    if (version && version.year < Number(facts.version.slice(0, 4))) continue;
    found.push({ cited, law: match.law, facts });
  }
  return found;
}

function article(number: number): string {
  return `第${formatChineseNumber(number)}条`;
}

export function checkCitedArticles(context: ScanContext): void {
  for (const scanned of context.blocks) {
    if (scanned.role === 'title') continue;
    for (const { cited, law, facts } of citedLaws(context, scanned.text)) {
      const seen = new Set<number>();
      for (const ref of cited.articles) {
        if (ref.inRange || ref.article <= facts.articles || seen.has(ref.article)) continue;
        seen.add(ref.article);
        report(
          context,
          'citation.article_missing',
          scanned,
          ref.start,
          ref.end,
          `《${law.title}》现行文本共${formatChineseNumber(facts.articles)}条，没有${article(ref.article)}。请核对所引条文序号。`,
        );
      }
    }
  }
}
