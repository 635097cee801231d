import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../shared/domain/documentKinds';
import { versionTitle } from '../../../../shared/domain/versionName';

/** Names of the metadata fields as the document page labels them. */
export const FIELD_LABELS: Record<string, string> = {
  kind: '类别',
  title: '标题',
  draftingUnit: '起草单位',
  issuingAuthority: '制定机关',
  responsiblePerson: '责任人',
};

function showValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (field === 'kind' && typeof value === 'string' && value in DOCUMENT_KIND_LABELS) {
    return DOCUMENT_KIND_LABELS[value as DocumentKind];
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** "标题：旧 → 新" for each field a metadata_changed event records. */
export function describeMetadataChanges(detail: Record<string, unknown>): string[] {
  return Object.entries(detail).map(([field, change]) => {
    const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
    return `${FIELD_LABELS[field] ?? field}：${showValue(field, from)} → ${showValue(field, to)}`;
  });
}

/** One line of extra detail for the other kinds of event, when they carry something worth reading. */
export function describeEvent(kind: string, detail: Record<string, unknown>): string[] {
  if (kind === 'metadata_changed') return describeMetadataChanges(detail);
  if (kind === 'registered' && typeof detail.title === 'string') return [`登记为《${detail.title}》`];
  if (kind === 'version_saved' && typeof detail.seq === 'number') {
    return [versionTitle(detail.seq, typeof detail.label === 'string' ? detail.label : '')];
  }
  if (
    (kind === 'status_changed' || kind === 'workflow_step' || kind === 'cleanup_decision') &&
    typeof detail.description === 'string'
  )
    return [typeof detail.title === 'string' ? `${detail.title}：${detail.description}` : detail.description];
  return [];
}
