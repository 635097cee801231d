import type { AnchorStatus, AnnotationThread, TextSelector } from '../../../../shared/api';

/** How each anchoring status reads in the panel (DESIGN §3). */
export const ANCHOR_STATUS_LABELS: Record<AnchorStatus, string> = {
  exact: '精确定位',
  moved: '已移位',
  fuzzy: '模糊定位',
  orphaned: '已失去定位',
};

export const ANCHOR_STATUS_COLORS: Record<AnchorStatus, string> = {
  exact: 'green',
  moved: 'blue',
  fuzzy: 'orange',
  orphaned: 'red',
};

export const ANCHOR_STATUS_HINTS: Record<AnchorStatus, string> = {
  exact: '批注的文字在原处，未发生变化。',
  moved: '批注的文字未变，但所在条款或位置已变化（如条文重新编号）。',
  fuzzy: '批注的文字已被修改，按上下文定位到最接近的文字，请核对。',
  orphaned: '批注的文字在此文本中已被删除或改动太大，无法再定位。',
};

export type ThreadFilter = 'open' | 'resolved' | 'all';

export function filterThreads(
  threads: readonly AnnotationThread[],
  filter: ThreadFilter,
): AnnotationThread[] {
  return filter === 'all' ? [...threads] : threads.filter((thread) => thread.state === filter);
}

/**
 * Threads in reading order of the text they stand on (block order, then offset); threads that lost
 * their place come last, oldest first.
 */
export function sortThreads(
  threads: readonly AnnotationThread[],
  blockOrder: ReadonlyMap<string, number>,
): AnnotationThread[] {
  const position = (thread: AnnotationThread): [number, number] => {
    const selector = thread.selector;
    const index = selector ? blockOrder.get(selector.blockId) : undefined;
    return selector && index !== undefined ? [index, selector.start] : [Number.MAX_SAFE_INTEGER, 0];
  };
  return [...threads].sort((a, b) => {
    const [blockA, startA] = position(a);
    const [blockB, startB] = position(b);
    return blockA - blockB || startA - startB || a.createdAt.localeCompare(b.createdAt);
  });
}

/** A range of a block to mark in the text: a thread's place, or the selection being commented on. */
export interface HighlightSpan {
  key: string;
  start: number;
  end: number;
}

/** The key of the selection a new thread is being written for. */
export const PENDING_KEY = 'pending';

/** Highlight spans grouped by block id. */
export function spansByBlock(
  threads: readonly AnnotationThread[],
  pending: TextSelector | null = null,
): Map<string, HighlightSpan[]> {
  const byBlock = new Map<string, HighlightSpan[]>();
  const add = (blockId: string, span: HighlightSpan) => {
    const list = byBlock.get(blockId);
    if (list) list.push(span);
    else byBlock.set(blockId, [span]);
  };
  for (const thread of threads) {
    if (thread.selector && thread.selector.end > thread.selector.start) {
      add(thread.selector.blockId, {
        key: thread.id,
        start: thread.selector.start,
        end: thread.selector.end,
      });
    }
  }
  if (pending) add(pending.blockId, { key: PENDING_KEY, start: pending.start, end: pending.end });
  return byBlock;
}
