import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { staged } from '../../src/main/api/context';
import { createDispatcher, redactForAudit } from '../../src/main/api/dispatch';
import { handlers } from '../../src/main/api/handlers';
import { findUserById } from '../../src/main/db/repos/users';
import { createDocument } from '../../src/main/services/documents';
import { auditCount, openTestApp, rowCount, type TestApp } from '../support/app';
import { expectError, expectOk, signedInAs } from '../support/session';
import { makeTempDir, removeTempDir } from '../support/tempDir';

let app: TestApp;
let session: Session;
let logged: { error: unknown; channel: string }[];

const METADATA = {
  kind: 'contract',
  title: '办公用房租赁合同',
  draftingUnit: '办公室',
  issuingAuthority: '某区统计局',
} as const;

beforeEach(async () => {
  app = openTestApp();
  session = (await signedInAs(app, ['drafter', 'admin'], 'clerk')).session;
  logged = [];
});
afterEach(() => app.close());

function dispatcherWith(overrides: Partial<typeof handlers>) {
  return createDispatcher(
    app.deps,
    { ...handlers, ...overrides },
    { logError: (error, channel) => logged.push({ error, channel }) },
  );
}

function writtenRows(): number {
  return rowCount(app, 'documents') + rowCount(app, 'events') + auditCount(app);
}

describe('dispatch', () => {
  it('answers an unknown channel without running anything', async () => {
    expectError(await app.dispatcher.dispatch(session, 'documents.delete', {}), 'UNKNOWN_CHANNEL');
    expectError(await app.dispatcher.dispatch(session, 'hasOwnProperty', {}), 'UNKNOWN_CHANNEL');
  });

  it('treats a missing input as an empty object', async () => {
    expectOk(await app.dispatcher.dispatch(session, 'auth.me', undefined));
    expectOk(await app.dispatcher.dispatch(session, 'documents.list', null));
  });

  it('refuses unknown members where the contract is strict', async () => {
    const error = expectError(
      await app.dispatcher.dispatch(session, 'auth.me', { admin: true }),
      'INVALID_INPUT',
    );
    expect(error.issues?.length).toBe(1);
  });

  it('checks the input before the caller, so a bad input is INVALID_INPUT even when signed out', async () => {
    expectError(await app.dispatcher.dispatch({ accountId: null }, 'documents.get', {}), 'INVALID_INPUT');
    expectError(
      await app.dispatcher.dispatch({ accountId: null }, 'documents.get', { id: 'x' }),
      'UNAUTHENTICATED',
    );
  });

  it('hides an unexpected error from the caller and hands it to the log', async () => {
    const dispatcher = dispatcherWith({
      'documents.list': () => {
        throw new Error('SQLITE_BUSY: secret path /home/user/data');
      },
    });
    const error = expectError(await dispatcher.dispatch(session, 'documents.list', {}), 'INTERNAL');
    expect(error.message).toBe('系统内部错误，操作未完成，数据未被修改。');
    expect(JSON.stringify(error)).not.toContain('secret');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.channel).toBe('documents.list');
  });

  it('strips what the contract does not declare from an output, such as a password hash', async () => {
    const dispatcher = dispatcherWith({
      'auth.me': (ctx) => findUserById(ctx.db, ctx.account?.id ?? ''),
    });
    const me = expectOk(await dispatcher.dispatch(session, 'auth.me', {})) as Record<string, unknown>;
    expect(me.username).toBe('clerk');
    expect(me).not.toHaveProperty('passwordHash');
  });

  it('refuses a mutation handler that answers asynchronously and rolls its writes back', async () => {
    const dispatcher = dispatcherWith({
      'documents.create': (ctx, input) => Promise.resolve(createDocument(ctx, input)),
    });
    const before = writtenRows();
    expectError(await dispatcher.dispatch(session, 'documents.create', METADATA), 'INTERNAL');
    expect(writtenRows()).toBe(before);
    expect(String(logged[0]?.error)).toContain('synchronously');
  });

  it('writes one audit entry with the title and input of a mutation that sets no detail', async () => {
    const before = auditCount(app);
    expectOk(
      await app.call(session, 'settings.updateAgency', { agencyName: '某区统计局', agencyCode: '某统' }),
    );
    expect(auditCount(app)).toBe(before + 1);
    const entry = app.deps.db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      action: string;
      target_type: string;
      target_id: string | null;
      detail: string;
    };
    expect(entry).toMatchObject({
      action: 'settings.updateAgency',
      target_type: 'settings',
      target_id: null,
    });
    expect(JSON.parse(entry.detail)).toEqual({
      title: '修改机关信息',
      input: { agencyName: '某区统计局', agencyCode: '某统' },
    });
  });

  it('writes no audit entry for a query', async () => {
    const before = auditCount(app);
    expectOk(await app.call(session, 'documents.list', {}));
    expectOk(await app.call(session, 'users.list', {}));
    expectOk(await app.call(session, 'audit.verify', {}));
    expect(auditCount(app)).toBe(before);
  });
});

