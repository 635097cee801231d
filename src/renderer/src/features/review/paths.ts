/** Where one review case is worked on. */
export function reviewCasePath(caseId: string): string {
  return `/reviews/${encodeURIComponent(caseId)}`;
}
