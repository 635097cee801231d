import { normalizeText, resolveOptions } from './normalize';
import type { LegalForceCategory } from './types';

/** One word of legal force found in a text: 应当, 五万元, 三十日, 许可 … */
export interface TermMatch {
  category: LegalForceCategory;
  /** As written. */
  term: string;
  /** The term without spaces and in half-width forms: ２０００ 元 and 2000元 are the same amount. */
  key: string;
  start: number;
  end: number;
}

/** The categories in the order flags and summaries name them. */
export const CATEGORIES: readonly LegalForceCategory[] = ['modal', 'amount', 'time_limit', 'power'];

const NUMERAL = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)';
/** Spacing a figure may have before its unit (2000 元). */
const GAP = '[ \\u3000]?';

const TERMS: Readonly<Record<LegalForceCategory, RegExp>> = {
  // 一般 only where it softens a duty (一般应当, 一般不得…), not in 一般规定 / 一般程序. 应当事人(申请) is
  // 应 + 当事人 (at the party's request), not 应当.
  modal: /应当(?!事人)|必须|可以|不得|禁止|原则上|一般(?=应当|不得|不|可以|由|须)/g,
  amount: new RegExp(`${NUMERAL}${GAP}(?:万|亿)?(?:元|倍)|百分之${NUMERAL}|${NUMERAL}${GAP}[%％]`, 'g'),
  // 十八周岁 is an age, not a time limit. A following 内 / 以内 is left out: 三十日 → 三十日内 sets no new limit.
  time_limit: new RegExp(`${NUMERAL}${GAP}(?:个工作日|工作日|日|天|个月|年|小时|周(?!岁))`, 'g'),
  // 罚款 is the commonest 处罚, and 加处罚款 / 处罚款 are 处 + 罚款, not 处罚. Law names written without
  // book-title marks (治安管理处罚法, 行政强制法) and 强制性规定 / 强制性国家标准 (mandatory norms, not
  // coercive measures) are not uses of the power.
  power: /罚款|许可|处罚(?!款|法)|强制(?!法|性规定|性(?:国家)?标准)|收费|征收/g,
};

/** A character every term of the category contains: texts without one are not searched at all. */
const TELLTALE: Readonly<Record<LegalForceCategory, RegExp>> = {
  modal: /[应必可不禁原一]/,
  amount: /[元倍%％]|百分之/,
  time_limit: /[日天月年时周]/,
  power: /[罚许处强收征]/,
};

/** Calendar dates are not time limits: 2021年1月22日, 二〇二一年, 8月8日. */
const DATES = new RegExp(
  `(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:${NUMERAL}月(?:${NUMERAL}日)?)?|${NUMERAL}月${NUMERAL}日`,
  'g',
);

/** A title in book-title marks names a law or a document (《中华人民共和国行政处罚法》): it imposes nothing. */
const BOOK_TITLES = /《[^《》]*》/g;

const KEY_OPTIONS = resolveOptions();
/** What a figure can hold that its key folds away: full-width digits, point and %, spaces. */
const UNFOLDED = /[０-９．％ \u3000]/;

/** Blanks out a match keeping every position, so term offsets stay offsets into the original text. */
const blank = (match: string) => '\u0000'.repeat(match.length);

/** The legal-force terms of `text` with their offsets, by category then position. */
export function findTerms(text: string): TermMatch[] {
  const found: TermMatch[] = [];
  const source = text.includes('《') ? text.replace(BOOK_TITLES, blank) : text;
  for (const category of CATEGORIES) {
    if (!TELLTALE[category].test(source)) continue;
    const searched =
      category === 'time_limit' && /[年月]/.test(source) ? source.replace(DATES, blank) : source;
    for (const match of searched.matchAll(TERMS[category])) {
      const term = match[0];
      const key = UNFOLDED.test(term) ? normalizeText(term, KEY_OPTIONS) : term;
      found.push({ category, term, key, start: match.index, end: match.index + term.length });
    }
  }
  return found;
}
