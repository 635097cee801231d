import type { SIGNOFF_OPINIONS } from '../../../shared/api/schemas/review';
import type { Db } from '../connection';

/** A signed opinion as stored: what was signed (payload), the signature and the key that made it. */
export interface SignoffRecord {
  id: string;
  documentId: string;
  versionId: string;
  contentHash: string;
  signerId: string;
  signerName: string;
  signerRole: string;
  opinion: (typeof SIGNOFF_OPINIONS)[number];
  text: string;
  signedAt: string;
  /** Canonical JSON of what was signed. */
  payload: string;
  /** Ed25519, base64. */
  signature: string;
  publicKey: string;
}

interface SignoffRow {
  id: string;
  document_id: string;
  version_id: string;
  content_hash: string;
  signer_id: string;
  signer_name: string;
  signer_role: string;
  opinion: SignoffRecord['opinion'];
  text: string;
  signed_at: string;
  payload: string;
  signature: string;
  public_key: string;
}

function fromRow(row: SignoffRow): SignoffRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    contentHash: row.content_hash,
    signerId: row.signer_id,
    signerName: row.signer_name,
    signerRole: row.signer_role,
    opinion: row.opinion,
    text: row.text,
    signedAt: row.signed_at,
    payload: row.payload,
    signature: row.signature,
    publicKey: row.public_key,
  };
}

/** Signed opinions are never changed (a trigger refuses any UPDATE). */
export function insertSignoff(db: Db, signoff: SignoffRecord): void {
  db.prepare(
    `INSERT INTO signoffs (id, document_id, version_id, content_hash, signer_id, signer_name, signer_role, opinion, text,
       signed_at, payload, signature, public_key)
     VALUES (@id, @documentId, @versionId, @contentHash, @signerId, @signerName, @signerRole, @opinion, @text,
       @signedAt, @payload, @signature, @publicKey)`,
  ).run(signoff);
}

export function listSignoffs(db: Db, documentId: string): SignoffRecord[] {
  return (
    db
      .prepare('SELECT * FROM signoffs WHERE document_id = ? ORDER BY signed_at, rowid')
      .all(documentId) as SignoffRow[]
  ).map(fromRow);
}

export function findSignoff(db: Db, id: string): SignoffRecord | null {
  const row = db.prepare('SELECT * FROM signoffs WHERE id = ?').get(id) as SignoffRow | undefined;
  return row ? fromRow(row) : null;
}
