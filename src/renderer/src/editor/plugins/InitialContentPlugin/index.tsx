import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import type { Block } from '../../../../../shared/domain/blocks';
import { blocksToEditorState } from '../../convert/blocksToLexical';

/**
 * Loads the text once every other plugin is in place. Registering a node transform marks every existing
 * node of its type dirty and runs it on all of them: with the text already loaded, each plugin's
 * registration would revisit (and copy) thousands of nodes. Rendered last in the composer, so its effect
 * runs after theirs; the load itself runs their transforms once, on nodes that are new anyway.
 */
export function InitialContentPlugin({ blocks }: { blocks: readonly Block[] }): null {
  const [editor] = useLexicalComposerContext();
  const [initial] = useState(blocks);
  useEffect(() => blocksToEditorState(editor, initial), [editor, initial]);
  return null;
}
