import type { StoredKeyPair } from '../../signing/keys';
import type { Db } from '../connection';

export function findSigningKey(db: Db, userId: string): StoredKeyPair | null {
  const row = db
    .prepare('SELECT public_key, encrypted_private_key FROM signing_keys WHERE user_id = ?')
    .get(userId) as { public_key: string; encrypted_private_key: string } | undefined;
  return row ? { publicKey: row.public_key, encryptedPrivateKey: row.encrypted_private_key } : null;
}

export function putSigningKey(db: Db, userId: string, key: StoredKeyPair, at: string): void {
  db.prepare(
    `INSERT INTO signing_keys (user_id, public_key, encrypted_private_key, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET public_key = excluded.public_key,
       encrypted_private_key = excluded.encrypted_private_key, created_at = excluded.created_at`,
  ).run(userId, key.publicKey, key.encryptedPrivateKey, at);
}

/** Only the encryption of the private key changes (a password change): the key itself stays. */
export function reencryptSigningKey(db: Db, userId: string, encryptedPrivateKey: string): void {
  db.prepare('UPDATE signing_keys SET encrypted_private_key = ? WHERE user_id = ?').run(
    encryptedPrivateKey,
    userId,
  );
}

export interface SignoffRow {
  id: string;
  document_id: string;
  version_id: string;
  content_hash: string;
  signer_id: string;
  signer_name: string;
  signer_role: string;
  opinion: 'agree' | 'agree_with_changes' | 'disagree';
  text: string;
  signed_at: string;
  payload: string;
  signature: string;
  public_key: string;
}

export function insertSignoff(db: Db, row: SignoffRow): void {
  db.prepare(
    `INSERT INTO signoffs (id, document_id, version_id, content_hash, signer_id, signer_name, signer_role, opinion, text,
       signed_at, payload, signature, public_key)
     VALUES (@id, @document_id, @version_id, @content_hash, @signer_id, @signer_name, @signer_role, @opinion, @text,
       @signed_at, @payload, @signature, @public_key)`,
  ).run(row);
}

export function listSignoffs(db: Db, documentId: string): SignoffRow[] {
  return db
    .prepare('SELECT * FROM signoffs WHERE document_id = ? ORDER BY signed_at, rowid')
    .all(documentId) as SignoffRow[];
}

export function findSignoff(db: Db, id: string): SignoffRow | null {
  return (db.prepare('SELECT * FROM signoffs WHERE id = ?').get(id) as SignoffRow | undefined) ?? null;
}
