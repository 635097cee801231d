/** Where the read-only viewer of one version lives. */
export function versionPath(documentId: string, versionId: string): string {
  return `/documents/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}`;
}
