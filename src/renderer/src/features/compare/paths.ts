/** The `to` value in the address that stands for the current working draft. */
export const DRAFT = 'draft';

/**
 * Where the comparison of two versions lives: /documents/:id/compare?from=<versionId>&to=<versionId|draft>.
 * Without sides the page picks the last two versions (or the only version and the draft).
 */
export function comparePath(documentId: string, from?: string, to?: string | null): string {
  const base = `/documents/${encodeURIComponent(documentId)}/compare`;
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to !== undefined) params.set('to', to ?? DRAFT);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
