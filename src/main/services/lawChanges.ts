import type { ChannelOutput, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type {
  CitingSentence,
  ImpactedDocument,
  LawChangeView,
  RenumberedCitation,
} from '../../shared/api/schemas/lawChanges';
import { rowCitation } from '../../shared/domain/cleanup/citationRows';
import {
  entryName,
  LAW_CHANGE_LABELS,
  LAW_CHANGE_STATUS,
  type LawChangeFileEntry,
  readLawChangeFile,
} from '../../shared/domain/cleanup/lawChanges';
import type { LifecycleState } from '../../shared/domain/cleanup/lifecycle';
import { type LawEntry, type LawLibrary, renumberArticle } from '../../shared/domain/laws';
import {
  currentCitationsOfLaw,
  documentsCitingLawChangedSince,
  type IssuedCitationRecord,
} from '../db/repos/issuedCitations';
import { findLawChange, insertLawChange, type LawChangeRecord, listLawChanges } from '../db/repos/lawChanges';
import { findUserById } from '../db/repos/users';
import type { Deps } from '../deps';
import { ensureCitationIndex } from './citationIndex';
import { requireAccount, type ServiceContext } from './context';
import { lawLibrary } from './lawLibrary';
import { applyLawStatus } from './laws';
import { type IssuedDocumentLifecycle, issuedDocumentsWithLifecycle } from './lifecycle';

/**
 * A law's change and the 即时清理 it triggers (RULES.md §8): recording an amendment, renumbering or
 * repeal (edited on the law-library page, marked on the command line or imported from an update file)
 * sets the law's status as 修改状态 does and keeps the change; its impact is every issued document whose
 * current text cites the law and was published on or before the change, with the citing sentences.
 */

const IN_FORCE: readonly LifecycleState[] = ['in_force', 'expiring'];

/** The library entry named by id, or by a title as cited: 《…》, a short form or an alias. */
export function resolveLaw(library: LawLibrary, named: { lawId?: string; title?: string }): LawEntry {
  const law = named.lawId
    ? library.byId(named.lawId)
    : named.title
      ? library.find(named.title)?.law
      : undefined;
  if (law) return law;
  const title = (named.title ?? named.lawId ?? '').replace(/^《|》$/g, '');
  throw new DomainError('LAW_UNKNOWN', `法律法规库中没有《${title}》，请核对名称（可用全称、简称或别名）。`);
}

type ChangeInput = Omit<LawChangeFileEntry, 'title' | 'supersededBy'> & { supersededBy?: string | null };

function recordChange(ctx: ServiceContext, law: LawEntry, input: ChangeInput, origin: 'edit' | 'import') {
  const actor = requireAccount(ctx);
  const note = input.note ?? '';
  applyLawStatus(ctx, {
    id: law.id,
    status: LAW_CHANGE_STATUS[input.change],
    supersededBy: input.supersededBy ?? null,
    note: note || `${LAW_CHANGE_LABELS[input.change]}，${input.changedOn}起施行`,
  });
  const record: LawChangeRecord = {
    id: ctx.ids.next(),
    lawId: law.id,
    title: law.title,
    change: input.change,
    changedOn: input.changedOn,
    supersededBy: input.supersededBy ?? null,
    note,
    origin,
    recordedAt: ctx.clock.now().toISOString(),
    recordedBy: actor.id,
  };
  insertLawChange(ctx.db, record);
  return record;
}

/** laws.mark: the law's status and the change, in the dispatch's one transaction; returns the impact. */
export function markLaw(ctx: ServiceContext, input: ParsedInput<'laws.mark'>) {
  const law = resolveLaw(lawLibrary(ctx.db), input);
  const record = recordChange(ctx, law, input, 'edit');
  ctx.describeChange({
    targetType: 'law_changes',
    targetId: record.id,
    detail: { title: law.title, change: input.change, changedOn: input.changedOn, note: record.note },
  });
  return impactOf(ctx, record);
}

/** laws.importChanges: every entry valid and every title known, or nothing is written. */
export function importLawChanges(ctx: ServiceContext, input: ParsedInput<'laws.importChanges'>) {
  const reading = readLawChangeFile(input.content);
  if (!reading.ok) throw new DomainError('INVALID_FILE', reading.message);
  const library = lawLibrary(ctx.db);
  const resolved = reading.entries.map((entry, index) => {
    try {
      return { entry, law: resolveLaw(library, entry) };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw new DomainError(error.code, `${entryName(index, entry)}：${error.message}整个文件未导入。`);
    }
  });
  const records = resolved.map(({ entry, law }) => recordChange(ctx, law, entry, 'import'));
  ctx.describeChange({
    targetType: 'law_changes',
    targetId: records[0]?.id,
    detail: {
      fileName: input.fileName,
      changes: records.map((record) => ({ id: record.id, title: record.title, change: record.change })),
    },
  });
  const views = changeViews(ctx, records);
  return { changes: records.map((record) => views.get(record.id) as LawChangeView) };
}

/** The documents each change triggers: published on or before it, current text citing the law. */
function candidates(
  documents: readonly IssuedDocumentLifecycle[],
  change: LawChangeRecord,
): IssuedDocumentLifecycle[] {
  return documents.filter((document) => document.publishedOn <= change.changedOn);
}

function changeViews(deps: Deps, records: readonly LawChangeRecord[]): Map<string, LawChangeView> {
  ensureCitationIndex(deps);
  const byLaw = new Map<string, IssuedDocumentLifecycle[]>();
  const names = new Map<string, string>();
  const views = new Map<string, LawChangeView>();
  for (const record of records) {
    if (!byLaw.has(record.lawId))
      byLaw.set(record.lawId, issuedDocumentsWithLifecycle(deps, { citesLaw: record.lawId }));
    if (!names.has(record.recordedBy))
      names.set(record.recordedBy, findUserById(deps.db, record.recordedBy)?.displayName ?? '');
    const documents = candidates(byLaw.get(record.lawId) ?? [], record);
    views.set(record.id, {
      id: record.id,
      lawId: record.lawId,
      title: record.title,
      change: record.change,
      changeLabel: LAW_CHANGE_LABELS[record.change],
      changedOn: record.changedOn,
      supersededBy: record.supersededBy,
      note: record.note,
      origin: record.origin,
      recordedAt: record.recordedAt,
      recordedByName: names.get(record.recordedBy) ?? '',
      documentCount: documents.length,
      inForceCount: documents.filter((document) => IN_FORCE.includes(document.lifecycle.state)).length,
    });
  }
  return views;
}

/** laws.changes: every recorded change, the latest recorded first, with the documents it triggers. */
export function listChanges(ctx: ServiceContext): LawChangeView[] {
  const records = listLawChanges(ctx.db);
  const views = changeViews(ctx, records);
  return records.map((record) => views.get(record.id) as LawChangeView);
}

/** Where the cited articles went in a renumbered law (统计法 2009 → 2024), unless the citation names the new text. */
function renumbered(library: LawLibrary, law: LawEntry | undefined, citation: IssuedCitationRecord) {
  if (!law || !citation.articles) return [];
  const cited = rowCitation(citation);
  if (!cited) return [];
  const moved: RenumberedCitation[] = [];
  for (const table of library.renumberingTables(law)) {
    if (cited.version && cited.version.year >= Number(table.newVersion.slice(0, 4))) continue;
    const seen = new Set<number>();
    for (const reference of cited.articles) {
      if (seen.has(reference.article)) continue;
      seen.add(reference.article);
      const successor = renumberArticle(table, reference.article);
      if (!successor) continue;
      moved.push({
        cited: reference.inRange ? `第${reference.article}条` : reference.text,
        oldArticle: reference.article,
        newArticle: successor.newArticle ?? null,
        note: successor.note ?? null,
        oldVersion: table.oldVersion,
        newVersion: table.newVersion,
      });
    }
  }
  return moved;
}

function impactOf(deps: Deps, change: LawChangeRecord): ChannelOutput<'laws.changeImpact'> {
  ensureCitationIndex(deps);
  const library = lawLibrary(deps.db);
  const law = library.byId(change.lawId);
  const documents = candidates(issuedDocumentsWithLifecycle(deps, { citesLaw: change.lawId }), change);
  const citations = new Map<string, CitingSentence[]>();
  const wanted = new Set(documents.map((document) => document.documentId));
  for (const citation of currentCitationsOfLaw(deps.db, change.lawId)) {
    if (!wanted.has(citation.documentId)) continue;
    const list = citations.get(citation.documentId) ?? [];
    list.push({
      citedAs: citation.citedAs,
      articles: citation.articles,
      blockId: citation.blockId,
      path: citation.path,
      sentence: citation.sentence,
      renumbered: renumbered(library, law, citation),
    });
    citations.set(citation.documentId, list);
  }
  const impacted: ImpactedDocument[] = documents.map((document) => ({
    documentId: document.documentId,
    kind: document.kind,
    title: document.title,
    docNumber: document.docNumber,
    issuingAuthority: document.issuingAuthority,
    publishedOn: document.publishedOn,
    validUntil: document.validUntil,
    lifecycleState: document.lifecycle.state,
    lifecycleLabel: document.lifecycle.label,
    inForce: IN_FORCE.includes(document.lifecycle.state),
    citations: citations.get(document.documentId) ?? [],
  }));
  const view = changeViews(deps, [change]).get(change.id) as LawChangeView;
  return { change: view, documents: impacted };
}

/** laws.changeImpact: the documents a recorded change triggers, with the citing sentences. */
export function lawChangeImpact(ctx: ServiceContext, input: ParsedInput<'laws.changeImpact'>) {
  const change = findLawChange(ctx.db, input.id);
  if (!change) throw new DomainError('NOT_FOUND', '没有这条法规变化记录。');
  return impactOf(ctx, change);
}

/** laws.changeAlerts: issued documents in force citing a law changed after their publication date. */
export function lawChangeAlerts(deps: Deps) {
  ensureCitationIndex(deps);
  const pairs = documentsCitingLawChangedSince(deps.db);
  if (pairs.length === 0) return { documents: 0, changes: 0 };
  const ids = [...new Set(pairs.map((pair) => pair.documentId))];
  const inForce = new Set(
    issuedDocumentsWithLifecycle(deps, {})
      .filter((document) => IN_FORCE.includes(document.lifecycle.state))
      .map((document) => document.documentId),
  );
  const alerted = pairs.filter((pair) => inForce.has(pair.documentId));
  return {
    documents: ids.filter((id) => inForce.has(id)).length,
    changes: new Set(alerted.map((pair) => pair.lawChangeId)).size,
  };
}
