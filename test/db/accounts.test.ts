import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { hashPassword, verifyPassword } from '../../src/main/services/passwords';
import { auditCount, openTestApp, rowCount, type TestApp } from '../support/app';
import {
  ADMIN,
  AGENCY,
  DEFAULT_PASSWORD,
  createUser,
  expectError,
  expectOk,
  setupAdmin,
  signIn,
} from '../support/session';

let app: TestApp;

beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const signedOut = (): Session => ({ accountId: null });

function firstAudit() {
  return app.deps.db.prepare('SELECT * FROM audit_log ORDER BY seq LIMIT 1').get() as { detail: string };
}

function lastAudit() {
  return app.deps.db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
    action: string;
    actor_id: string | null;
    target_id: string | null;
    detail: string;
  };
}

describe('first-run setup', () => {
  it('reports an empty workspace until setup, then the agency', async () => {
    expect(expectOk(await app.call(signedOut(), 'setup.status', {}))).toEqual({
      initialized: false,
      agencyName: null,
    });
    await setupAdmin(app);
    expect(expectOk(await app.call(signedOut(), 'setup.status', {}))).toEqual({
      initialized: true,
      agencyName: AGENCY.agencyName,
    });
  });

  it('creates the administrator, stores the agency and signs the session in', async () => {
    const session = signedOut();
    const admin = expectOk(
      await app.call(session, 'setup.initialize', {
        agency: AGENCY,
        admin: { ...ADMIN, roles: ['drafter', 'reviewer'] },
      }),
    );
    expect(admin).toEqual({
      id: 'id-0001',
      username: 'admin',
      displayName: ADMIN.displayName,
      roles: ['admin', 'drafter', 'reviewer'],
      active: true,
      createdAt: '2025-03-10T02:00:00.000Z',
    });
    expect(session.accountId).toBe(admin.id);
    expect(expectOk(await app.call(session, 'auth.me', {}))).toEqual(admin);
    expect(expectOk(await app.call(session, 'settings.getAgency', {}))).toEqual(AGENCY);
    expect(lastAudit()).toMatchObject({
      action: 'setup.initialize',
      actor_id: admin.id,
      target_id: admin.id,
    });
    expect(lastAudit().detail).not.toContain(ADMIN.password);
  });

  it('always gives the first account the admin role, without repeating it', async () => {
    const { admin } = await setupAdmin(app, { roles: ['admin', 'admin', 'leader'] });
    expect(admin.roles).toEqual(['admin', 'leader']);
  });

  it('fills the demo workspace step by step, each step by the colleague whose role takes it, audited', async () => {
    const { session } = await setupAdmin(app, { demo: true });
    const page = expectOk(await app.call(session, 'documents.list', { pageSize: 500 }));
    expect(page.total).toBeGreaterThan(0);
    const versionCounts = page.items.reduce((sum, doc) => sum + doc.versionCount, 0);
    expect(versionCounts).toBe(rowCount(app, 'document_versions'));
    expect(versionCounts).toBeGreaterThan(0);
    expect(
      page.items.every((doc) => !doc.title.includes('{机关}') && !doc.issuingAuthority.includes('{机关}')),
    ).toBe(true);
    expect(
      page.items.some(
        (doc) => doc.title.includes(AGENCY.agencyName) || doc.issuingAuthority.includes(AGENCY.agencyName),
      ),
    ).toBe(true);
    expect(app.loggedErrors).toEqual([]);
    const states = new Set(page.items.map((doc) => doc.status));
    for (const state of [
      'drafting',
      'submitted',
      'returned',
      'in_review',
      'reviewed',
      'deliberated',
      'issued',
      'filed',
    ]) {
      expect(states).toContain(state);
    }
    const actions = app.deps.db.prepare('SELECT action, actor_name FROM audit_log ORDER BY seq').all() as {
      action: string;
      actor_name: string;
    }[];
    expect(actions[0]?.action).toBe('setup.initialize');
    expect(JSON.parse(firstAudit().detail)).toMatchObject({ demo: true });
    const actorsOf = (action: string) =>
      new Set(actions.filter((a) => a.action === action).map((a) => a.actor_name));
    expect(actorsOf('workflow.transition')).toEqual(new Set(['周文婷', '王立新', '张建华']));
    expect(actorsOf('filingPackages.build')).toEqual(new Set(['王立新']));
    const register = expectOk(await app.call(session, 'filings.list', {}));
    const submissionStates = new Set(register.items.map((row) => row.state));
    expect(submissionStates).toEqual(new Set(['to_submit', 'awaiting', 'correction', 'filed']));
    const overdue = expectOk(await app.call(session, 'filings.list', { view: 'overdue' }));
    expect(overdue.items.map((row) => row.title)).toContain(`${AGENCY.agencyName}统计普查经费管理办法`);
    const correction = register.items.find((row) => row.state === 'correction');
    expect(correction?.clock?.overdue).toBe(false);
    expect(actorsOf('signoffs.sign')).toEqual(new Set(['李敏']));
    // 政府信息公开: a request with a third-party consultation and a 负责人's extension; a proactive disclosure.
    const clocks = expectOk(await app.call(session, 'disclosure.clocks', {}));
    const reply = clocks.items.find((item) => item.clock === 'reply');
    expect(reply?.title).toBe('关于张某某政府信息公开申请的答复');
    const disclosure = expectOk(
      await app.call(session, 'disclosure.get', { documentId: reply?.documentId ?? '' }),
    );
    expect(disclosure.extension?.workingDays).toBe(15);
    expect(disclosure.consultations).toHaveLength(1);
    expect(disclosure.clock?.state).not.toBe('overdue');
    expect(actorsOf('disclosure.recordProactive').size).toBe(1);
    // The administrator signs the key roster with the colleagues' keys in it, so that the demo's
    // sign-offs and filing packages name their signers when verified.
    expect(actorsOf('keyRoster.sign')).toEqual(new Set([ADMIN.displayName]));
    const roster = expectOk(await app.call(session, 'keyRoster.get', {}));
    expect(roster.lastSigned?.current).toBe(true);
    expect(new Set(roster.entries.map((entry) => entry.displayName))).toEqual(
      new Set([ADMIN.displayName, '王立新', '李敏']),
    );
    // Every lifecycle state a user meets: in force, not yet in force, nearing and past the 有效期, and the
    // 废止 / 宣布失效 / 修改 decisions of last month's campaign; a second campaign awaits approval.
    const lifecycles = new Set(page.items.map((doc) => doc.lifecycle?.state).filter(Boolean));
    expect(lifecycles).toEqual(
      new Set(['in_force', 'pending', 'expiring', 'expired', 'repealed', 'declared_invalid', 'amended']),
    );
    const campaigns = expectOk(await app.call(session, 'cleanup.list', {}));
    expect(campaigns.map((campaign) => campaign.status).sort()).toEqual(['applied', 'open']);
    const undecided = expectOk(await app.call(session, 'validity.list', { view: 'expired_undecided' }));
    expect(undecided.items.map((item) => item.title)).toEqual([
      `${AGENCY.agencyName}基层统计规范化建设试行办法`,
    ]);
    const catalog = expectOk(await app.call(session, 'decisionCatalogs.get', { year: 2025 }));
    expect(catalog?.status).toBe('published');
    expect(catalog?.changes.some((change) => change.afterPublication)).toBe(true);
    expect(actions.filter((a) => a.action === 'documents.create')).toHaveLength(page.total);
    expect(expectOk(await app.call(session, 'audit.verify', {})).ok).toBe(true);
  }, 90_000); // builds the whole demo workspace through the services: long on a loaded machine

  it('runs only once', async () => {
    await setupAdmin(app);
    const before = auditCount(app);
    const again = await app.call(signedOut(), 'setup.initialize', {
      agency: { agencyName: '另一个机关', agencyCode: '另' },
      admin: { username: 'intruder', displayName: '外人', password: 'intruder-pass', roles: ['admin'] },
    });
    expectError(again, 'ALREADY_INITIALIZED');
    expect(rowCount(app, 'users')).toBe(1);
    expect(auditCount(app)).toBe(before);
    expect(expectOk(await app.call(signedOut(), 'setup.status', {})).agencyName).toBe(AGENCY.agencyName);
  });

  it('refuses an invalid setup with Chinese field messages and writes nothing', async () => {
    const result = await app.call(signedOut(), 'setup.initialize', {
      agency: { agencyName: '某', agencyCode: '某统1' },
      admin: { username: 'a', displayName: '', password: 'short', roles: [] },
    });
    const error = expectError(result, 'INVALID_INPUT');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        'agency.agencyName：请填写机关名称',
        'agency.agencyCode：机关代字只能包含汉字或字母',
        'admin.username：用户名至少 2 个字符',
        'admin.password：密码至少 8 位',
        'admin.roles：至少选择一个角色',
      ]),
    );
    expect(rowCount(app, 'users') + rowCount(app, 'settings') + auditCount(app)).toBe(0);
  });

  it('asks for setup before the agency can be read', async () => {
    const { session } = await setupAdmin(app);
    app.deps.db.prepare("DELETE FROM settings WHERE key = 'agency'").run();
    expectError(await app.call(session, 'settings.getAgency', {}), 'NOT_INITIALIZED');
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with the right password, attaching the account to the session', async () => {
    const { session: adminSession } = await setupAdmin(app);
    const drafter = await createUser(app, adminSession, 'drafter', ['drafter']);
    const session = signedOut();
    expect(
      expectOk(await app.call(session, 'auth.signIn', { username: 'drafter', password: DEFAULT_PASSWORD })),
    ).toEqual(drafter);
    expect(session.accountId).toBe(drafter.id);
    expect(lastAudit()).toMatchObject({ action: 'auth.signIn', actor_id: drafter.id });
  });

  it('matches the username without regard to case or surrounding spaces', async () => {
    await setupAdmin(app);
    expect((await signIn(app, '  ADMIN ', ADMIN.password)).accountId).toBe('id-0001');
  });

  it('gives the same answer for a wrong password and an unknown user, and records both', async () => {
    await setupAdmin(app);
    const before = auditCount(app);
    const session = signedOut();
    const wrong = expectError(
      await app.call(session, 'auth.signIn', { username: 'admin', password: 'not-the-password' }),
      'BAD_CREDENTIALS',
    );
    expect(lastAudit()).toMatchObject({ action: 'auth.signIn.failed', actor_id: null, target_id: 'id-0001' });
    const unknown = expectError(
      await app.call(session, 'auth.signIn', { username: 'nobody', password: 'not-the-password' }),
      'BAD_CREDENTIALS',
    );
    expect(unknown.message).toBe(wrong.message);
    expect(wrong.message).toBe('用户名或密码不正确。');
    expect(lastAudit()).toMatchObject({ action: 'auth.signIn.failed', actor_id: null, target_id: null });
    expect(JSON.parse(lastAudit().detail)).toEqual({ username: 'nobody' });
    expect(auditCount(app)).toBe(before + 2);
    expect(session.accountId).toBeNull();
  });

  it('refuses a disabled account, but only to someone who knows its password', async () => {
    const { session: adminSession } = await setupAdmin(app);
    const drafter = await createUser(app, adminSession, 'drafter', ['drafter']);
    expectOk(await app.call(adminSession, 'users.update', { id: drafter.id, active: false }));
    const session = signedOut();
    expectError(
      await app.call(session, 'auth.signIn', { username: 'drafter', password: DEFAULT_PASSWORD }),
      'ACCOUNT_DISABLED',
    );
    expectError(
      await app.call(session, 'auth.signIn', { username: 'drafter', password: 'wrong-password' }),
      'BAD_CREDENTIALS',
    );
    expect(session.accountId).toBeNull();
    expect(lastAudit().action).toBe('auth.signIn.failed');
  });

  it('drops the session of an account as soon as it is disabled', async () => {
    const { session: adminSession } = await setupAdmin(app);
    const drafter = await createUser(app, adminSession, 'drafter', ['drafter']);
    const session = await signIn(app, 'drafter');
    expectOk(await app.call(session, 'documents.list', {}));
    expectOk(await app.call(adminSession, 'users.update', { id: drafter.id, active: false }));
    expectError(await app.call(session, 'documents.list', {}), 'UNAUTHENTICATED');
    expect(session.accountId).toBeNull();
  });

  it('applies a change of roles to an open session at once', async () => {
    const { session: adminSession } = await setupAdmin(app);
    const drafter = await createUser(app, adminSession, 'drafter', ['drafter']);
    const session = await signIn(app, 'drafter');
    const input = {
      kind: 'contract',
      title: '租赁合同',
      draftingUnit: '办公室',
      issuingAuthority: '某区统计局',
    } as const;
    expectOk(await app.call(session, 'documents.create', input));
    expectOk(await app.call(adminSession, 'users.update', { id: drafter.id, roles: ['leader'] }));
    expectError(await app.call(session, 'documents.create', input), 'FORBIDDEN');
  });

  it('signs out: the session forgets the account and the sign-out is recorded', async () => {
    const { session, admin } = await setupAdmin(app);
    expect(expectOk(await app.call(session, 'auth.signOut', {}))).toBeNull();
    expect(session.accountId).toBeNull();
    expect(lastAudit()).toMatchObject({ action: 'auth.signOut', actor_id: admin.id });
    expect(expectOk(await app.call(session, 'auth.me', {}))).toBeNull();
    expectError(await app.call(session, 'documents.list', {}), 'UNAUTHENTICATED');
    expectError(await app.call(session, 'auth.signOut', {}), 'UNAUTHENTICATED');
  });
});

