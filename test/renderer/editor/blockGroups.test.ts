import {
  $generateJSONFromSelectedNodes,
  $generateNodesFromSerializedNodes,
  $insertGeneratedNodes,
} from '@lexical/clipboard';
import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import { INSERT_TABLE_COMMAND, registerTablePlugin } from '@lexical/table';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isTextNode,
  $selectAll,
  $setSelection,
  DELETE_CHARACTER_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  REMOVE_TEXT_COMMAND,
  type LexicalEditor,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/shared/domain/blocks';
import { runEditorAction } from '../../../src/renderer/src/editor/commands/editorActions';
import { blocksToEditorState } from '../../../src/renderer/src/editor/convert/blocksToLexical';
import { editorStateToBlocks } from '../../../src/renderer/src/editor/convert/lexicalToBlocks';
import {
  $isBlockGroupNode,
  GROUP_MAX,
  GROUP_SIZE,
} from '../../../src/renderer/src/editor/nodes/BlockGroupNode';
import { $topLevelNode, headlessEditor } from './headless';

function articles(count: number): Block[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `p${index}`,
    kind: 'paragraph' as const,
    runs: [{ text: `第${index + 1}条，内容。` }],
  }));
}

function editorWith(blocks: Block[]): LexicalEditor {
  const editor = headlessEditor({ withIds: true });
  registerRichText(editor);
  registerList(editor);
  blocksToEditorState(editor, blocks);
  return editor;
}

/** How many top-level nodes each page group holds; a top-level node outside any group shows as -1. */
function groupSizes(editor: LexicalEditor): number[] {
  return editor.read(() =>
    $getRoot()
      .getChildren()
      .map((child) => ($isBlockGroupNode(child) ? child.getChildrenSize() : -1)),
  );
}

function texts(editor: LexicalEditor): string[] {
  return editorStateToBlocks(editor.getEditorState()).map((block) =>
    block.runs.map((run) => run.text).join(''),
  );
}

/** The first text node of the index-th top-level block. */
function $firstText(index: number): TextNode {
  const block = $topLevelNode(index);
  const text = $isElementNode(block) ? block.getFirstDescendant() : null;
  if (!$isTextNode(text)) throw new Error(`no text in block ${index}`);
  return text;
}

function caretAt(editor: LexicalEditor, index: number, offset: number): void {
  editor.update(() => void $firstText(index).select(offset, offset), { discrete: true });
}

function update(editor: LexicalEditor, fn: () => void): void {
  editor.update(fn, { discrete: true });
}

