import { diffInline, type InlineOp } from './inlineDiff';
import { resolveOptions } from './normalize';

const EXACT = resolveOptions({ ignoreWhitespace: false, normalizeWidth: false });

/**
 * The edits between two texts counting every character (spaces, full- and half-width forms): what a
 * redline must carry for 全部拒绝 to give back the old text exactly, whatever the display options hide.
 */
export function exactDiff(oldText: string, newText: string): InlineOp[] {
  return diffInline(oldText, newText, EXACT);
}
