import type { Block } from './blocks';
import { chineseDate, type IsoDate } from './calendar/isoDate';
import { seriesScope, type NumberValues } from './numbering';
import { citation, parseStructure } from './structure';

/**
 * The wording of the 合法性审核意见书 that is not layout: where each 修改意见 sits in the reviewed text, the
 * reviewed version named as people name it, and the 文号 line before a number is given.
 */

/** Two 三号 full-width spaces: the room a hand-written 顺序号 needs. */
const SEQ_BLANK = '\u3000\u3000';

/**
 * The 文号 line of a letter that has no number yet: the template with its text fields and the year filled
 * and the 顺序号 left blank for hand-filling (某统法审〔2026〕 followed by two full-width spaces and 号), never a field name.
 */
export function blankLetterNumber(
  template: string,
  known: Pick<NumberValues, 'agencyCode' | 'region'>,
  year: number,
): string {
  return seriesScope(template, known)
    .replace('{year}', String(year))
    .replace(/\{seq(?::\d+)?\}/, SEQ_BLANK);
}

/** 送审稿（第3版，2026年4月30日）: the version's label, its number and the day it was saved. */
export function reviewedVersionName(seq: number, label: string, savedOn: IsoDate): string {
  const place = `第${seq}版，${chineseDate(savedOn)}`;
  return label ? `${label}（${place}）` : `第${seq}版（${chineseDate(savedOn)}）`;
}

export interface SuggestionRef {
  blockId: string | null;
  /** What the reviewer typed in the 条款 field, used when the block is not in the reviewed version. */
  label: string;
}

/**
 * Where each suggestion sits, as the letter's 条款 column cites it: 第五条第二款第（一）项 inside an article,
 * the heading (一、总体要求) outside articles, otherwise what the reviewer wrote, and 全文 when nothing
 * names a place.
 */
export function suggestionPlaces(blocks: readonly Block[], suggestions: readonly SuggestionRef[]): string[] {
  const structure = parseStructure(blocks);
  const byId = new Map(structure.blocks.map((info) => [info.blockId, info]));
  return suggestions.map((suggestion) => {
    const info = suggestion.blockId ? byId.get(suggestion.blockId) : undefined;
    if (info) {
      if (info.path.some((node) => node.kind === 'article')) return citation(info.path);
      const outer = [...info.path].reverse().find((node) => node.kind === 'heading' || node.title);
      // A heading's label already carries its title (一、总体要求); a division's does not (第一章 + 总则).
      if (outer) return outer.kind === 'heading' ? outer.label : `${outer.label}${outer.title ?? ''}`;
    }
    return suggestion.label.trim() || '全文';
  });
}
