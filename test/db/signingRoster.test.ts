import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { findSigningKey } from '../../src/main/db/repos/signingKeys';
import { keyFingerprint, signPayload, type StoredKeyPair } from '../../src/main/signing/keys';
import { verifySignoffFile } from '../../src/main/signing/verifySignoff';
import type { Account } from '../../src/shared/api';
import type { SignedRoster } from '../../src/shared/api/schemas/signing';
import { canonicalJson } from '../../src/shared/domain/canonicalJson';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, type TestApp } from '../support/app';
import {
  ADMIN,
  createUser,
  DEFAULT_PASSWORD,
  expectError,
  expectOk,
  setupAdmin,
  signIn,
} from '../support/session';

interface SignoffFile {
  format: string;
  payload: string;
  signature: string;
  publicKey: string;
  signerFingerprint: string;
  roster?: SignedRoster;
}

let app: TestApp;
let admin: Session;
let adminAccount: Account;
let counsel: Session;
let counselAccount: Account;
let reviewerAccount: Account;
let documentId: string;
let versionId: string;

async function signAndExport(session: Session, text: string): Promise<SignoffFile> {
  const signed = expectOk(
    await app.call(session, 'signoffs.sign', {
      documentId,
      versionId,
      opinion: 'agree',
      text,
      password: DEFAULT_PASSWORD,
    }),
  );
  const file = expectOk(await app.call(session, 'signoffs.export', { id: signed.id }));
  return JSON.parse(Buffer.from(file.data, 'base64').toString('utf8')) as SignoffFile;
}

/** A payload as NormDesk writes it, naming `signer`, signed at `signedAt`. */
function payloadNaming(signer: Account, signedAt: string, role = 'counsel'): string {
  return canonicalJson({
    format: 'normdesk-signoff/1',
    documentId,
    documentTitle: '关于加强统计执法检查的规定',
    versionId,
    versionSeq: 1,
    contentHash: 'sha256:0',
    opinion: 'agree',
    text: '同意。',
    signer: { id: signer.id, name: signer.displayName, role },
    signedAt,
  });
}

function withStoredKey(
  key: StoredKeyPair,
  password: string,
  payload: string,
  roster: SignedRoster | undefined,
) {
  return { payload, signature: signPayload(key, password, payload), publicKey: key.publicKey, roster };
}

beforeAll(async () => {
  app = openTestApp();
  app.clock.set('2026-03-02T01:00:00.000Z');
  ({ session: admin, admin: adminAccount } = await setupAdmin(app, { roles: ['admin', 'counsel'] }));
  await createUser(app, admin, 'drafter', ['drafter']);
  counselAccount = await createUser(app, admin, 'counsel', ['counsel']);
  reviewerAccount = await createUser(app, admin, 'reviewer', ['reviewer']);
  counsel = await signIn(app, 'counsel');
  const drafter = await signIn(app, 'drafter');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '关于加强统计执法检查的规定',
      draftingUnit: '法制科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  const blocks = plainTextToBlocks(
    '关于加强统计执法检查的规定\n第一条　为了规范统计执法检查工作，制定本规定。',
  );
  expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: 0 }));
  versionId = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '送审稿' })).id;
  app.clock.set('2026-03-02T02:00:00.000Z');
  expectOk(await app.call(admin, 'keyRoster.sign', { password: ADMIN.password }));
});
afterAll(() => app.close());

