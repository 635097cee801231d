import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 1 << 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEMORY = 128 * N * R * 2;

/** `scrypt$N$r$p$salt$hash` (base64), so the cost can be raised later without breaking old hashes. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P, maxmem: MAX_MEMORY });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

let cachedUnknownUserHash: string | null = null;

/** A hash of no one's password: unknown usernames are checked against it so timing does not tell them apart. */
export function unknownUserHash(): string {
  cachedUnknownUserHash ??= hashPassword('no account has this password');
  return cachedUnknownUserHash;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length === 0 || !Number.isInteger(Number(n)) || Number(n) < 2) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p), maxmem: 128 * Number(n) * Number(r) * 2 };
  try {
    const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, cost);
    return timingSafeEqual(actual, expected);
  } catch {
    // A damaged stored hash is a failed sign-in, not a crash.
    return false;
  }
}
