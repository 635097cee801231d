import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerActiveGroup, registerBlockGroups } from './registerBlockGroups';

export { registerBlockGroups };

/** Keeps the text's blocks in page groups the browser can skip while off screen (see registerBlockGroups). */
export function BlockGroupPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerBlockGroups(editor), [editor]);
  useEffect(() => registerActiveGroup(editor), [editor]);
  return null;
}
