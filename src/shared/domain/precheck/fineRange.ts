import { formatChineseNumber } from '../structure/chineseNumerals';
import { citedLaws, type CitedLaw } from './citedArticles';
import { clauseRange, fineClauses, formatAmount, spanOf, type FineRange } from './fineAmounts';
import { report, sentenceAround, type ScanContext, type ScannedBlock } from './scan';

/**
 * A fine range (typically a tier of a 裁量基准) outside the range of the article it cites: the amounts
 * are compared with the fines the cited article (or 款) sets in the text in force. A tier may narrow
 * the statutory range; it may not go above its maximum or below its minimum.
 */

interface CitedRange {
  /** 《中华人民共和国统计法》第四十四条第二款 */
  label: string;
  range: FineRange;
}

/** The statutory range of one citation: the cited 款 when it sets a fine, else the whole article. */
function citedRange({ cited, law, facts }: CitedLaw): CitedRange | null {
  const ranges: FineRange[] = [];
  const labels: string[] = [];
  const seen = new Set<string>();
  for (const ref of cited.articles) {
    const byClause = facts.fines?.[String(ref.article)];
    if (!byClause) continue;
    const clause = ref.clause === undefined ? undefined : byClause[String(ref.clause)];
    const texts = clause ?? Object.values(byClause).flat();
    const key = `${ref.article}:${clause ? ref.clause : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = texts.map(clauseRange).filter((range): range is FineRange => range !== null);
    if (found.length === 0) continue;
    ranges.push(...found);
    labels.push(
      `第${formatChineseNumber(ref.article)}条${clause && ref.clause !== undefined ? `第${formatChineseNumber(ref.clause)}款` : ''}`,
    );
  }
  const range = spanOf(ranges);
  return range ? { label: `《${law.title}》${labels.join('、')}`, range } : null;
}

/**
 * The statutory range a fine at `offset` rests on: the citations of its sentence (before or after it:
 * 处…罚款，依据《…》第四十五条), else the nearest earlier citation of the block, else the list lead-in of
 * an item (…按照下列阶次裁量：).
 */
function statutoryRange(context: ScanContext, scanned: ScannedBlock, offset: number): CitedRange | null {
  const [sentenceStart, sentenceEnd] = sentenceAround(scanned, offset);
  const cited = citedLaws(context, scanned.text)
    .map((law) => ({ start: law.cited.start, range: citedRange(law) }))
    .filter((entry): entry is { start: number; range: CitedRange } => entry.range !== null);
  const inSentence = cited.filter((entry) => entry.start >= sentenceStart && entry.start < sentenceEnd);
  const chosen = inSentence.length > 0 ? inSentence : cited.filter((entry) => entry.start < offset).slice(-1);
  if (chosen.length === 0 && scanned.leadIn) {
    const fromLeadIn = citedLaws(context, scanned.leadIn)
      .map(citedRange)
      .filter((range): range is CitedRange => range !== null);
    chosen.push(...fromLeadIn.map((range) => ({ start: 0, range })));
  }
  const span = spanOf(chosen.map((entry) => entry.range.range));
  if (!span) return null;
  return { label: chosen.map((entry) => entry.range.label).join('、'), range: span };
}

function statutoryWords(range: FineRange): string {
  if (range.min === 0) return `${formatAmount(range.max)}以下`;
  if (range.max === Number.POSITIVE_INFINITY) return `${formatAmount(range.min)}以上`;
  return `${formatAmount(range.min)}以上${formatAmount(range.max)}以下`;
}

export function checkFineRanges(context: ScanContext): void {
  if (!context.library) return;
  for (const scanned of context.blocks) {
    if (scanned.role === 'title' || !scanned.text.includes('罚款')) continue;
    for (const fine of fineClauses(scanned.text)) {
      const statutory = statutoryRange(context, scanned, fine.start);
      if (!statutory) continue;
      const above = fine.range.max > statutory.range.max;
      const below = fine.range.min < statutory.range.min;
      if (!above && !below) continue;
      const how = above
        ? `高于所引条文的最高额${formatAmount(statutory.range.max)}`
        : `低于所引条文的最低额${formatAmount(statutory.range.min)}`;
      report(
        context,
        'power.fine_range',
        scanned,
        fine.start,
        fine.end,
        `“${fine.text}”${how}。${statutory.label}规定的罚款幅度为${statutoryWords(statutory.range)}，裁量基准只能在该幅度内细化。`,
      );
    }
  }
}
