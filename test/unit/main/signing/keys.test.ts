import { describe, expect, test } from 'vitest';
import { DomainError } from '../../../../src/shared/api';
import { createHash, createPublicKey } from 'node:crypto';
import {
  generateSigningKey,
  keyFingerprint,
  reencryptSigningKey,
  signPayload,
  verifyPayload,
} from '../../../../src/main/signing/keys';

const PAYLOAD = JSON.stringify({ contentHash: 'a'.repeat(64), opinion: '同意', signer: '李顾问' });

describe('Ed25519 signing keys protected by the account password', () => {
  const key = generateSigningKey('counsel-password-1');

  test('a signature verifies from the public key alone, and not for other content', () => {
    const signature = signPayload(key, 'counsel-password-1', PAYLOAD);
    expect(verifyPayload(key.publicKey, PAYLOAD, signature)).toBe(true);
    expect(verifyPayload(key.publicKey, PAYLOAD.replace('同意', '不同意'), signature)).toBe(false);
  });

  test('a tampered signature or another key does not verify', () => {
    const signature = Buffer.from(signPayload(key, 'counsel-password-1', PAYLOAD), 'base64');
    signature[0] = (signature[0] ?? 0) ^ 1;
    expect(verifyPayload(key.publicKey, PAYLOAD, signature.toString('base64'))).toBe(false);
    const other = generateSigningKey('other-password-1');
    expect(verifyPayload(other.publicKey, PAYLOAD, signPayload(key, 'counsel-password-1', PAYLOAD))).toBe(
      false,
    );
  });

  test('signing needs the right password', () => {
    expect(() => signPayload(key, 'wrong-password', PAYLOAD)).toThrow(DomainError);
  });

  test('the private key is not stored in the clear', () => {
    expect(key.encryptedPrivateKey.startsWith('aes-256-gcm$scrypt$')).toBe(true);
    expect(key.encryptedPrivateKey).not.toContain(key.publicKey);
  });

  test('a password change re-encrypts the same key: old signatures still verify, the old password no longer signs', () => {
    const before = signPayload(key, 'counsel-password-1', PAYLOAD);
    const changed = reencryptSigningKey(key, 'counsel-password-1', 'counsel-password-2');
    expect(changed.publicKey).toBe(key.publicKey);
    expect(verifyPayload(changed.publicKey, PAYLOAD, before)).toBe(true);
    expect(
      verifyPayload(changed.publicKey, PAYLOAD, signPayload(changed, 'counsel-password-2', PAYLOAD)),
    ).toBe(true);
    expect(() => signPayload(changed, 'counsel-password-1', PAYLOAD)).toThrow(DomainError);
  });
});

test('the fingerprint is the SHA-256 of the raw 32-byte public key, not of its SPKI wrapping', () => {
  // RFC 8032 §7.1 test 1 public key.
  const raw = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
  const spki = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
    format: 'jwk',
  })
    .export({ format: 'der', type: 'spki' })
    .toString('base64');
  expect(keyFingerprint(spki)).toBe(createHash('sha256').update(raw).digest('hex'));
  expect(keyFingerprint(spki)).not.toBe(
    createHash('sha256').update(Buffer.from(spki, 'base64')).digest('hex'),
  );
});
