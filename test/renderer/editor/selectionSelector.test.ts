import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor, type TextNode } from 'lexical';
import { $createRangeSelection, $setSelection } from 'lexical';
import { describe, expect, it } from 'vitest';
import { selectorFor } from '../../../src/shared/domain/anchoring';
import { blockText, type Block } from '../../../src/shared/domain/blocks';
import { blocksToEditorState } from '../../../src/renderer/src/editor/convert/blocksToLexical';
import { $getSelectionSelector } from '../../../src/renderer/src/editor/selection/selectionSelector';
import { headlessEditor } from './headless';

const ARTICLE: Block = {
  id: 'a15',
  kind: 'paragraph',
  runs: [
    { text: '第十五条　行政处罚由具有' },
    { text: '行政处罚权', bold: true },
    { text: '的行政机关在法定职权范围内实施。' },
  ],
};
const NEXT: Block = {
  id: 'a16',
  kind: 'paragraph',
  runs: [{ text: '第十六条　国务院部门规章可以设定警告。' }],
};
const TABLE: Block = {
  id: 't',
  kind: 'table',
  runs: [],
  rows: [[{ blocks: [{ id: 'cell', kind: 'paragraph', runs: [{ text: '月度数据报送' }] }] }]],
};

function editorWith(blocks: Block[]): LexicalEditor {
  const editor = headlessEditor();
  blocksToEditorState(editor, blocks);
  return editor;
}

function texts(): TextNode[] {
  return $getRoot().getAllTextNodes();
}

/** Selects from (text node i, offset) to (text node j, offset) and reads the selector. */
function select(editor: LexicalEditor, from: [number, number], to: [number, number]) {
  let result: ReturnType<typeof $getSelectionSelector> = null;
  editor.update(
    () => {
      const nodes = texts();
      const anchor = nodes[from[0]];
      const focus = nodes[to[0]];
      if (!$isTextNode(anchor) || !$isTextNode(focus)) throw new Error('no such text');
      const selection = $createRangeSelection();
      selection.anchor.set(anchor.getKey(), from[1], 'text');
      selection.focus.set(focus.getKey(), to[1], 'text');
      $setSelection(selection);
      result = $getSelectionSelector();
    },
    { discrete: true },
  );
  return result as ReturnType<typeof $getSelectionSelector>;
}

describe('selection → annotation selector', () => {
  it('counts offsets in the block text across styled runs, with 32 characters of context', () => {
    const editor = editorWith([ARTICLE, NEXT]);
    const text = blockText(ARTICLE);
    const start = text.indexOf('具有行政处罚权');
    const end = start + '具有行政处罚权的行政机关'.length;
    const expected = selectorFor('a15', text, start, end);
    expect(select(editor, [0, start], [2, end - text.indexOf('的')])).toEqual({
      selector: expected,
      clipped: false,
    });
    // Selected from right to left: the same selector.
    expect(select(editor, [2, end - text.indexOf('的')], [0, start])).toEqual({
      selector: expected,
      clipped: false,
    });
  });

  it('cuts a selection running into the next block at the end of its first block', () => {
    const editor = editorWith([ARTICLE, NEXT]);
    const text = blockText(ARTICLE);
    const result = select(editor, [2, 3], [3, 4]);
    const start = text.indexOf('的行政机关') + 3;
    expect(result).toEqual({ selector: selectorFor('a15', text, start, text.length), clipped: true });
  });

  it('names a table cell paragraph as its own block, and gives nothing for a caret', () => {
    const editor = editorWith([TABLE]);
    expect(select(editor, [0, 0], [0, 2])?.selector).toMatchObject({ blockId: 'cell', exact: '月度' });
    expect(select(editor, [0, 1], [0, 1])).toBeNull();
  });

  it('reads the selection of the current editor state only inside a read or update', () => {
    const editor = editorWith([ARTICLE]);
    expect(editor.read(() => $isElementNode($getRoot().getFirstChild()))).toBe(true);
    expect(editor.read($getSelectionSelector)).toBeNull();
  });
});
