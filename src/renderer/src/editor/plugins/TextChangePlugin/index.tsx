import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import { LOAD_BLOCKS_TAG } from '../../convert/blocksToLexical';

/**
 * Calls `onTextChange` after each update that changed the text (not for caret moves, not for loading).
 * It runs on every keystroke, so it must stay cheap: schedule work, never convert the text here.
 */
export function TextChangePlugin({ onTextChange }: { onTextChange: () => void }): null {
  const [editor] = useLexicalComposerContext();
  const callback = useRef(onTextChange);
  useEffect(() => {
    callback.current = onTextChange;
  }, [onTextChange]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (prevEditorState.isEmpty() || tags.has(LOAD_BLOCKS_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        callback.current();
      }),
    [editor],
  );
  return null;
}
