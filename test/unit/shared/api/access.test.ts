import { describe, expect, it } from 'vitest';
import { checkAccess } from '../../../../src/shared/api/access';
import { ROLES } from '../../../../src/shared/domain/roles';

describe('checkAccess', () => {
  it('lets anyone call a public channel, signed in or not', () => {
    expect(checkAccess('public', null)).toBeNull();
    expect(checkAccess('public', { roles: [] })).toBeNull();
  });

  it('asks for a sign-in on every other channel', () => {
    expect(checkAccess('signedIn', null)).toBe('UNAUTHENTICATED');
    expect(checkAccess(['admin'], null)).toBe('UNAUTHENTICATED');
  });

  it('lets any signed-in account call a signedIn channel, even with no role', () => {
    expect(checkAccess('signedIn', { roles: [] })).toBeNull();
    for (const role of ROLES) expect(checkAccess('signedIn', { roles: [role] })).toBeNull();
  });

  it('requires one of the listed roles', () => {
    expect(checkAccess(['drafter', 'reviewer'], { roles: ['drafter'] })).toBeNull();
    expect(checkAccess(['drafter', 'reviewer'], { roles: ['counsel', 'reviewer'] })).toBeNull();
    expect(checkAccess(['drafter', 'reviewer'], { roles: ['counsel', 'leader'] })).toBe('FORBIDDEN');
    expect(checkAccess(['admin'], { roles: ['drafter', 'reviewer', 'counsel', 'leader'] })).toBe('FORBIDDEN');
    expect(checkAccess(['admin'], { roles: [] })).toBe('FORBIDDEN');
  });

  it('refuses everyone when a channel lists no role', () => {
    expect(checkAccess([], { roles: [...ROLES] })).toBe('FORBIDDEN');
  });
});
