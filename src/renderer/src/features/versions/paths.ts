/** Where the read-only viewer of one version lives. */
export function versionPath(documentId: string, versionId: string): string {
  return `/documents/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}`;
}

/** The print view (only the document, on A4): of a version, or of a document's current draft. */
export function printPath(versionId: string | null, documentId: string | null): string {
  return versionId
    ? `/print/versions/${encodeURIComponent(versionId)}`
    : `/print/drafts/${encodeURIComponent(documentId ?? '')}`;
}
