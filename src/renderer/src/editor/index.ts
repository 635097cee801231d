/**
 * The drafting editor (Lexical 0.52): a GB/T 9704 page over the content model's blocks.
 *
 * Showing and editing text
 * - <DocumentEditor initialBlocks editable label onTextChange editorRef>{plugins}</DocumentEditor>.
 *   Read-only viewers pass editable={false} and showToolbar={false}. Plugins given as children run inside
 *   the editor's composer (useLexicalComposerContext() works there).
 * - createBlocksReader(editor).read() gives the text as Block[] cheaply and repeatedly (autosave);
 *   editorStateToBlocks / blocksToEditorState convert in one go (tests, headless use).
 * - The root holds page groups (BlockGroupNode, about forty blocks each) that the browser skips while
 *   off screen; the blocks are their children. Code walking the text goes through the groups
 *   ($childBlocks does); headless editors need registerBlockGroups to keep them in shape.
 *
 * Annotations (DESIGN §3 selectors, offsets in the block's text as blockText() of the converted block;
 * a table cell's paragraph is its own block, as textBlocks() in shared/domain/anchoring sees it)
 * - <SelectionPlugin onSelectionChange={(s) => …}/> reports { selector: TextSelector, clipped } or null;
 *   or call editor.read($getSelectionSelector) when the user clicks "批注". `clipped` means the selection
 *   ran past its first block and was cut at that block's end.
 * - <HighlightPlugin name={HIGHLIGHT_ANNOTATION} ranges={[{ blockId, start, end }]}/> paints ranges without
 *   touching the text (CSS Custom Highlight API; HIGHLIGHT_ACTIVE for the thread in focus); it repaints
 *   after edits. setBlockHighlights / blockRangesToDomRanges do the same imperatively.
 * - getBlockElement(editor, blockId) to place a margin note beside its block; scrollToBlock(editor, blockId).
 */
export { DocumentEditor, type DocumentEditorProps } from './DocumentEditor';
export { blocksToEditorState, $replaceWithBlocks, LOAD_BLOCKS_TAG } from './convert/blocksToLexical';
export { editorStateToBlocks, $blocksFromRoot } from './convert/lexicalToBlocks';
export { createBlocksReader, type BlocksReader } from './convert/blocksCache';
export { EDITOR_NODES } from './nodes/registry';
export { $getBlockId, newBlockId } from './nodes/blockId';
export { $getBlockNodeById } from './nodes/blockNodeIndex';
export { $getSelectionSelector, type SelectionSelector } from './selection/selectionSelector';
export {
  blockRangesToDomRanges,
  clearBlockHighlights,
  HIGHLIGHT_ACTIVE,
  HIGHLIGHT_ANNOTATION,
  setBlockHighlights,
  type BlockRange,
} from './selection/blockHighlights';
export { getBlockElement, scrollToBlock } from './selection/blockElements';
export { HighlightPlugin } from './plugins/HighlightPlugin';
export { SelectionPlugin } from './plugins/SelectionPlugin';
