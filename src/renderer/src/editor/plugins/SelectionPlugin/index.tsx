import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { $getSelectionSelector, type SelectionSelector } from '../../selection/selectionSelector';

/**
 * Reports the selection as an annotation selector (or null) whenever it changes, at most once per frame;
 * the same selection is not reported twice.
 */
export function SelectionPlugin({
  onSelectionChange,
}: {
  onSelectionChange: (selection: SelectionSelector | null) => void;
}): null {
  const [editor] = useLexicalComposerContext();
  const callback = useRef(onSelectionChange);
  useEffect(() => {
    callback.current = onSelectionChange;
  }, [onSelectionChange]);
  useEffect(() => {
    let frame = 0;
    let last = 'null';
    const report = () => {
      frame = 0;
      const selection = editor.read($getSelectionSelector);
      const key = JSON.stringify(selection);
      if (key === last) return;
      last = key;
      callback.current(selection);
    };
    const stop = editor.registerUpdateListener(() => {
      if (!frame) frame = requestAnimationFrame(report);
    });
    return () => {
      stop();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [editor]);
  return null;
}