describe('passwords', () => {
  it('are stored as scrypt$N$r$p$salt$hash with a random salt', async () => {
    await setupAdmin(app);
    const stored = app.deps.db.prepare('SELECT password_hash FROM users').pluck().get() as string;
    const [scheme, n, r, p, salt = '', hash = ''] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash, 'base64')).toHaveLength(32);
    expect(stored).not.toContain(ADMIN.password);
    expect(verifyPassword(ADMIN.password, stored)).toBe(true);
  });

  it('verify only the password they were made from', () => {
    const first = hashPassword('统计法-password');
    const second = hashPassword('统计法-password');
    expect(first).not.toBe(second);
    expect(verifyPassword('统计法-password', first)).toBe(true);
    expect(verifyPassword('统计法-password', second)).toBe(true);
    expect(verifyPassword('统计法-Password', first)).toBe(false);
    expect(verifyPassword('', first)).toBe(false);
  });

  it('treat composed and decomposed forms of the same characters alike', () => {
    const composed = 'caf\u00e9-password';
    expect(verifyPassword('cafe\u0301-password', hashPassword(composed))).toBe(true);
  });

  it('refuse a stored value of another scheme or shape', () => {
    const good = hashPassword('secret-password');
    expect(verifyPassword('secret-password', good.replace(/^scrypt/, 'bcrypt'))).toBe(false);
    expect(verifyPassword('secret-password', good.split('$').slice(0, 5).join('$'))).toBe(false);
    expect(verifyPassword('secret-password', '')).toBe(false);
  });

  it('change only with the current password', async () => {
    const { session } = await setupAdmin(app);
    const before = auditCount(app);
    const wrong = expectError(
      await app.call(session, 'auth.changePassword', {
        currentPassword: 'not-current',
        newPassword: 'next-password-1',
      }),
      'BAD_CREDENTIALS',
    );
    expect(wrong.message).toBe('当前密码不正确。');
    expect(auditCount(app)).toBe(before);
    await signIn(app, 'admin', ADMIN.password);

    expectOk(
      await app.call(session, 'auth.changePassword', {
        currentPassword: ADMIN.password,
        newPassword: 'next-password-1',
      }),
    );
    expect(lastAudit()).toMatchObject({ action: 'auth.changePassword', target_id: 'id-0001' });
    await signIn(app, 'admin', 'next-password-1');
    expectError(
      await app.call(signedOut(), 'auth.signIn', { username: 'admin', password: ADMIN.password }),
      'BAD_CREDENTIALS',
    );
  });

  it('can be reset by an administrator', async () => {
    const { session: adminSession } = await setupAdmin(app);
    const drafter = await createUser(app, adminSession, 'drafter', ['drafter']);
    expectOk(
      await app.call(adminSession, 'users.resetPassword', { id: drafter.id, password: 'fresh-password-2' }),
    );
    await signIn(app, 'drafter', 'fresh-password-2');
    expectError(
      await app.call(signedOut(), 'auth.signIn', { username: 'drafter', password: DEFAULT_PASSWORD }),
      'BAD_CREDENTIALS',
    );
    expectError(
      await app.call(adminSession, 'users.resetPassword', {
        id: 'no-such-user',
        password: 'fresh-password-2',
      }),
      'NOT_FOUND',
    );
  });
});

