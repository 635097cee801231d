import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerBlockIds } from './registerBlockIds';

export { registerBlockIds };

/** Keeps every block's id present and unique (see registerBlockIds). */
export function BlockIdPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockIds(editor), [editor]);
  return null;
}
