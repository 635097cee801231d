import type { TextSelector } from '../../shared/api/schemas/annotations';
import { type Anchor, reanchor, textBlocks } from '../../shared/domain/anchoring';
import type { Block } from '../../shared/domain/blocks';
import { type AnchorRecord, insertAnchor, listAnchors } from '../db/repos/annotationAnchors';
import { type AnnotationRecord, listAnnotations } from '../db/repos/annotations';
import type { Deps } from '../deps';
import { versionBlocks } from './versions';

export function blockTextIn(blocks: readonly Block[], blockId: string): string | null {
  return textBlocks(blocks).find((block) => block.id === blockId)?.text ?? null;
}

/** The text around a selector as it was when the selector was taken (for fuzzy re-anchoring). */
function sourceText(
  selector: TextSelector,
  blocks: readonly Block[] | null,
): { text: string; selector: TextSelector } {
  const text = blocks ? blockTextIn(blocks, selector.blockId) : null;
  if (text !== null && text.slice(selector.start, selector.end) === selector.exact) return { text, selector };
  // Made on a draft that has changed since: the quote with its context stands in for the block.
  return {
    text: selector.prefix + selector.exact + selector.suffix,
    selector: {
      ...selector,
      start: selector.prefix.length,
      end: selector.prefix.length + selector.exact.length,
    },
  };
}

/** Where a thread stood last: its newest stored anchor, or where it was made (null once orphaned). */
export function lastKnownPlace(deps: Deps, annotation: AnnotationRecord, anchors: readonly AnchorRecord[]) {
  const last = anchors[anchors.length - 1];
  if (last) {
    if (!last.selector) return null;
    return sourceText(last.selector, versionBlocks(deps, last.versionId).blocks);
  }
  const originBlocks = annotation.originVersionId
    ? versionBlocks(deps, annotation.originVersionId).blocks
    : null;
  return sourceText(annotation.originSelector, originBlocks);
}

/** Called inside the transaction that saves a version: every open thread gets its anchor in it. */
export function reanchorOpenThreads(
  deps: Deps,
  documentId: string,
  versionId: string,
  blocks: Block[],
): void {
  const anchors = listAnchors(deps.db, documentId);
  for (const annotation of listAnnotations(deps.db, documentId)) {
    if (annotation.state !== 'open') continue;
    const source = lastKnownPlace(deps, annotation, anchors.get(annotation.id) ?? []);
    const anchor: Anchor = source
      ? reanchor(source.selector, source.text, blocks)
      : { status: 'orphaned', selector: null };
    insertAnchor(deps.db, {
      annotationId: annotation.id,
      versionId,
      selector: anchor.selector,
      status: anchor.status,
    });
  }
}
