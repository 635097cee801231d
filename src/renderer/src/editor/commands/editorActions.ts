import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { $blockFormatAtSelection, $setBlockFormat } from './blockFormat';
import { keepingBlockIds } from './keepBlockIds';

/** Everything the toolbar and the keyboard shortcuts can do. */
export type EditorAction =
  | 'title'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'paragraph'
  | 'ordered'
  | 'bullet'
  | 'table'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'undo'
  | 'redo';

/** Keyboard shortcut of each action as shown in tooltips (Ctrl+B/I/U, Z and Y are Lexical's own). */
export const SHORTCUTS: Record<EditorAction, string> = {
  title: 'Ctrl+Alt+T',
  heading1: 'Ctrl+Alt+1',
  heading2: 'Ctrl+Alt+2',
  heading3: 'Ctrl+Alt+3',
  heading4: 'Ctrl+Alt+4',
  paragraph: 'Ctrl+Alt+0',
  ordered: 'Ctrl+Shift+7',
  bullet: 'Ctrl+Shift+8',
  table: 'Ctrl+Alt+G',
  bold: 'Ctrl+B',
  italic: 'Ctrl+I',
  underline: 'Ctrl+U',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Y',
};

/** The action a key press asks for, among those Lexical does not already handle itself. */
export function actionForKey(event: KeyboardEvent): EditorAction | null {
  const control = event.ctrlKey || event.metaKey;
  if (!control) return null;
  if (event.altKey && !event.shiftKey) {
    switch (event.code) {
      case 'KeyT':
        return 'title';
      case 'Digit1':
        return 'heading1';
      case 'Digit2':
        return 'heading2';
      case 'Digit3':
        return 'heading3';
      case 'Digit4':
        return 'heading4';
      case 'Digit0':
        return 'paragraph';
      case 'KeyG':
        return 'table';
      default:
        return null;
    }
  }
  if (event.shiftKey && !event.altKey) {
    if (event.code === 'Digit7') return 'ordered';
    if (event.code === 'Digit8') return 'bullet';
  }
  return null;
}

export const DEFAULT_TABLE = { rows: 3, columns: 3 };

export function insertTable(editor: LexicalEditor, rows: number, columns: number): void {
  editor.dispatchCommand(INSERT_TABLE_COMMAND, {
    rows: String(rows),
    columns: String(columns),
    includeHeaders: false,
  });
}

export function runEditorAction(editor: LexicalEditor, action: EditorAction): void {
  switch (action) {
    case 'title':
    case 'paragraph':
    case 'heading1':
    case 'heading2':
    case 'heading3':
    case 'heading4':
      editor.update(() => $setBlockFormat(action));
      return;
    case 'ordered':
    case 'bullet': {
      const current = editor.read($blockFormatAtSelection);
      keepingBlockIds(editor, () => {
        if (current === action) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
        else if (action === 'ordered') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
        else editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
      });
      return;
    }
    case 'table':
      insertTable(editor, DEFAULT_TABLE.rows, DEFAULT_TABLE.columns);
      return;
    case 'bold':
    case 'italic':
    case 'underline':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, action);
      return;
    case 'undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      return;
    case 'redo':
      editor.dispatchCommand(REDO_COMMAND, undefined);
      return;
  }
}
