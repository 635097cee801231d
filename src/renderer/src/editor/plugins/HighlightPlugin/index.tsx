import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { clearBlockHighlights, setBlockHighlights, type BlockRange } from '../../selection/blockHighlights';

/**
 * Paints `ranges` under the highlight `name` (page.css styles HIGHLIGHT_ANNOTATION and HIGHLIGHT_ACTIVE;
 * other names need their own ::highlight() rule) and keeps them in place while the text changes.
 */
export function HighlightPlugin({ name, ranges }: { name: string; ranges: readonly BlockRange[] }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let frame = 0;
    const paint = () => {
      frame = 0;
      setBlockHighlights(editor, name, ranges);
    };
    paint();
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (ranges.length === 0 || (dirtyElements.size === 0 && dirtyLeaves.size === 0) || frame) return;
      frame = requestAnimationFrame(paint);
    });
    return () => {
      stop();
      if (frame) cancelAnimationFrame(frame);
      clearBlockHighlights(name);
    };
  }, [editor, name, ranges]);
  return null;
}
