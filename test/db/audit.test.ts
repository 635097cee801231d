import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, auditRowHash, verifyAuditChain } from '../../src/main/db/repos/auditLog';
import { openTestApp, type TestApp } from '../support/app';
import {
  ADMIN,
  DEFAULT_PASSWORD,
  createUser,
  expectError,
  expectOk,
  setupAdmin,
  signIn,
} from '../support/session';

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

let app: TestApp;

beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

function auditRows(): AuditRow[] {
  return app.deps.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
}

/** A workspace with a handful of audited changes by different accounts. */
async function busyWorkspace() {
  const { session: adminSession, admin } = await setupAdmin(app);
  app.clock.advance(60_000);
  const drafter = await createUser(app, adminSession, 'drafter', ['drafter']);
  const drafterSession = await signIn(app, 'drafter');
  app.clock.advance(60_000);
  const document = expectOk(
    await app.call(drafterSession, 'documents.create', {
      kind: 'admin_normative',
      title: '某区统计局统计执法检查规定',
      draftingUnit: '法制科',
      issuingAuthority: '某区统计局',
    }),
  );
  app.clock.advance(60_000);
  expectOk(
    await app.call(drafterSession, 'documents.update', {
      id: document.id,
      title: '某区统计局统计执法检查办法',
    }),
  );
  expectOk(await app.call(adminSession, 'users.update', { id: drafter.id, displayName: '李起草' }));
  return { adminSession, admin, drafter, drafterSession, document };
}

describe('the audit chain', () => {
  it('gets one chained entry per change, attributed to the account that made it', async () => {
    const { admin, drafter, document } = await busyWorkspace();
    const rows = auditRows();
    expect(rows.map((r) => [r.seq, r.action, r.actor_id, r.target_type, r.target_id])).toEqual([
      [1, 'setup.initialize', admin.id, 'users', admin.id],
      [2, 'users.create', admin.id, 'users', drafter.id],
      [3, 'auth.signIn', drafter.id, 'users', drafter.id],
      [4, 'documents.create', drafter.id, 'documents', document.id],
      [5, 'documents.update', drafter.id, 'documents', document.id],
      [6, 'users.update', admin.id, 'users', drafter.id],
    ]);
    expect(rows[3]?.at).toBe('2025-03-10T02:02:00.000Z');
    expect(rows[3]?.actor_name).toBe('drafter 用户');

    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prev_hash, `prev_hash of ${row.seq}`).toBe(prevHash);
      expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(auditRowHash(row.prev_hash, row), `hash of ${row.seq}`).toBe(row.hash);
      prevHash = row.hash;
    }
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('records what changed: field changes of a document, before and after of an account', async () => {
    await busyWorkspace();
    const rows = auditRows();
    expect(JSON.parse(rows[4]?.detail ?? '')).toEqual({
      title: '某区统计局统计执法检查规定',
      changes: { title: { from: '某区统计局统计执法检查规定', to: '某区统计局统计执法检查办法' } },
    });
    expect(JSON.parse(rows[5]?.detail ?? '')).toMatchObject({
      before: { displayName: 'drafter 用户' },
      after: { displayName: '李起草' },
    });
  });

  it('never stores a password, in clear or hashed, in the audit detail', async () => {
    const { adminSession, drafter, drafterSession } = await busyWorkspace();
    const passwords = [
      ADMIN.password,
      DEFAULT_PASSWORD,
      'reset-password-9',
      'changed-password-8',
      'wrong-guess-7',
    ];
    expectOk(
      await app.call(adminSession, 'users.resetPassword', { id: drafter.id, password: 'reset-password-9' }),
    );
    expectOk(
      await app.call(drafterSession, 'auth.changePassword', {
        currentPassword: 'reset-password-9',
        newPassword: 'changed-password-8',
      }),
    );
    expectError(
      await app.call({ accountId: null }, 'auth.signIn', { username: 'drafter', password: 'wrong-guess-7' }),
      'BAD_CREDENTIALS',
    );

    const text = auditRows()
      .map((row) => `${row.detail} ${row.actor_name ?? ''} ${row.target_id ?? ''}`)
      .join('\n');
    for (const password of passwords) expect(text).not.toContain(password);
    const hashes = app.deps.db.prepare('SELECT password_hash FROM users').pluck().all() as string[];
    for (const hash of hashes) expect(text).not.toContain(hash.split('$').at(-1));
    expect(text).toContain('[已隐去]');
    expect(auditRows().map((r) => r.action)).toEqual(
      expect.arrayContaining(['users.resetPassword', 'auth.changePassword', 'auth.signIn.failed']),
    );
  });

  it('verifies an intact log, through the repo and through audit.verify', async () => {
    const { adminSession } = await busyWorkspace();
    const count = auditRows().length;
    expect(verifyAuditChain(app.deps.db)).toEqual({
      ok: true,
      checked: count,
      firstBrokenSeq: null,
      reason: null,
    });
    expect(expectOk(await app.call(adminSession, 'audit.verify', {}))).toEqual({
      ok: true,
      checked: count,
      firstBrokenSeq: null,
      reason: null,
    });
  });

  it('verifies an empty log', () => {
    expect(verifyAuditChain(app.deps.db)).toEqual({
      ok: true,
      checked: 0,
      firstBrokenSeq: null,
      reason: null,
    });
  });
});

