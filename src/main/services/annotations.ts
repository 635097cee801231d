import type { z } from 'zod';
import { DomainError } from '../../shared/api';
import type {
  AnnotationThread,
  CreateAnnotationInput,
  TextSelector,
} from '../../shared/api/schemas/annotations';
import type { Block } from '../../shared/domain/blocks';
import { type Anchor, reanchor, textBlocks } from '../../shared/domain/anchoring';
import type { HandlerContext } from '../api/context';
import { requireAccount } from '../api/context';
import {
  type AnnotationRecord,
  findAnnotation,
  insertAnchor,
  insertAnnotation,
  insertReply,
  listAnchors,
  listAnnotations,
  listReplies,
  setAnnotationState,
} from '../db/repos/annotations';
import { findVersionContent } from '../db/repos/versions';
import type { Deps } from '../deps';
import { getDraft, mustFindDocument, versionBlocks } from './drafting';

function blockTextIn(blocks: readonly Block[], blockId: string): string | null {
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

/** Where a thread stood last: its newest stored anchor, or where it was made. */
function lastKnown(
  deps: Deps,
  annotation: AnnotationRecord,
  anchors: { versionId: string; selector: TextSelector | null; status: string }[],
) {
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
    const source = lastKnown(deps, annotation, anchors.get(annotation.id) ?? []);
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

/**
 * Threads as seen in one text: a version shows the threads made on it or anchored in it when it was
 * saved; the working draft shows every thread, re-anchored on the fly against the current draft.
 */
export function listThreads(deps: Deps, documentId: string, versionId: string | null): AnnotationThread[] {
  mustFindDocument(deps, documentId);
  const anchors = listAnchors(deps.db, documentId);
  const replies = listReplies(deps.db, documentId);
  const draftBlocks = versionId === null ? getDraft(deps, documentId, 'main').blocks : null;
  const threads: AnnotationThread[] = [];
  for (const annotation of listAnnotations(deps.db, documentId)) {
    const own = anchors.get(annotation.id) ?? [];
    let anchor: Anchor | null = null;
    if (versionId !== null) {
      const stored = own.find((candidate) => candidate.versionId === versionId);
      if (stored) anchor = { status: stored.status, selector: stored.selector };
      else if (annotation.originVersionId === versionId)
        anchor = { status: 'exact', selector: annotation.originSelector };
    } else if (draftBlocks) {
      const source = lastKnown(deps, annotation, own);
      anchor = source
        ? reanchor(source.selector, source.text, draftBlocks)
        : { status: 'orphaned', selector: null };
    }
    if (!anchor) continue;
    threads.push({
      id: annotation.id,
      documentId,
      originVersionId: annotation.originVersionId,
      originSelector: annotation.originSelector,
      selector: anchor.selector,
      status: anchor.status,
      body: annotation.body,
      state: annotation.state,
      createdAt: annotation.createdAt,
      createdBy: annotation.createdBy,
      createdByName: annotation.createdByName,
      resolvedAt: annotation.resolvedAt,
      resolvedByName: annotation.resolvedByName,
      replies: replies.get(annotation.id) ?? [],
    });
  }
  return threads;
}

function thread(deps: Deps, annotation: AnnotationRecord): AnnotationThread {
  const found = listThreads(deps, annotation.documentId, annotation.originVersionId).find(
    (candidate) => candidate.id === annotation.id,
  );
  if (found) return found;
  return {
    ...annotation,
    selector: annotation.originSelector,
    status: 'exact',
    replies: listReplies(deps.db, annotation.documentId).get(annotation.id) ?? [],
  };
}

/** Starts a thread on text the user selected; the selection must match the text it claims to quote. */
export function createThread(
  ctx: HandlerContext,
  input: z.output<typeof CreateAnnotationInput>,
): AnnotationThread {
  const actor = requireAccount(ctx);
  mustFindDocument(ctx, input.documentId);
  let blocks: Block[];
  if (input.versionId) {
    const version = findVersionContent(ctx.db, input.versionId);
    if (!version || version.documentId !== input.documentId)
      throw new DomainError('NOT_FOUND', '版本不存在。');
    blocks = JSON.parse(version.contentJson) as Block[];
  } else {
    blocks = getDraft(ctx, input.documentId, 'main').blocks;
  }
  const text = blockTextIn(blocks, input.selector.blockId);
  const { start, end, exact } = input.selector;
  if (text === null || end <= start || text.slice(start, end) !== exact) {
    throw new DomainError('INVALID_INPUT', '所选文字与当前文本不一致，请重新选择后再批注。');
  }
  const id = ctx.ids.next();
  insertAnnotation(ctx.db, {
    id,
    documentId: input.documentId,
    originVersionId: input.versionId,
    originSelector: input.selector,
    body: input.body,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.id,
  });
  ctx.audit.targetType = 'annotations';
  ctx.audit.targetId = id;
  ctx.audit.detail = {
    documentId: input.documentId,
    versionId: input.versionId,
    quote: exact,
    body: input.body,
  };
  return thread(ctx, mustFindAnnotation(ctx, id));
}

export function replyToThread(ctx: HandlerContext, annotationId: string, body: string): AnnotationThread {
  const actor = requireAccount(ctx);
  const annotation = mustFindAnnotation(ctx, annotationId);
  insertReply(ctx.db, {
    id: ctx.ids.next(),
    annotationId,
    body,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.id,
  });
  ctx.audit.targetType = 'annotations';
  ctx.audit.targetId = annotationId;
  return thread(ctx, annotation);
}

export function setThreadState(
  ctx: HandlerContext,
  annotationId: string,
  state: 'open' | 'resolved',
): AnnotationThread {
  const actor = requireAccount(ctx);
  const annotation = mustFindAnnotation(ctx, annotationId);
  if (annotation.state === state) {
    throw new DomainError(
      'INVALID_STATE',
      state === 'resolved' ? '该批注已经解决。' : '该批注已经是未解决状态。',
    );
  }
  const at = state === 'resolved' ? ctx.clock.now().toISOString() : null;
  setAnnotationState(ctx.db, annotationId, state, at, state === 'resolved' ? actor.id : null);
  ctx.audit.targetType = 'annotations';
  ctx.audit.targetId = annotationId;
  return thread(ctx, mustFindAnnotation(ctx, annotationId));
}

function mustFindAnnotation(deps: Deps, id: string): AnnotationRecord {
  const annotation = findAnnotation(deps.db, id);
  if (!annotation) throw new DomainError('NOT_FOUND', '批注不存在。');
  return annotation;
}
