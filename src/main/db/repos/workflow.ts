import type { Db } from '../connection';

export interface StoredWorkflow {
  context: Record<string, unknown>;
  submittedVersionId: string | null;
}

export function findWorkflow(db: Db, documentId: string): StoredWorkflow | null {
  const row = db
    .prepare('SELECT context, submitted_version_id FROM workflow_contexts WHERE document_id = ?')
    .get(documentId) as { context: string; submitted_version_id: string | null } | undefined;
  return row
    ? {
        context: JSON.parse(row.context) as Record<string, unknown>,
        submittedVersionId: row.submitted_version_id,
      }
    : null;
}

export function putWorkflow(db: Db, documentId: string, workflow: StoredWorkflow, at: string): void {
  db.prepare(
    `INSERT INTO workflow_contexts (document_id, context, submitted_version_id, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET context = excluded.context,
       submitted_version_id = excluded.submitted_version_id, updated_at = excluded.updated_at`,
  ).run(documentId, JSON.stringify(workflow.context), workflow.submittedVersionId, at);
}

export function setDocumentStatus(db: Db, documentId: string, status: string, at: string): void {
  const result = db
    .prepare('UPDATE documents SET status = ?, updated_at = ? WHERE id = ?')
    .run(status, at, documentId);
  if (result.changes !== 1) throw new Error(`document ${documentId} not updated`);
}

export function setDocumentNumber(db: Db, documentId: string, docNumber: string): void {
  db.prepare('UPDATE documents SET doc_number = ? WHERE id = ?').run(docNumber, documentId);
}
