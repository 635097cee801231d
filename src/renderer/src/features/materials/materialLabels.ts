import type { MaterialsOverview } from '../../../../shared/api';
import { MATERIAL_KIND_LABELS, MATERIAL_KINDS, type MaterialKind } from '../../../../shared/domain/materials';

export type MaterialCheck = MaterialsOverview['checks'][number];
export type UploadableKind = Exclude<MaterialKind, 'original_import'>;

export const STAGE_LABELS: Record<MaterialCheck['stage'], string> = {
  review: '送审前',
  deliberation: '审议前',
};

/** Kinds a user may upload: the Word original of an import is only ever stored by the import itself. */
export const UPLOAD_KIND_OPTIONS = MATERIAL_KINDS.filter(
  (kind): kind is UploadableKind => kind !== 'original_import',
).map((kind) => ({ value: kind, label: MATERIAL_KIND_LABELS[kind] }));

/** The client-side size limit, the same as the server's (MAX_MATERIAL_BYTES). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = '50 MB';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Where the 起草说明 is written in the editor (a block document of its own). */
export function explanationPath(documentId: string): string {
  return `/documents/${encodeURIComponent(documentId)}/draft?part=explanation`;
}
