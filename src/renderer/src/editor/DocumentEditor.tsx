import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { LexicalEditor } from 'lexical';
import { memo, useState, type ReactNode, type RefCallback } from 'react';
import type { Block } from '../../../shared/domain/blocks';
import { EDITOR_NODES } from './nodes/registry';
import { BlockGroupPlugin } from './plugins/BlockGroupPlugin';
import { BlockIdPlugin } from './plugins/BlockIdPlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { InitialContentPlugin } from './plugins/InitialContentPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { TextChangePlugin } from './plugins/TextChangePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { EDITOR_THEME } from './theme';
import './page.css';

export interface DocumentEditorProps {
  /** Read once: to show other blocks, mount the editor again (e.g. with a React key). */
  initialBlocks: readonly Block[];
  editable: boolean;
  showToolbar?: boolean;
  placeholder?: string;
  /** Accessible name of the page, e.g. 正文 or 起草说明. */
  label: string;
  /** After each change of the text (cheap to call on every keystroke: schedule, do not convert). */
  onTextChange?: () => void;
  /** The Lexical editor, once created (for reading blocks, selections, highlights, scrolling). */
  editorRef?: RefCallback<LexicalEditor>;
  /** More plugins, rendered inside the editor's composer. */
  children?: ReactNode;
}

function onError(error: Error): void {
  console.error(error);
}

/**
 * The drafting editor: a GB/T 9704 page with a toolbar, history, lists, tables and stable block ids.
 * Memoized: the page around it renders often (save status, outline, panels) and none of that concerns it.
 */
export const DocumentEditor = memo(function DocumentEditor({
  initialBlocks,
  editable,
  showToolbar = true,
  placeholder = '在此输入正文……',
  label,
  onTextChange,
  editorRef,
  children,
}: DocumentEditorProps) {
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'normdesk-draft',
    nodes: EDITOR_NODES,
    theme: EDITOR_THEME,
    editable,
    onError,
    // Filled by InitialContentPlugin once the plugins are registered.
    editorState: null,
  }));
  return (
    <LexicalComposer initialConfig={initialConfig}>
      {showToolbar && <ToolbarPlugin />}
      <div className="nd-desk">
        <div className="nd-sheet">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="nd-body"
                aria-label={label}
                aria-placeholder={placeholder}
                placeholder={<div className="nd-placeholder">{placeholder}</div>}
                spellCheck={false}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <BlockGroupPlugin />
      <BlockIdPlugin />
      <ShortcutsPlugin />
      <EditablePlugin editable={editable} />
      {onTextChange && <TextChangePlugin onTextChange={onTextChange} />}
      {editorRef && <EditorRefPlugin editorRef={editorRef} />}
      {children}
      <InitialContentPlugin blocks={initialBlocks} />
    </LexicalComposer>
  );
});
