import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
  sign,
  verify,
} from 'node:crypto';
import { DomainError } from '../../shared/api';

/**
 * An account's signing key (DESIGN §6.6): Ed25519; the private key is stored encrypted with AES-256-GCM
 * under a key derived from the account password by scrypt, so signing needs the password again.
 */
export interface StoredKeyPair {
  /** SPKI DER, base64: what a verifier needs, exportable. */
  publicKey: string;
  /** `aes-256-gcm$scrypt$N$r$p$salt$iv$tag$ciphertext` (base64 parts). */
  encryptedPrivateKey: string;
}

const N = 1 << 15;
const R = 8;
const P = 1;

function deriveKey(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, { ...cost, maxmem: 256 * cost.N * cost.r });
}

function encryptPrivateKey(privateKeyDer: Buffer, password: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(password, salt, { N, r: R, p: P }), iv);
  const ciphertext = Buffer.concat([cipher.update(privateKeyDer), cipher.final()]);
  const parts = [salt, iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64'));
  return ['aes-256-gcm', 'scrypt', N, R, P, ...parts].join('$');
}

function decryptPrivateKey(stored: string, password: string): Buffer {
  const [algorithm, kdf, n, r, p, salt, iv, tag, ciphertext] = stored.split('$');
  if (algorithm !== 'aes-256-gcm' || kdf !== 'scrypt' || !salt || !iv || !tag || !ciphertext) {
    throw new Error('unknown private key format');
  }
  const key = deriveKey(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw new DomainError('BAD_CREDENTIALS', '密码不正确，无法使用签名密钥。');
  }
}

export function generateSigningKey(password: string): StoredKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    encryptedPrivateKey: encryptPrivateKey(privateKey.export({ format: 'der', type: 'pkcs8' }), password),
  };
}

/** A password change re-encrypts the same key: earlier signatures stay verifiable. */
export function reencryptSigningKey(
  stored: StoredKeyPair,
  oldPassword: string,
  newPassword: string,
): StoredKeyPair {
  return {
    ...stored,
    encryptedPrivateKey: encryptPrivateKey(
      decryptPrivateKey(stored.encryptedPrivateKey, oldPassword),
      newPassword,
    ),
  };
}

/** Signs `payload` (the canonical JSON of what is signed); returns the signature in base64. */
export function signPayload(stored: StoredKeyPair, password: string, payload: string): string {
  const privateKey = createPrivateKey({
    key: decryptPrivateKey(stored.encryptedPrivateKey, password),
    format: 'der',
    type: 'pkcs8',
  });
  return sign(null, Buffer.from(payload, 'utf8'), privateKey).toString('base64');
}

/** Verifies offline from the exported public key alone. */
export function verifyPayload(publicKey: string, payload: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    return verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * The key's fingerprint (指纹): SHA-256 of the raw 32-byte Ed25519 public key, lowercase hex. It names a
 * key in the roster and is what people compare by eye (shown grouped, see `groupFingerprint`).
 */
export function keyFingerprint(publicKey: string): string {
  const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
  const { x } = key.export({ format: 'jwk' });
  if (!x) throw new Error('not an Ed25519 public key');
  return createHash('sha256').update(Buffer.from(x, 'base64url')).digest('hex');
}
