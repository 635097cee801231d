import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $blockFormatAtSelection, type BlockFormat } from '../../commands/blockFormat';

export interface ToolbarState {
  block: BlockFormat;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  canUndo: boolean;
  canRedo: boolean;
  editable: boolean;
}

const INITIAL: ToolbarState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  canUndo: false,
  canRedo: false,
  editable: true,
};

function $readFormats(): Pick<ToolbarState, 'block' | 'bold' | 'italic' | 'underline'> {
  const selection = $getSelection();
  const range = $isRangeSelection(selection) ? selection : null;
  return {
    block: $blockFormatAtSelection(),
    bold: range?.hasFormat('bold') ?? false,
    italic: range?.hasFormat('italic') ?? false,
    underline: range?.hasFormat('underline') ?? false,
  };
}

/** What the toolbar shows, updated with the selection; unchanged values do not re-render it. */
export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [state, setState] = useState<ToolbarState>(() => ({ ...INITIAL, editable: editor.isEditable() }));
  useEffect(() => {
    const merge = (patch: Partial<ToolbarState>) =>
      setState((current) =>
        Object.entries(patch).every(([key, value]) => current[key as keyof ToolbarState] === value)
          ? current
          : { ...current, ...patch },
      );
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => merge(editorState.read($readFormats))),
      editor.registerEditableListener((editable) => merge({ editable })),
      editor.registerCommand(
        CAN_UNDO_COMMAND,
        (canUndo) => {
          merge({ canUndo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        CAN_REDO_COMMAND,
        (canRedo) => {
          merge({ canRedo });
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);
  return state;
}