describe('the key roster', () => {
  test('lists each signer key with its holder, roles and fingerprint; accounts see their own', async () => {
    const roster = expectOk(await app.call(admin, 'keyRoster.get', {}));
    const counselKey = roster.entries.find((entry) => entry.accountId === counselAccount.id);
    expect(counselKey).toMatchObject({ displayName: 'counsel 用户', roles: ['counsel'], validUntil: null });
    expect(counselKey?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(counselKey?.fingerprint).toBe(keyFingerprint(counselKey?.publicKey ?? ''));
    expect(roster.entries.map((entry) => entry.username)).not.toContain('drafter');
    expect(roster.lastSigned).toMatchObject({ signerName: ADMIN.displayName, current: true });
    const own = expectOk(await app.call(counsel, 'signingKeys.getOwn', {}));
    expect(own?.fingerprint).toBe(counselKey?.fingerprint);
  });

  test('a genuine sign-off file verifies from the roster it carries and names signer and key', async () => {
    app.clock.set('2026-03-03T02:00:00.000Z');
    const file = await signAndExport(counsel, '同意。');
    expect(file.roster?.signerFingerprint).toBeTruthy();
    const verdict = verifySignoffFile(file);
    if (!verdict.ok) expect.fail(verdict.reason);
    expect(verdict.signer).toMatchObject({
      accountId: counselAccount.id,
      name: 'counsel 用户',
      username: 'counsel',
    });
    expect(verdict.signer.fingerprint).toBe(file.signerFingerprint);
    expect(verdict.roster.signerName).toBe(ADMIN.displayName);
  });

  test('a file signed with a freshly made key naming the counsel is refused', async () => {
    const genuine = await signAndExport(counsel, '同意。');
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const payload = payloadNaming(counselAccount, '2026-03-03T03:00:00.000Z');
    const forged = {
      payload,
      signature: sign(null, Buffer.from(payload), privateKey).toString('base64'),
      publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
      roster: genuine.roster,
    };
    const verdict = verifySignoffFile(forged);
    expect(verdict).toMatchObject({ ok: false, code: 'KEY_UNKNOWN' });
    expect(verdict.ok ? '' : verdict.reason).toContain('不在密钥名册中');
    expect(verifySignoffFile({ ...forged, roster: undefined })).toMatchObject({
      ok: false,
      code: 'NO_ROSTER',
    });
  });

  test("a genuine key of another account cannot sign in the counsel's name", async () => {
    const genuine = await signAndExport(counsel, '同意。');
    const key = findSigningKey(app.deps.db, reviewerAccount.id);
    if (!key) throw new Error('reviewer has no key');
    const file = withStoredKey(
      key,
      DEFAULT_PASSWORD,
      payloadNaming(counselAccount, '2026-03-03T03:00:00.000Z'),
      genuine.roster,
    );
    expect(verifySignoffFile(file)).toMatchObject({ ok: false, code: 'KEY_OTHER_ACCOUNT' });
  });

  test('a changed roster is refused', async () => {
    const genuine = await signAndExport(counsel, '同意。');
    const roster = genuine.roster;
    if (!roster) throw new Error('no roster');
    const changed = {
      ...roster,
      entries: roster.entries.map((entry) =>
        entry.accountId === counselAccount.id ? { ...entry, displayName: '李局长' } : entry,
      ),
    };
    expect(verifySignoffFile({ ...genuine, roster: changed })).toMatchObject({
      ok: false,
      code: 'ROSTER_BAD_SIGNATURE',
    });
    const withoutSigner = {
      ...roster,
      entries: roster.entries.filter((e) => e.fingerprint !== roster.signerFingerprint),
    };
    expect(verifySignoffFile(genuine, withoutSigner)).toMatchObject({
      ok: false,
      code: 'ROSTER_SIGNER_UNKNOWN',
    });
    expect(verifySignoffFile(genuine, { format: 'something else' })).toMatchObject({
      ok: false,
      code: 'INVALID_ROSTER',
    });
  });

  test('nobody signs as another account, the administrator included', async () => {
    const before = (app.deps.db.prepare('SELECT count(*) AS n FROM signoffs').get() as { n: number }).n;
    const refused = expectError(
      await app.call(admin, 'signoffs.sign', {
        documentId,
        versionId,
        opinion: 'agree',
        text: '同意。',
        password: ADMIN.password,
        signerId: counselAccount.id,
      }),
      'FORBIDDEN',
    );
    expect(refused.message).toContain('他人名义');
    expect((app.deps.db.prepare('SELECT count(*) AS n FROM signoffs').get() as { n: number }).n).toBe(before);
    const own = expectOk(
      await app.call(admin, 'signoffs.sign', {
        documentId,
        versionId,
        opinion: 'agree',
        text: '同意。',
        password: ADMIN.password,
        signerId: adminAccount.id,
      }),
    );
    expect(own.signerId).toBe(adminAccount.id);
  });
});

describe('a password reset', () => {
  let oldKey: StoredKeyPair;
  let beforeReset: SignoffFile;

  beforeAll(async () => {
    app.clock.set('2026-03-04T02:00:00.000Z');
    beforeReset = await signAndExport(counsel, '同意，签于重置密码之前。');
    const key = findSigningKey(app.deps.db, counselAccount.id);
    if (!key) throw new Error('counsel has no key');
    oldKey = key;
    app.clock.set('2026-03-05T02:00:00.000Z');
    expectOk(
      await app.call(admin, 'users.resetPassword', { id: counselAccount.id, password: 'reset-password-2' }),
    );
    app.clock.set('2026-03-05T03:00:00.000Z');
    expectOk(await app.call(admin, 'keyRoster.sign', { password: ADMIN.password }));
  });

  test('keeps the old key in the roster, ended, and records the replacement with both fingerprints', async () => {
    const roster = expectOk(await app.call(admin, 'keyRoster.get', {}));
    const keys = roster.entries.filter((entry) => entry.accountId === counselAccount.id);
    expect(keys.map((k) => [k.validUntil, k.endedBy])).toEqual([
      ['2026-03-05T02:00:00.000Z', 'replaced'],
      [null, null],
    ]);
    const audit = app.deps.db
      .prepare("SELECT detail, actor_name FROM audit_log WHERE action = 'signingKeys.replace'")
      .all() as { detail: string; actor_name: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({
      oldFingerprint: keys[0]?.fingerprint,
      newFingerprint: keys[1]?.fingerprint,
    });
    expect(audit[0]?.actor_name).toBe(ADMIN.displayName);
  });

  test('what the old key signed before the reset still verifies, against the newer roster too', async () => {
    const latest = JSON.parse(
      Buffer.from(expectOk(await app.call(counsel, 'keyRoster.export', {})).data, 'base64').toString('utf8'),
    ) as SignedRoster;
    const verdict = verifySignoffFile(beforeReset, latest);
    if (!verdict.ok) expect.fail(verdict.reason);
    expect(verdict.signer.validUntil).toBe('2026-03-05T02:00:00.000Z');
  });

  test('a signature made with the replaced key after the reset is refused', async () => {
    const latest = JSON.parse(
      Buffer.from(expectOk(await app.call(counsel, 'keyRoster.export', {})).data, 'base64').toString('utf8'),
    ) as SignedRoster;
    const late = withStoredKey(
      oldKey,
      DEFAULT_PASSWORD,
      payloadNaming(counselAccount, '2026-03-06T02:00:00.000Z'),
      latest,
    );
    const verdict = verifySignoffFile(late);
    expect(verdict).toMatchObject({ ok: false, code: 'KEY_NOT_VALID' });
    expect(verdict.ok ? '' : verdict.reason).toContain('签署时不是签名人的有效密钥');
  });

  test('the counsel signs with the new key, which the new roster places', async () => {
    app.clock.set('2026-03-06T02:00:00.000Z');
    const session = await signIn(app, 'counsel', 'reset-password-2');
    const signed = expectOk(
      await app.call(session, 'signoffs.sign', {
        documentId,
        versionId,
        opinion: 'agree',
        text: '同意。',
        password: 'reset-password-2',
      }),
    );
    const file = JSON.parse(
      Buffer.from(
        expectOk(await app.call(session, 'signoffs.export', { id: signed.id })).data,
        'base64',
      ).toString('utf8'),
    ) as SignoffFile;
    expect(file.publicKey).not.toBe(oldKey.publicKey);
    expect(verifySignoffFile(file).ok).toBe(true);
  });
});

test('deactivating an account revokes its key from then on; enabled again, it signs with a new key', async () => {
  const signer = await createUser(app, admin, 'leaving', ['reviewer']);
  app.clock.set('2026-03-07T02:00:00.000Z');
  expectOk(await app.call(admin, 'users.update', { id: signer.id, active: false }));
  const ended = expectOk(await app.call(admin, 'keyRoster.get', {})).entries.find(
    (e) => e.accountId === signer.id,
  );
  expect(ended).toMatchObject({ validUntil: '2026-03-07T02:00:00.000Z', endedBy: 'revoked' });
  expectOk(await app.call(admin, 'users.update', { id: signer.id, active: true }));
  const session = await signIn(app, 'leaving');
  expect(expectOk(await app.call(session, 'signingKeys.getOwn', {}))).toBeNull();
  app.clock.set('2026-03-08T02:00:00.000Z');
  const signed = expectOk(
    await app.call(session, 'signoffs.sign', {
      documentId,
      versionId,
      opinion: 'agree',
      text: '同意。',
      password: DEFAULT_PASSWORD,
    }),
  );
  expect(signed.keyFingerprint).not.toBe(ended?.fingerprint);
  expect(expectOk(await app.call(session, 'signingKeys.getOwn', {}))?.fingerprint).toBe(
    signed.keyFingerprint,
  );
});
