import { performance } from 'node:perf_hooks';
import type { Account, ChannelOutput, ParsedInput, VersionSummary } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { CompareInput } from '../../shared/api/schemas/compare';
import type { Block } from '../../shared/domain/blocks';
import type { CompareResult } from '../../shared/compare';
import { versionTitle } from '../../shared/domain/versionName';
import * as comparisonNotes from '../db/repos/comparisonNotes';
import { compareInWorker } from '../compare/compareInWorker';
import { unitNoteKey, withNoteKeys } from '../compare/noteKeys';
import type { Deps } from '../deps';
import { buildComparisonTableDocx } from '../export/comparisonTable';
import { type ComparedVersion, comparisonTableFileName } from '../../shared/domain/comparisonTableName';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { buildTrackedChangesDocx } from '../export/trackedChanges';
import { requireAccount, type ServiceContext, type StagedOperation } from './context';
import { mustFindDocument } from './documents';
import { readDraft } from './drafting';
import { versionBlocks } from './versions';

interface Side {
  blocks: Block[];
  summary: VersionSummary | null;
}

function versionSide(deps: Deps, documentId: string, versionId: string): Side {
  const { blocks, ...summary } = versionBlocks(deps, versionId);
  if (summary.documentId !== documentId) throw new DomainError('NOT_FOUND', '该文件没有这个版本。');
  return { blocks, summary };
}

async function compareSides(deps: Deps, input: CompareInput) {
  mustFindDocument(deps, input.documentId);
  const from = versionSide(deps, input.documentId, input.fromVersionId);
  const to: Side = input.toVersionId
    ? versionSide(deps, input.documentId, input.toVersionId)
    : { blocks: readDraft(deps, { documentId: input.documentId, part: 'main' }).blocks, summary: null };
  const started = performance.now();
  const result = await compareInWorker(from.blocks, to.blocks, {
    ignoreWhitespace: input.ignoreWhitespace,
    normalizeWidth: input.normalizeWidth,
  });
  return { from, to, result, millis: performance.now() - started };
}

/** Stored notes of the changed units of this comparison, by note key (the renderer's address). */
function notesByKey(result: CompareResult, stored: Map<string, string>): Record<string, string> {
  const notes: Record<string, string> = {};
  result.units.forEach((unit, index) => {
    if (unit.kind === 'unchanged') return;
    const key = unitNoteKey(result, index);
    const note = stored.get(key);
    if (note) notes[key] = note;
  });
  return notes;
}

/** The same notes by unit index, as the 修改对照表 export lays out its rows. */
function notesByUnit(result: CompareResult, byKey: Record<string, string>): Record<string, string> {
  const notes: Record<string, string> = {};
  result.units.forEach((_unit, index) => {
    const note = byKey[unitNoteKey(result, index)];
    if (note) notes[String(index)] = note;
  });
  return notes;
}

function storedNotes(deps: Deps, input: CompareInput, result: CompareResult): Record<string, string> {
  return input.toVersionId
    ? notesByKey(result, comparisonNotes.listComparisonNotes(deps.db, input.fromVersionId, input.toVersionId))
    : {};
}

export async function runCompare(ctx: ServiceContext, input: ParsedInput<'compare.run'>) {
  const { from, to, result, millis } = await compareSides(ctx, input);
  if (!from.summary) throw new Error('from side has no version');
  const notes = storedNotes(ctx, input, result);
  return {
    result: withNoteKeys(result),
    from: from.summary,
    to: to.summary,
    notes,
    millis: Math.round(millis * 10) / 10,
  };
}

/** 修改说明 for one changed unit of two versions (a draft changes, so it has none). */
export const saveCompareNote: StagedOperation<
  ParsedInput<'compare.saveNote'>,
  { key: string },
  ChannelOutput<'compare.saveNote'>
> = {
  async prepare(ctx, input) {
    requireAccount(ctx);
    const { result } = await compareSides(ctx, input);
    const changed = result.units.some(
      (unit, index) => unit.kind !== 'unchanged' && unitNoteKey(result, index) === input.noteKey,
    );
    if (!changed) throw new DomainError('INVALID_STATE', '只能为有修改的条款填写修改说明。');
    return { key: input.noteKey };
  },
  apply(ctx, input, prepared) {
    const actor = requireAccount(ctx);
    comparisonNotes.saveCompareNote(ctx.db, {
      documentId: input.documentId,
      oldVersionId: input.fromVersionId,
      newVersionId: input.toVersionId,
      unitKey: prepared.key,
      note: input.note,
      at: ctx.clock.now().toISOString(),
      by: actor.id,
    });
    ctx.describeChange({
      targetType: 'documents',
      targetId: input.documentId,
      detail: {
        fromVersionId: input.fromVersionId,
        toVersionId: input.toVersionId,
        unitKey: prepared.key,
        note: input.note,
      },
    });
    return null;
  },
};

/** The local day of a stored timestamp, as `today` counts days. */
function localDate(at: string): string {
  const time = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

function comparedVersion(side: Side): ComparedVersion | null {
  return side.summary
    ? { seq: side.summary.seq, label: side.summary.label, savedOn: localDate(side.summary.createdAt) }
    : null;
}

function sideLabel(side: Side): string {
  return side.summary ? versionTitle(side.summary.seq, side.summary.label) : '当前草稿';
}

/** The two Word exports of a comparison: tracked changes (修订) and the 修改对照表. */
export async function exportCompare(ctx: ServiceContext, input: ParsedInput<'compare.export'>) {
  const actor: Account = requireAccount(ctx);
  const document = mustFindDocument(ctx, input.documentId);
  const { from, to, result } = await compareSides(ctx, input);
  const range = `${sideLabel(from)}→${sideLabel(to)}`;
  if (input.format === 'tracked') {
    const revision = {
      author: to.summary?.createdByName || actor.displayName,
      date: (to.summary?.createdAt ?? ctx.clock.now().toISOString()).replace(/\.\d{3}Z$/, 'Z'),
    };
    const data = await buildTrackedChangesDocx(result, from.blocks, to.blocks, revision, {
      title: document.title,
      creator: actor.displayName,
    });
    return {
      fileName: `${document.title}（修订：${range}）.docx`,
      mediaType: DOCX_MEDIA_TYPE,
      data: data.toString('base64'),
    };
  }
  const notes = notesByUnit(result, storedNotes(ctx, input, result));
  const data = await buildComparisonTableDocx(
    result,
    notes,
    {
      title: `《${document.title}》修改对照表`,
      subtitle: range,
      creator: actor.displayName,
    },
    { old: from.blocks, new: to.blocks },
  );
  return {
    fileName: comparisonTableFileName(document.title, comparedVersion(from), comparedVersion(to)),
    mediaType: DOCX_MEDIA_TYPE,
    data: data.toString('base64'),
  };
}