describe('tampering', () => {
  it('refuses UPDATE and DELETE on the log while the append-only triggers are in place', async () => {
    await busyWorkspace();
    const db = app.deps.db;
    expect(() => db.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('names the row whose content was changed', async () => {
    const { adminSession } = await busyWorkspace();
    const db = app.deps.db;
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare('UPDATE audit_log SET detail = ? WHERE seq = 4').run('{"title":"无关的操作"}');

    const verdict = verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, firstBrokenSeq: 4, checked: 3 });
    expect(verdict.reason).toContain('被改动');
    expect(expectOk(await app.call(adminSession, 'audit.verify', {}))).toMatchObject({
      ok: false,
      firstBrokenSeq: 4,
    });
  });

  it('notices a changed actor or time just as well as a changed detail', async () => {
    await busyWorkspace();
    const db = app.deps.db;
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET at = '2025-01-01T00:00:00.000Z' WHERE seq = 5").run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 5 });
  });

  it('names the next row when a changed row was given a matching new hash', async () => {
    await busyWorkspace();
    const db = app.deps.db;
    db.exec('DROP TRIGGER audit_log_no_update');
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = 3').get() as AuditRow;
    const forged = { ...row, actor_name: '别人' };
    db.prepare('UPDATE audit_log SET actor_name = ?, hash = ? WHERE seq = 3').run(
      forged.actor_name,
      auditRowHash(row.prev_hash, forged),
    );
    const verdict = verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, firstBrokenSeq: 4 });
    expect(verdict.reason).toContain('衔接');
  });

  it('notices a deleted row in the middle of the log', async () => {
    await busyWorkspace();
    const db = app.deps.db;
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    const verdict = verifyAuditChain(db);
    expect(verdict).toMatchObject({ ok: false, firstBrokenSeq: 4, checked: 2 });
    expect(verdict.reason).toContain('序号不连续');
  });

  it('keeps working after tampering is found: new entries still append to the end', async () => {
    const { adminSession } = await busyWorkspace();
    const db = app.deps.db;
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 2").run();
    expectOk(
      await app.call(adminSession, 'settings.updateAgency', { agencyName: '某区统计局', agencyCode: '某统' }),
    );
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    expect(auditRows().at(-1)?.action).toBe('settings.updateAgency');
  });
});

describe('audit.list', () => {
  it('pages the log newest first and filters by action', async () => {
    const { adminSession } = await busyWorkspace();
    const all = auditRows();
    const first = expectOk(await app.call(adminSession, 'audit.list', { page: 1, pageSize: 4 }));
    expect(first.total).toBe(all.length);
    expect(first.items.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
    const second = expectOk(await app.call(adminSession, 'audit.list', { page: 2, pageSize: 4 }));
    expect(second.items.map((e) => e.seq)).toEqual([2, 1]);
    expect(second.items[1]).toMatchObject({ action: 'setup.initialize', hash: all[0]?.hash });

    const updates = expectOk(await app.call(adminSession, 'audit.list', { action: 'documents.update' }));
    expect(updates.total).toBe(1);
    expect(updates.items[0]?.detail).toHaveProperty('changes');
  });
});
