import type { AnchorStatus, TextSelector } from '../../../shared/api/schemas/annotations';
import type { Db } from '../connection';

/** Where a thread stands in one version: its selector there (null when orphaned) and how it was found. */
export interface AnchorRecord {
  annotationId: string;
  versionId: string;
  selector: TextSelector | null;
  status: AnchorStatus;
  /** The version's number, for ordering a thread's anchors. */
  seq: number;
}

interface AnchorRow {
  annotation_id: string;
  version_id: string;
  selector: string | null;
  status: AnchorStatus;
  seq: number;
}

function fromRow(row: AnchorRow): AnchorRecord {
  return {
    annotationId: row.annotation_id,
    versionId: row.version_id,
    selector: row.selector ? (JSON.parse(row.selector) as TextSelector) : null,
    status: row.status,
    seq: row.seq,
  };
}

export function insertAnchor(db: Db, anchor: Omit<AnchorRecord, 'seq'>): void {
  db.prepare(
    `INSERT INTO annotation_anchors (annotation_id, version_id, selector, status) VALUES (?, ?, ?, ?)`,
  ).run(
    anchor.annotationId,
    anchor.versionId,
    anchor.selector ? JSON.stringify(anchor.selector) : null,
    anchor.status,
  );
}

/** Every anchor of a document's threads, keyed by annotation id, in version order. */
export function listAnchors(db: Db, documentId: string): Map<string, AnchorRecord[]> {
  const rows = db
    .prepare(
      `SELECT aa.annotation_id, aa.version_id, aa.selector, aa.status, v.seq
       FROM annotation_anchors aa JOIN annotations a ON a.id = aa.annotation_id
       JOIN document_versions v ON v.id = aa.version_id
       WHERE a.document_id = ? ORDER BY v.seq`,
    )
    .all(documentId) as AnchorRow[];
  const anchors = new Map<string, AnchorRecord[]>();
  for (const row of rows) {
    const list = anchors.get(row.annotation_id) ?? [];
    list.push(fromRow(row));
    anchors.set(row.annotation_id, list);
  }
  return anchors;
}
