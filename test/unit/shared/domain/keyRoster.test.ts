import { describe, expect, test } from 'vitest';
import { groupFingerprint, keyValidAt } from '../../../../src/shared/domain/keyRoster';

describe('key roster rules', () => {
  test('a fingerprint reads in groups of four hex digits', () => {
    expect(groupFingerprint('3f2a9c01ab')).toBe('3f2a 9c01 ab');
  });

  test('a key is valid from its start up to, not including, the moment it ended', () => {
    const key = { validFrom: '2026-03-01T00:00:00.000Z', validUntil: '2026-03-05T00:00:00.000Z' };
    expect(keyValidAt(key, '2026-02-28T23:59:59.999Z')).toBe(false);
    expect(keyValidAt(key, '2026-03-01T00:00:00.000Z')).toBe(true);
    expect(keyValidAt(key, '2026-03-04T23:59:59.999Z')).toBe(true);
    expect(keyValidAt(key, '2026-03-05T00:00:00.000Z')).toBe(false);
    expect(keyValidAt({ ...key, validUntil: null }, '2030-01-01T00:00:00.000Z')).toBe(true);
    expect(keyValidAt(key, 'not a time')).toBe(false);
  });
});
