import type { StoredKeyPair } from '../../signing/keys';
import type { Db } from '../connection';

interface SigningKeyRow {
  public_key: string;
  encrypted_private_key: string;
}

function fromRow(row: SigningKeyRow): StoredKeyPair {
  return { publicKey: row.public_key, encryptedPrivateKey: row.encrypted_private_key };
}

export function findSigningKey(db: Db, userId: string): StoredKeyPair | null {
  const row = db
    .prepare('SELECT public_key, encrypted_private_key FROM signing_keys WHERE user_id = ?')
    .get(userId) as SigningKeyRow | undefined;
  return row ? fromRow(row) : null;
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
  const result = db
    .prepare('UPDATE signing_keys SET encrypted_private_key = ? WHERE user_id = ?')
    .run(encryptedPrivateKey, userId);
  if (result.changes !== 1) throw new Error(`signing key of ${userId} not re-encrypted`);
}