describe('staged mutations', () => {
  it('prepare outside the transaction, then apply and audit together', async () => {
    const steps: string[] = [];
    const dispatcher = dispatcherWith({
      'documents.create': staged({
        prepare: async (_ctx, input) => {
          steps.push(`prepare in transaction: ${app.deps.db.inTransaction}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          return `${input.title}（已处理）`;
        },
        apply: (ctx, input, prepared: string) => {
          steps.push(`apply in transaction: ${ctx.db.inTransaction}`);
          return createDocument(ctx, { ...input, title: prepared });
        },
      }),
    });
    const doc = expectOk(await dispatcher.dispatch(session, 'documents.create', METADATA)) as {
      title: string;
    };
    expect(doc.title).toBe('办公用房租赁合同（已处理）');
    expect(steps).toEqual(['prepare in transaction: false', 'apply in transaction: true']);
  });

  it('write nothing when prepare fails', async () => {
    const dispatcher = dispatcherWith({
      'documents.create': staged({
        prepare: () => Promise.reject(new Error('unreadable file')),
        apply: (ctx, input) => createDocument(ctx, input),
      }),
    });
    const before = writtenRows();
    expectError(await dispatcher.dispatch(session, 'documents.create', METADATA), 'INTERNAL');
    expect(writtenRows()).toBe(before);
  });

  it('are refused on a query channel', async () => {
    const dispatcher = dispatcherWith({
      'documents.list': staged({
        prepare: () => Promise.resolve(null),
        apply: () => ({ items: [], total: 0, page: 1, pageSize: 50 }),
      }),
    });
    expectError(await dispatcher.dispatch(session, 'documents.list', {}), 'INTERNAL');
  });
});

describe('redactForAudit', () => {
  it('hides every member whose name mentions a password, at any depth', () => {
    expect(
      redactForAudit({
        username: 'li',
        password: 'p1',
        admin: { newPassword: 'p2', PASSWORD_HINT: 'p3', roles: ['admin'] },
        list: [{ currentPassword: 'p4', note: 'keep' }],
      }),
    ).toEqual({
      username: 'li',
      password: '[已隐去]',
      admin: { newPassword: '[已隐去]', PASSWORD_HINT: '[已隐去]', roles: ['admin'] },
      list: [{ currentPassword: '[已隐去]', note: 'keep' }],
    });
  });

  it('leaves other values as they are', () => {
    expect(redactForAudit(null)).toBeNull();
    expect(redactForAudit('password')).toBe('password');
    expect(redactForAudit([1, 'a'])).toEqual([1, 'a']);
  });
});

describe('openApp', () => {
  it('creates a missing data folder with the database inside', () => {
    const parent = makeTempDir();
    try {
      const dataDir = join(parent, 'nested', '数据');
      const nested = openTestApp({ dataDir });
      nested.close();
      expect(existsSync(join(dataDir, 'normdesk.sqlite'))).toBe(true);
    } finally {
      removeTempDir(parent);
    }
  });

  it('keeps the data across a restart', async () => {
    const dataDir = makeTempDir();
    try {
      const first = openTestApp({ dataDir });
      const { session: firstSession } = await signedInAs(first, ['drafter']);
      expectOk(await first.call(firstSession, 'documents.create', METADATA));
      first.close();
      const second = openTestApp({ dataDir });
      try {
        expect(rowCount(second, 'documents')).toBe(1);
        expect(expectOk(await second.call({ accountId: null }, 'setup.status', {})).initialized).toBe(true);
      } finally {
        second.close();
      }
    } finally {
      removeTempDir(dataDir);
    }
  });
});
