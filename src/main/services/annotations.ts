import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { AnnotationThread } from '../../shared/api/schemas/annotations';
import { type Anchor, reanchor } from '../../shared/domain/anchoring';
import type { Block } from '../../shared/domain/blocks';
import { listAnchors } from '../db/repos/annotationAnchors';
import { listReplies, insertReply } from '../db/repos/annotationReplies';
import * as annotations from '../db/repos/annotations';
import type { AnnotationRecord } from '../db/repos/annotations';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { readDraft } from './drafting';
import { blockTextIn, lastKnownPlace } from './threadAnchors';
import { versionBlocks } from './versions';
import { indexDocumentRecords } from './searchIndex';

/**
 * Threads as seen in one text: a version shows the threads made on it or anchored in it when it was
 * saved; the working draft shows every thread, re-anchored on the fly against the current draft.
 */
export function listAnnotations(deps: Deps, input: ParsedInput<'annotations.list'>): AnnotationThread[] {
  const { documentId, versionId } = input;
  mustFindDocument(deps, documentId);
  const anchors = listAnchors(deps.db, documentId);
  const replies = listReplies(deps.db, documentId);
  const draftBlocks = versionId === null ? readDraft(deps, { documentId, part: 'main' }).blocks : null;
  const threads: AnnotationThread[] = [];
  for (const annotation of annotations.listAnnotations(deps.db, documentId)) {
    const own = anchors.get(annotation.id) ?? [];
    let anchor: Anchor | null = null;
    if (versionId !== null) {
      const stored = own.find((candidate) => candidate.versionId === versionId);
      if (stored) anchor = { status: stored.status, selector: stored.selector };
      else if (annotation.originVersionId === versionId)
        anchor = { status: 'exact', selector: annotation.originSelector };
    } else if (draftBlocks) {
      const source = lastKnownPlace(deps, annotation, own);
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

/** One thread as seen in the text it was made on. */
function thread(deps: Deps, annotation: AnnotationRecord): AnnotationThread {
  const found = listAnnotations(deps, {
    documentId: annotation.documentId,
    versionId: annotation.originVersionId,
  }).find((candidate) => candidate.id === annotation.id);
  if (found) return found;
  return {
    ...annotation,
    selector: annotation.originSelector,
    status: 'exact',
    replies: listReplies(deps.db, annotation.documentId).get(annotation.id) ?? [],
  };
}

/** Starts a thread on text the user selected; the selection must match the text it claims to quote. */
export function createAnnotation(
  ctx: ServiceContext,
  input: ParsedInput<'annotations.create'>,
): AnnotationThread {
  const actor = requireAccount(ctx);
  mustFindDocument(ctx, input.documentId);
  let blocks: Block[];
  if (input.versionId) {
    const version = versionBlocks(ctx, input.versionId);
    if (version.documentId !== input.documentId) throw new DomainError('NOT_FOUND', '版本不存在。');
    blocks = version.blocks;
  } else {
    blocks = readDraft(ctx, { documentId: input.documentId, part: 'main' }).blocks;
  }
  const text = blockTextIn(blocks, input.selector.blockId);
  const { start, end, exact } = input.selector;
  if (text === null || end <= start || text.slice(start, end) !== exact) {
    throw new DomainError('INVALID_INPUT', '所选文字与当前文本不一致，请重新选择后再批注。');
  }
  const id = ctx.ids.next();
  annotations.insertAnnotation(ctx.db, {
    id,
    documentId: input.documentId,
    originVersionId: input.versionId,
    originSelector: input.selector,
    body: input.body,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.id,
  });
  indexDocumentRecords(ctx, input.documentId);
  ctx.describeChange({
    targetType: 'annotations',
    targetId: id,
    detail: { documentId: input.documentId, versionId: input.versionId, quote: exact, body: input.body },
  });
  return thread(ctx, mustFindAnnotation(ctx, id));
}

export function replyToAnnotation(
  ctx: ServiceContext,
  input: ParsedInput<'annotations.reply'>,
): AnnotationThread {
  const actor = requireAccount(ctx);
  const annotation = mustFindAnnotation(ctx, input.annotationId);
  insertReply(ctx.db, {
    id: ctx.ids.next(),
    annotationId: annotation.id,
    body: input.body,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.id,
  });
  indexDocumentRecords(ctx, annotation.documentId);
  ctx.describeChange({ targetType: 'annotations', targetId: annotation.id });
  return thread(ctx, annotation);
}

export function resolveAnnotation(
  ctx: ServiceContext,
  input: ParsedInput<'annotations.resolve'>,
): AnnotationThread {
  return setAnnotationState(ctx, input.annotationId, 'resolved');
}

export function reopenAnnotation(
  ctx: ServiceContext,
  input: ParsedInput<'annotations.reopen'>,
): AnnotationThread {
  return setAnnotationState(ctx, input.annotationId, 'open');
}

function setAnnotationState(
  ctx: ServiceContext,
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
  const resolved = state === 'resolved';
  annotations.setAnnotationState(
    ctx.db,
    annotationId,
    state,
    resolved ? ctx.clock.now().toISOString() : null,
    resolved ? actor.id : null,
  );
  ctx.describeChange({ targetType: 'annotations', targetId: annotationId });
  return thread(ctx, mustFindAnnotation(ctx, annotationId));
}

function mustFindAnnotation(deps: Deps, id: string): AnnotationRecord {
  const annotation = annotations.findAnnotation(deps.db, id);
  if (!annotation) throw new DomainError('NOT_FOUND', '批注不存在。');
  return annotation;
}
