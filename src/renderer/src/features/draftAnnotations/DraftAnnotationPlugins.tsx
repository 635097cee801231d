import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useMemo, useRef } from 'react';
import {
  blockRangesToDomRanges,
  HIGHLIGHT_ACTIVE,
  HIGHLIGHT_ANNOTATION,
  HighlightPlugin,
  scrollToBlock,
  SelectionPlugin,
  type BlockRange,
} from '../../editor';
import type { EditorAnnotations } from './useDraftAnnotations';

type KeyedRange = BlockRange & { key: string };

/**
 * Inside the draft editor: reports the selection, paints the threads' ranges (the focused thread and
 * the selection being commented on in the stronger colour), scrolls to a thread focused in the panel
 * and focuses the thread whose words are clicked.
 */
export function DraftAnnotationPlugins({ annotations }: { annotations: EditorAnnotations }) {
  const [editor] = useLexicalComposerContext();
  const { view, threads, setSelection } = annotations;

  const ranges = useMemo<KeyedRange[]>(
    () =>
      threads.flatMap((thread) => (thread.selector ? [{ key: thread.id, ...rangeOf(thread.selector) }] : [])),
    [threads],
  );
  const strong = useMemo<BlockRange[]>(() => {
    const active = ranges.filter((range) => range.key === view.activeId || range.key === view.hoveredId);
    return view.pending ? [...active, rangeOf(view.pending)] : active;
  }, [ranges, view.activeId, view.hoveredId, view.pending]);

  useEffect(() => {
    if (view.activeSource !== 'panel' || !view.activeId) return;
    const range = ranges.find((candidate) => candidate.key === view.activeId);
    if (range) scrollToBlock(editor, range.blockId);
  }, [editor, ranges, view.activeId, view.activeSource]);

  const latest = useRef({ ranges, activate: view.activate });
  useEffect(() => {
    latest.current = { ranges, activate: view.activate };
  }, [ranges, view.activate]);
  useEffect(() => {
    const onClick = () => {
      const selection = window.getSelection();
      if (!selection?.isCollapsed || !selection.anchorNode) return;
      const { ranges: current, activate } = latest.current;
      const point = selection.anchorNode;
      const hit = blockRangesToDomRanges(editor, current).findIndex(
        (range) => range?.isPointInRange(point, selection.anchorOffset) ?? false,
      );
      const key = hit >= 0 ? current[hit]?.key : undefined;
      if (key) activate(key, 'text');
    };
    const stop = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('click', onClick);
      root?.addEventListener('click', onClick);
    });
    return () => {
      stop();
      editor.getRootElement()?.removeEventListener('click', onClick);
    };
  }, [editor]);

  return (
    <>
      <SelectionPlugin onSelectionChange={setSelection} />
      <HighlightPlugin name={HIGHLIGHT_ANNOTATION} ranges={ranges} />
      <HighlightPlugin name={HIGHLIGHT_ACTIVE} ranges={strong} />
    </>
  );
}

function rangeOf(selector: { blockId: string; start: number; end: number }): BlockRange {
  return { blockId: selector.blockId, start: selector.start, end: selector.end };
}