describe('account administration', () => {
  it('creates accounts and lists them without their password hashes', async () => {
    const { session: adminSession, admin } = await setupAdmin(app);
    app.clock.advance(1000);
    const reviewer = await createUser(app, adminSession, 'reviewer.li', ['reviewer', 'counsel', 'reviewer']);
    expect(reviewer.roles).toEqual(['reviewer', 'counsel']);
    const accounts = expectOk(await app.call(adminSession, 'users.list', {}));
    expect(accounts).toEqual([admin, reviewer]);
    for (const account of accounts) expect(account).not.toHaveProperty('passwordHash');
  });

  it.each(['drafter', 'DRAFTER', 'Drafter', '  drafter  '])(
    'refuses the taken username %j with CONFLICT',
    async (username) => {
      const { session: adminSession } = await setupAdmin(app);
      await createUser(app, adminSession, 'drafter', ['drafter']);
      const before = auditCount(app);
      const error = expectError(
        await app.call(adminSession, 'users.create', {
          username,
          displayName: '同名',
          password: DEFAULT_PASSWORD,
          roles: ['drafter'],
        }),
        'CONFLICT',
      );
      expect(error.message).toContain('已被使用');
      expect(rowCount(app, 'users')).toBe(2);
      expect(auditCount(app)).toBe(before);
    },
  );

  it('will not disable or demote the last active administrator', async () => {
    const { session: adminSession, admin } = await setupAdmin(app, { roles: ['admin', 'reviewer'] });
    const before = auditCount(app);
    const disable = expectError(
      await app.call(adminSession, 'users.update', { id: admin.id, active: false }),
      'INVALID_STATE',
    );
    expect(disable.message).toContain('最后一个管理员');
    expectError(
      await app.call(adminSession, 'users.update', { id: admin.id, roles: ['reviewer'] }),
      'INVALID_STATE',
    );
    expect(auditCount(app)).toBe(before);
    expect(expectOk(await app.call(adminSession, 'auth.me', {}))).toMatchObject({
      active: true,
      roles: ['admin', 'reviewer'],
    });
  });

  it('does not count a disabled administrator as a remaining one', async () => {
    const { session: adminSession, admin } = await setupAdmin(app);
    const second = await createUser(app, adminSession, 'admin2', ['admin']);
    expectOk(await app.call(adminSession, 'users.update', { id: second.id, active: false }));
    expectError(
      await app.call(adminSession, 'users.update', { id: admin.id, roles: ['leader'] }),
      'INVALID_STATE',
    );
  });

  it('lets an administrator step down once another one is active', async () => {
    const { session: adminSession, admin } = await setupAdmin(app);
    const second = await createUser(app, adminSession, 'admin2', ['admin']);
    const updated = expectOk(
      await app.call(adminSession, 'users.update', { id: admin.id, roles: ['leader'] }),
    );
    expect(updated.roles).toEqual(['leader']);
    expectError(await app.call(adminSession, 'users.list', {}), 'FORBIDDEN');
    const secondSession = await signIn(app, 'admin2');
    expectError(
      await app.call(secondSession, 'users.update', { id: second.id, active: false }),
      'INVALID_STATE',
    );
  });

  it('reports an unknown account as NOT_FOUND', async () => {
    const { session: adminSession } = await setupAdmin(app);
    expectError(
      await app.call(adminSession, 'users.update', { id: 'no-such-user', displayName: '某人' }),
      'NOT_FOUND',
    );
  });
});

describe('sign-in hardening', () => {
  it('a failed sign-in ends the session it was tried in', async () => {
    const app = openTestApp();
    try {
      const { session } = await setupAdmin(app);
      expect(session.accountId).not.toBeNull();
      expectError(
        await app.call(session, 'auth.signIn', { username: ADMIN.username, password: 'wrong-password' }),
        'BAD_CREDENTIALS',
      );
      expect(session.accountId).toBeNull();
      expectError(await app.call(session, 'users.list', {}), 'UNAUTHENTICATED');
    } finally {
      app.close();
    }
  });

  it('a damaged stored hash is a refused sign-in, not an internal error', async () => {
    const app = openTestApp();
    try {
      await setupAdmin(app);
      app.deps.db.prepare("UPDATE users SET password_hash = 'scrypt$0$0$0$AA==$AA=='").run();
      expectError(
        await app.call({ accountId: null }, 'auth.signIn', { username: ADMIN.username, password: 'x' }),
        'BAD_CREDENTIALS',
      );
      expect(app.loggedErrors).toEqual([]);
    } finally {
      app.close();
    }
  });
});
