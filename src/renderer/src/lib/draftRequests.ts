/**
 * Saves still on their way when a draft's page part is left (switching 正文/起草说明, leaving the page).
 * Opening that draft again waits for them, so it never loads a revision that is about to be superseded.
 */
const pending = new Map<string, Promise<void>>();

function keyOf(documentId: string, part: string): string {
  return `${documentId}\u0000${part}`;
}

export function trackPendingSave(documentId: string, part: string, save: Promise<void>): void {
  const key = keyOf(documentId, part);
  const settled = save.catch(() => undefined);
  pending.set(key, settled);
  void settled.then(() => {
    if (pending.get(key) === settled) pending.delete(key);
  });
}

export function pendingSave(documentId: string, part: string): Promise<void> {
  return pending.get(keyOf(documentId, part)) ?? Promise.resolve();
}
