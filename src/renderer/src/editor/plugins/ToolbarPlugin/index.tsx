import {
  BoldOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  TableOutlined,
  UnderlineOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { Divider, Flex } from 'antd';
import { runEditorAction, SHORTCUTS, type EditorAction } from '../../commands/editorActions';
import { ToolButton } from './ToolButton';
import { useToolbarState } from './useToolbarState';

const BLOCK_BUTTONS: { action: EditorAction; label: string; text: string }[] = [
  { action: 'title', label: '标题', text: '标题' },
  { action: 'heading1', label: '一级标题', text: '一、' },
  { action: 'heading2', label: '二级标题', text: '（一）' },
  { action: 'heading3', label: '三级标题', text: '1.' },
  { action: 'heading4', label: '四级标题', text: '（1）' },
  { action: 'paragraph', label: '正文', text: '正文' },
];

/** Block formats (title, GB/T 9704 heading levels, body), lists, table, text formats, undo and redo. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState(editor);
  const run = (action: EditorAction) => runEditorAction(editor, action);
  const off = !state.editable;
  return (
    <Flex
      role="toolbar"
      aria-label="格式工具栏"
      wrap
      align="center"
      gap={2}
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 5,
        padding: '6px 12px',
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      {BLOCK_BUTTONS.map(({ action, label, text }) => (
        <ToolButton
          key={action}
          label={label}
          text={text}
          shortcut={SHORTCUTS[action]}
          active={state.block === action}
          disabled={off}
          onClick={() => run(action)}
        />
      ))}
      <Divider orientation="vertical" />
      <ToolButton
        label="编号列表"
        icon={<OrderedListOutlined />}
        shortcut={SHORTCUTS.ordered}
        active={state.block === 'ordered'}
        disabled={off}
        onClick={() => run('ordered')}
      />
      <ToolButton
        label="项目符号列表"
        icon={<UnorderedListOutlined />}
        shortcut={SHORTCUTS.bullet}
        active={state.block === 'bullet'}
        disabled={off}
        onClick={() => run('bullet')}
      />
      <ToolButton
        label="插入表格"
        icon={<TableOutlined />}
        shortcut={SHORTCUTS.table}
        disabled={off}
        onClick={() => run('table')}
      />
      <Divider orientation="vertical" />
      <ToolButton
        label="加粗"
        icon={<BoldOutlined />}
        shortcut={SHORTCUTS.bold}
        active={state.bold}
        disabled={off}
        onClick={() => run('bold')}
      />
      <ToolButton
        label="倾斜"
        icon={<ItalicOutlined />}
        shortcut={SHORTCUTS.italic}
        active={state.italic}
        disabled={off}
        onClick={() => run('italic')}
      />
      <ToolButton
        label="下划线"
        icon={<UnderlineOutlined />}
        shortcut={SHORTCUTS.underline}
        active={state.underline}
        disabled={off}
        onClick={() => run('underline')}
      />
      <Divider orientation="vertical" />
      <ToolButton
        label="撤销"
        icon={<UndoOutlined />}
        shortcut={SHORTCUTS.undo}
        disabled={off || !state.canUndo}
        onClick={() => run('undo')}
      />
      <ToolButton
        label="重做"
        icon={<RedoOutlined />}
        shortcut={SHORTCUTS.redo}
        disabled={off || !state.canRedo}
        onClick={() => run('redo')}
      />
    </Flex>
  );
}
