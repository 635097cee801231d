export { AnnotationPanel, type AnnotationPanelProps } from './AnnotationPanel';
export { AnchorStatusTag } from './AnchorStatusTag';
export { useAnnotationView, type AnnotationView, type ActivationSource } from './useAnnotationView';
export { useThreads } from './useThreads';
export { buildBlockIndex, useBlockIndex, type BlockIndex } from './blockIndex';
export {
  ANCHOR_STATUS_LABELS,
  PENDING_KEY,
  filterThreads,
  sortThreads,
  spansByBlock,
  type HighlightSpan,
  type ThreadFilter,
} from './threads';
export {
  BLOCK_ID_ATTRIBUTE,
  selectionSpan,
  spanInBlock,
  textOffset,
  type BlockSpan,
  type SelectionSpanResult,
} from './selectionOffsets';
