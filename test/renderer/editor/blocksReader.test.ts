import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { plainTextToBlocks } from '../../../src/shared/domain/readers/plainTextToBlocks';
import { $setBlockFormat } from '../../../src/renderer/src/editor/commands/blockFormat';
import { createBlocksReader } from '../../../src/renderer/src/editor/convert/blocksCache';
import { blocksToEditorState } from '../../../src/renderer/src/editor/convert/blocksToLexical';
import { editorStateToBlocks } from '../../../src/renderer/src/editor/convert/lexicalToBlocks';
import { $topLevelNode, headlessEditor } from './headless';
import { corpusText } from '../../support/corpus';

const LAW = 'pairs/norm/xingzhengchufafa_2021.txt';

function edit(editor: LexicalEditor, change: () => void): void {
  editor.update(change, { discrete: true });
}

function textAt(index: number) {
  const block = $topLevelNode(index);
  const text = $isElementNode(block) ? block.getFirstDescendant() : null;
  if (!$isTextNode(text)) throw new Error(`no text in block ${index}`);
  return text;
}

describe('blocks reader (autosave conversion)', () => {
  it('gives the same blocks as a full conversion after every kind of edit, undo included', () => {
    const editor = headlessEditor({ withIds: true });
    registerRichText(editor);
    registerHistory(editor, createEmptyHistoryState(), 0);
    blocksToEditorState(editor, plainTextToBlocks(corpusText(LAW)));
    const reader = createBlocksReader(editor);
    const check = () => expect(reader.read()).toEqual(editorStateToBlocks(editor.getEditorState()));

    check();
    edit(editor, () => textAt(10).setTextContent(`${textAt(10).getTextContent()}（修改）`));
    check();
    edit(editor, () => textAt(3).select(2, 2).insertParagraph());
    check();
    edit(editor, () => $topLevelNode(20)?.remove());
    check();
    edit(editor, () => {
      textAt(5).select(0, 4);
      $setBlockFormat('heading2');
    });
    check();
    edit(editor, () => {
      const list = $createListNode('number').append(
        $createListItemNode().append($createTextNode('第一项')),
        $createListItemNode().append($createTextNode('第二项')),
      );
      $topLevelNode(7)?.insertAfter(list);
    });
    check();
    edit(editor, () => textAt(30).toggleFormat('bold'));
    check();
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    check();
    edit(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('附件'))));
    check();
    reader.dispose();
  });
});
