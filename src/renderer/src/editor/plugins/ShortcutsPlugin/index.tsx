import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { actionForKey, runEditorAction } from '../../commands/editorActions';

/** Shortcuts for block formats, lists and tables (see SHORTCUTS); text formats and undo are Lexical's. */
export function ShortcutsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = actionForKey(event);
          if (action === null || !editor.isEditable()) return false;
          event.preventDefault();
          runEditorAction(editor, action);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
