import { describe, expect, test } from 'vitest';
import { DomainError } from '../../../../src/shared/api';
import {
  generateSigningKey,
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
