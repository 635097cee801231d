import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerBlockIdAttributes, registerBlockIds } from './registerBlockIds';

export { registerBlockIds };

/** Keeps every block's id present and unique, and shows it as data-block-id (see registerBlockIds). */
export function BlockIdPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockIds(editor), [editor]);
  useEffect(() => registerBlockIdAttributes(editor), [editor]);
  return null;
}
