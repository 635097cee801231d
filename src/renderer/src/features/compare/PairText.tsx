import type { ReactNode } from 'react';
import type { AlignedPair } from '../../../../shared/compare';

/** inline: both versions in one text (redline); old / new: one side of the side-by-side view. */
export type PairMode = 'inline' | 'old' | 'new';

const patterns = new WeakMap<readonly string[], RegExp>();

function patternOf(words: readonly string[]): RegExp {
  let pattern = patterns.get(words);
  if (!pattern) {
    pattern = new RegExp(`(${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
    patterns.set(words, pattern);
  }
  return pattern;
}

/** Marked text, with the words of a legal-force change inside it set apart. */
function withForceWords(text: string, words: readonly string[] | undefined): ReactNode {
  if (!words || words.length === 0) return text;
  // split() with one capturing group puts the matches at the odd positions.
  const parts = text.split(patternOf(words));
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <mark key={index} className="nd-cmp-force" title="法律效力变化">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}

function Inserted({ text, words }: { text: string; words?: readonly string[] | undefined }) {
  return <ins className="nd-cmp-ins">{withForceWords(text, words)}</ins>;
}

function Deleted({ text, words }: { text: string; words?: readonly string[] | undefined }) {
  return <del className="nd-cmp-del">{withForceWords(text, words)}</del>;
}

/**
 * The numbering of a pair (第十五条 , （三）): kept out of the inline diff, so a new number shows as the old
 * number struck and the new one inserted, never as edits inside the text.
 */
function prefixParts(pair: AlignedPair, mode: PairMode): ReactNode[] {
  const oldPrefix = pair.old?.prefix ?? '';
  const newPrefix = pair.new?.prefix ?? '';
  const parts: ReactNode[] = [];
  if (pair.old && pair.new && oldPrefix === newPrefix) {
    if (oldPrefix) parts.push(oldPrefix);
    return parts;
  }
  if (mode !== 'new' && pair.old && oldPrefix) parts.push(<Deleted key="p-old" text={oldPrefix} />);
  if (mode !== 'old' && pair.new && newPrefix) parts.push(<Inserted key="p-new" text={newPrefix} />);
  return parts;
}

/** One aligned pair as marked text: insertions underlined, deletions struck through, both coloured. */
export function PairText({
  pair,
  mode,
  forceWords,
}: {
  pair: AlignedPair;
  mode: PairMode;
  forceWords?: readonly string[] | undefined;
}) {
  const parts = prefixParts(pair, mode);
  pair.ops.forEach((op, index) => {
    if (op.op === 'equal') parts.push(mode === 'old' ? (op.oldText ?? op.text) : op.text);
    else if (op.op === 'insert') {
      if (mode !== 'old') parts.push(<Inserted key={index} text={op.text} words={forceWords} />);
    } else if (mode !== 'new') parts.push(<Deleted key={index} text={op.text} words={forceWords} />);
  });
  return <>{parts}</>;
}
