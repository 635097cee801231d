import { expect } from 'vitest';
import type { Account, ApiError, ApiResult, ErrorCode } from '../../src/shared/api';
import type { Role } from '../../src/shared/domain/roles';
import type { Session } from '../../src/main/api/context';
import type { TestApp } from './app';

export const AGENCY = { agencyName: '某市某区统计局', agencyCode: '某统' };
export const ADMIN = { username: 'admin', displayName: '王管理', password: 'admin-password-1' };
export const DEFAULT_PASSWORD = 'secret-password-1';

/** The value of a successful result; fails the test with the error when it is not. */
export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) expect.fail(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a failed result, after checking its code. */
export function expectError(result: ApiResult<unknown>, code: ErrorCode): ApiError {
  if (result.ok) expect.fail(`expected ${code}, got ok: ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe(code);
  return result.error;
}

/** First-run setup through the dispatcher; the returned session is the admin's, signed in. */
export async function setupAdmin(
  app: TestApp,
  options: { roles?: Role[]; demo?: boolean } = {},
): Promise<{ session: Session; admin: Account }> {
  const session: Session = { accountId: null };
  const admin = expectOk(
    await app.call(session, 'setup.initialize', {
      agency: AGENCY,
      admin: { ...ADMIN, roles: options.roles ?? ['admin'] },
      demo: options.demo ?? false,
    }),
  );
  return { session, admin };
}

/** Creates an account as the admin (through users.create). */
export async function createUser(
  app: TestApp,
  adminSession: Session,
  username: string,
  roles: Role[],
  password = DEFAULT_PASSWORD,
): Promise<Account> {
  return expectOk(
    await app.call(adminSession, 'users.create', {
      username,
      displayName: `${username} 用户`,
      password,
      roles,
    }),
  );
}

/** A new session signed in through auth.signIn. */
export async function signIn(app: TestApp, username: string, password = DEFAULT_PASSWORD): Promise<Session> {
  const session: Session = { accountId: null };
  expectOk(await app.call(session, 'auth.signIn', { username, password }));
  return session;
}

/** Setup plus one signed-in account holding `roles` (besides the admin). */
export async function signedInAs(
  app: TestApp,
  roles: Role[],
  username = roles.join('-') || 'user',
): Promise<{ session: Session; account: Account; adminSession: Session; admin: Account }> {
  const { session: adminSession, admin } = await setupAdmin(app);
  const account = await createUser(app, adminSession, username, roles);
  return { session: await signIn(app, username), account, adminSession, admin };
}
