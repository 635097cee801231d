import type { Db } from '../connection';

/** What a document's workflow has recorded: the guards' facts and the version under review. */
export interface StoredWorkflow {
  context: Record<string, unknown>;
  submittedVersionId: string | null;
}

interface WorkflowContextRow {
  context: string;
  submitted_version_id: string | null;
}

function fromRow(row: WorkflowContextRow): StoredWorkflow {
  return {
    context: JSON.parse(row.context) as Record<string, unknown>,
    submittedVersionId: row.submitted_version_id,
  };
}

export function findWorkflow(db: Db, documentId: string): StoredWorkflow | null {
  const row = db
    .prepare('SELECT context, submitted_version_id FROM workflow_contexts WHERE document_id = ?')
    .get(documentId) as WorkflowContextRow | undefined;
  return row ? fromRow(row) : null;
}

export function putWorkflow(db: Db, documentId: string, workflow: StoredWorkflow, at: string): void {
  db.prepare(
    `INSERT INTO workflow_contexts (document_id, context, submitted_version_id, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET context = excluded.context,
       submitted_version_id = excluded.submitted_version_id, updated_at = excluded.updated_at`,
  ).run(documentId, JSON.stringify(workflow.context), workflow.submittedVersionId, at);
}
