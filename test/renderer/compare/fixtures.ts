import { unitNoteKey, withNoteKeys } from '../../../src/main/compare/noteKeys';
import type { ChannelOutput, VersionSummary } from '../../../src/shared/api';
import { compareVersions, type CompareResult } from '../../../src/shared/compare';
import type { Block } from '../../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../../src/shared/domain/readers/plainTextToBlocks';
import { documentDetail } from '../support/documents';
import { corpusText } from '../../support/corpus';

/** The first `count` non-empty lines of a corpus text, read into blocks the way a .txt import does. */
export function lawExcerpt(file: string, count: number, idPrefix: string): Block[] {
  const lines = corpusText(`pairs/norm/${file}`)
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, count);
  let next = 0;
  return plainTextToBlocks(lines.join('\n'), { nextId: () => `${idPrefix}${++next}` });
}

/**
 * 行政处罚法 2017 (title to 第七条) against 2021 (title to 第二章): a new 第二条 pushes 第二条…第六条 down
 * by one with the same words (仅序号变化), 第三条 and 第七条 are edited, the preamble is rewritten.
 */
export const OLD_BLOCKS = lawExcerpt('xingzhengchufafa_2017.txt', 15, 'o');
export const NEW_BLOCKS = lawExcerpt('xingzhengchufafa_2021.txt', 19, 'n');

export function version(seq: number, label: string): VersionSummary {
  return {
    id: `v-${seq}`,
    seq,
    label,
    note: '',
    contentHash: `${seq}`.repeat(64),
    charCount: 1000 * seq,
    createdAt: `2025-03-0${seq}T02:00:00.000Z`,
    createdBy: 'u-admin',
    createdByName: '张三',
  };
}

export const V1 = version(1, '征求意见稿');
export const V2 = version(2, '送审稿');
export const DETAIL = documentDetail({ versions: [V1, V2] });

/** compare.run's answer as main gives it: every unit with its note key, `notes` by those keys. */
export function comparison(
  result: CompareResult,
  to: VersionSummary | null = V2,
  notes: Record<string, string> = {},
): ChannelOutput<'compare.run'> {
  return { result: withNoteKeys(result), from: V1, to, notes, millis: 12.4 };
}

export const RESULT = compareVersions(OLD_BLOCKS, NEW_BLOCKS);

export const STRICT = compareVersions(OLD_BLOCKS, NEW_BLOCKS, {
  ignoreWhitespace: false,
  normalizeWidth: false,
});

/** The note key of the unit a change entry labelled `label` belongs to. */
export function noteKeyOf(result: CompareResult, label: string): string {
  const change = result.changes.find((entry) => entry.label === label);
  if (!change) throw new Error(`no change ${label}`);
  return unitNoteKey(result, change.unit);
}