/** Commands dispatched outside an update are committed in a microtask. */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('page groups', () => {
  it('a loaded text comes in groups of GROUP_SIZE top-level nodes, and converts back unchanged', () => {
    const blocks = articles(2 * GROUP_SIZE + GROUP_SIZE / 2);
    const editor = editorWith(blocks);
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, GROUP_SIZE, GROUP_SIZE / 2]);
    expect(editorStateToBlocks(editor.getEditorState())).toEqual(blocks);
  });

  it('a list is never cut between two groups', () => {
    const list: Block[] = Array.from({ length: 30 }, (_, index) => ({
      id: `l${index}`,
      kind: 'list_item',
      level: 1,
      ordered: true,
      runs: [{ text: `第${index + 1}项` }],
    }));
    const after = articles(15).map((block) => ({ ...block, id: `q${block.id}` }));
    const blocks = [...articles(GROUP_SIZE - 5), ...list, ...after];
    const editor = editorWith(blocks);
    // GROUP_SIZE - 5 paragraphs, the list (one top-level node, all 30 items) and 4 paragraphs, then the
    // other 11.
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, 11]);
    expect(editorStateToBlocks(editor.getEditorState())).toEqual(blocks);
  });

  it('a node put at the root joins a group, emptied groups go and small neighbours merge', () => {
    const editor = editorWith(articles(GROUP_SIZE + 20));
    update(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('附件'))));
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, 21]);
    expect(texts(editor).at(-1)).toBe('附件');
    update(editor, () => {
      for (let index = 0; index < GROUP_SIZE - 10; index += 1) $topLevelNode(0)?.remove();
    });
    expect(groupSizes(editor)).toEqual([31]);
    expect(texts(editor)[0]).toBe(`第${GROUP_SIZE - 9}条，内容。`);
  });

  it('a group grown past GROUP_MAX is cut into groups of GROUP_SIZE', () => {
    const editor = editorWith(articles(10));
    update(editor, () => {
      const group = $getRoot().getFirstChildOrThrow();
      if (!$isElementNode(group)) throw new Error('no group');
      for (let index = 0; index < GROUP_MAX; index += 1) {
        group.append($createParagraphNode().append($createTextNode(`新增${index}`)));
      }
    });
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, GROUP_SIZE, 10]);
    expect(texts(editor)).toHaveLength(GROUP_MAX + 10);
  });

  it('Backspace at the start of a group joins the text to the last block of the group before', () => {
    const editor = editorWith(articles(GROUP_SIZE + 5));
    caretAt(editor, GROUP_SIZE, 0);
    update(editor, () => void editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
    const after = texts(editor);
    expect(after).toHaveLength(GROUP_SIZE + 4);
    expect(after[GROUP_SIZE - 1]).toBe(`第${GROUP_SIZE}条，内容。第${GROUP_SIZE + 1}条，内容。`);
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, 4]);
  });

  it('a selection across groups is deleted as one, and select-all then delete leaves one empty paragraph', () => {
    const editor = editorWith(articles(GROUP_SIZE + 5));
    update(editor, () => {
      const from = $firstText(GROUP_SIZE - 2);
      const to = $firstText(GROUP_SIZE + 1);
      const selection = $createRangeSelection();
      selection.anchor.set(from.getKey(), 2, 'text');
      selection.focus.set(to.getKey(), 2, 'text');
      $setSelection(selection);
      editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
    });
    const after = texts(editor);
    expect(after).toHaveLength(GROUP_SIZE + 2);
    expect(after[GROUP_SIZE - 2]).toBe(
      `第${GROUP_SIZE - 1}条，内容。`.slice(0, 2) + `第${GROUP_SIZE + 2}条，内容。`.slice(2),
    );
    update(editor, () => {
      $selectAll();
      editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
    });
    expect(texts(editor)).toEqual(['']);
    expect(groupSizes(editor)).toEqual([1]);
  });

  it('a table inserted in the middle of a group stays in that group, between the blocks around the caret', async () => {
    const editor = editorWith(articles(GROUP_SIZE + 5));
    registerTablePlugin(editor);
    caretAt(editor, 40, 3);
    editor.dispatchCommand(INSERT_TABLE_COMMAND, { rows: '2', columns: '2', includeHeaders: false });
    await settled();
    const kinds = editorStateToBlocks(editor.getEditorState()).map((block) => block.kind);
    expect(kinds.indexOf('table')).toBe(41);
    expect(kinds.filter((kind) => kind === 'table')).toHaveLength(1);
    expect(groupSizes(editor).every((size) => size > 0)).toBe(true);
    expect(groupSizes(editor).reduce((sum, size) => sum + size, 0)).toBe(kinds.length);
  });

  it('copied blocks carry no page group: pasted, they become blocks of the group at the caret', () => {
    const editor = editorWith(articles(GROUP_SIZE + 5));
    let copied: ReturnType<typeof $generateJSONFromSelectedNodes> | null = null;
    update(editor, () => {
      const selection = $createRangeSelection();
      selection.anchor.set($firstText(GROUP_SIZE - 2).getKey(), 0, 'text');
      const last = $firstText(GROUP_SIZE + 1);
      selection.focus.set(last.getKey(), last.getTextContentSize(), 'text');
      $setSelection(selection);
      copied = $generateJSONFromSelectedNodes(editor, selection);
    });
    if (copied === null) throw new Error('nothing copied');
    const { nodes } = copied as ReturnType<typeof $generateJSONFromSelectedNodes>;
    expect(nodes.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    update(editor, () => {
      $firstText(GROUP_SIZE + 4).selectEnd();
      editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
      $insertGeneratedNodes(
        editor,
        $generateNodesFromSerializedNodes(nodes),
        $getSelection() as RangeSelection,
      );
    });
    const after = texts(editor);
    expect(after.slice(-4)).toEqual(after.slice(GROUP_SIZE - 2, GROUP_SIZE + 2));
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, 9]);
    const ids = editorStateToBlocks(editor.getEditorState()).map((block) => block.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('list commands and Enter in an empty list item work inside a group, not on it', async () => {
    const editor = editorWith(articles(GROUP_SIZE + 5));
    caretAt(editor, GROUP_SIZE + 2, 1);
    runEditorAction(editor, 'ordered');
    await settled();
    const kinds = () => editorStateToBlocks(editor.getEditorState()).map((block) => block.kind);
    expect(kinds().filter((kind) => kind === 'list_item')).toHaveLength(1);
    expect(kinds()[GROUP_SIZE + 2]).toBe('list_item');
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, 5]);

    // Enter at the end of the item starts a second one; Enter in that empty item ends the list.
    update(editor, () => {
      $firstText(GROUP_SIZE + 2).selectEnd();
      editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
    });
    update(editor, () => void editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
    update(editor, () => void editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
    expect(kinds().slice(GROUP_SIZE + 2, GROUP_SIZE + 5)).toEqual(['list_item', 'paragraph', 'paragraph']);
    expect(groupSizes(editor)).toEqual([GROUP_SIZE, 7]);
    caretAt(editor, GROUP_SIZE + 2, 1);
    runEditorAction(editor, 'ordered');
    await settled();
    expect(kinds().every((kind) => kind === 'paragraph')).toBe(true);
  });
});
