import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import {
  $getRoot,
  $isElementNode,
  $isTextNode,
  $createRangeSelection,
  $parseSerializedNode,
  $setSelection,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  type LexicalEditor,
  type SerializedElementNode,
  type SerializedLexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/shared/domain/blocks';
import { $setBlockFormat } from '../../../src/renderer/src/editor/commands/blockFormat';
import { runEditorAction } from '../../../src/renderer/src/editor/commands/editorActions';
import { blocksToEditorState } from '../../../src/renderer/src/editor/convert/blocksToLexical';
import { editorStateToBlocks } from '../../../src/renderer/src/editor/convert/lexicalToBlocks';
import { $topLevelNode, headlessEditor } from './headless';

const TEXT: Block[] = [
  { id: 'a', kind: 'paragraph', runs: [{ text: '第一条　为了规范管理，制定本办法。' }] },
  { id: 'b', kind: 'paragraph', runs: [{ text: '第二条　本办法适用于本区。' }] },
];

function editorWith(blocks: Block[]): LexicalEditor {
  const editor = headlessEditor({ withIds: true });
  registerRichText(editor);
  blocksToEditorState(editor, blocks);
  return editor;
}

/** Puts the caret in the first text of the index-th top-level block. */
function caretAt(editor: LexicalEditor, index: number, offset: number): void {
  editor.update(
    () => {
      const block = $topLevelNode(index);
      const text = $isElementNode(block) ? block.getFirstDescendant() : null;
      if ($isTextNode(text)) text.select(offset, offset);
      else if ($isElementNode(block)) block.select(0, 0);
    },
    { discrete: true },
  );
}

/** Commands update the editor asynchronously (committed in a microtask). */
function settled(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function blocksOf(editor: LexicalEditor): Block[] {
  return editorStateToBlocks(editor.getEditorState());
}

function texts(blocks: Block[]): string[] {
  return blocks.map((block) => block.runs.map((run) => run.text).join(''));
}

describe('block ids while editing', () => {
  it('a split paragraph keeps its id for the first half; the second half is a new block', () => {
    const editor = editorWith(TEXT);
    caretAt(editor, 0, 3);
    editor.update(() => void editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined), { discrete: true });
    const blocks = blocksOf(editor);
    expect(texts(blocks)).toEqual(['第一条', '　为了规范管理，制定本办法。', '第二条　本办法适用于本区。']);
    expect(blocks[0]?.id).toBe('a');
    expect(blocks[1]?.id).not.toMatch(/^[ab]$/);
    expect(blocks[2]?.id).toBe('b');
  });

  it('Enter at the start of a block inserts the empty block before it, so the text keeps its id', () => {
    const editor = editorWith(TEXT);
    caretAt(editor, 1, 0);
    editor.update(() => void editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined), { discrete: true });
    const blocks = blocksOf(editor);
    expect(texts(blocks)).toEqual([texts(TEXT)[0], '', texts(TEXT)[1]]);
    expect(blocks[2]?.id).toBe('b');
    expect(new Set(blocks.map((block) => block.id)).size).toBe(3);
  });

  it('Shift+Enter starts a new block instead of a line break inside one', () => {
    const editor = editorWith(TEXT);
    caretAt(editor, 1, 3);
    editor.update(() => void editor.dispatchCommand(INSERT_LINE_BREAK_COMMAND, false), { discrete: true });
    expect(texts(blocksOf(editor))).toEqual([texts(TEXT)[0], '第二条', '　本办法适用于本区。']);
  });

  /** The first block as Lexical's JSON (what a copy puts on the clipboard), from inside its page group. */
  function firstBlockJson(editor: LexicalEditor): SerializedLexicalNode {
    const group = editor.getEditorState().toJSON().root.children[0] as SerializedElementNode;
    return group.children[0] as SerializedLexicalNode;
  }

  it('a pasted copy of a block gets a new id while the original keeps its own', () => {
    const editor = editorWith(TEXT);
    const copied = firstBlockJson(editor);
    editor.update(() => $getRoot().append($parseSerializedNode(copied)), { discrete: true });
    const blocks = blocksOf(editor);
    expect(texts(blocks)).toEqual([...texts(TEXT), texts(TEXT)[0]]);
    expect(blocks[0]?.id).toBe('a');
    expect(blocks[2]?.id).not.toBe('a');
    expect(new Set(blocks.map((block) => block.id)).size).toBe(3);
  });

  it('a block cut and pasted elsewhere keeps its id: it only moved', () => {
    const editor = editorWith(TEXT);
    const copied = firstBlockJson(editor);
    editor.update(
      () => {
        $topLevelNode(0)?.remove();
        $getRoot().append($parseSerializedNode(copied));
      },
      { discrete: true },
    );
    expect(blocksOf(editor).map((block) => block.id)).toEqual(['b', 'a']);
  });

  it('changing a block to a title, a heading level or back to a paragraph keeps its id', () => {
    const editor = editorWith(TEXT);
    for (const format of ['title', 'heading2', 'heading4', 'paragraph'] as const) {
      caretAt(editor, 0, 2);
      editor.update(() => $setBlockFormat(format), { discrete: true });
      const [first] = blocksOf(editor);
      expect(first?.id).toBe('a');
      expect(first?.kind).toBe(format.startsWith('heading') ? 'heading' : format);
      if (format.startsWith('heading')) expect(first?.level).toBe(Number(format.slice(-1)));
    }
  });

  it('blocks loaded with duplicate ids are told apart', () => {
    const editor = editorWith([TEXT[0] as Block, { ...(TEXT[1] as Block), id: 'a' }]);
    const ids = blocksOf(editor).map((block) => block.id);
    expect(ids[0]).toBe('a');
    expect(ids[1]).not.toBe('a');
  });

  it('turning paragraphs into a numbered list and back keeps their ids', async () => {
    const editor = editorWith(TEXT);
    registerList(editor);
    editor.update(
      () => {
        const [first, second] = $getRoot().getAllTextNodes();
        if (!first || !second) throw new Error('no text');
        const selection = $createRangeSelection();
        selection.anchor.set(first.getKey(), 0, 'text');
        selection.focus.set(second.getKey(), 2, 'text');
        $setSelection(selection);
      },
      { discrete: true },
    );
    runEditorAction(editor, 'ordered');
    await settled();
    expect(blocksOf(editor).map((block) => [block.id, block.kind, block.ordered])).toEqual([
      ['a', 'list_item', true],
      ['b', 'list_item', true],
    ]);
    runEditorAction(editor, 'ordered');
    await settled();
    expect(blocksOf(editor).map((block) => [block.id, block.kind])).toEqual([
      ['a', 'paragraph'],
      ['b', 'paragraph'],
    ]);
  });
});
