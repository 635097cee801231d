import type { Account } from '../../shared/api';
import { DomainError } from '../../shared/api';
import {
  ROSTER_FORMAT,
  type KeyRosterView,
  type OwnSigningKey,
  type RosterEntry,
  type SignedRoster,
} from '../../shared/api/schemas/signing';
import { rosterSigningPayload, sameRosterEntries } from '../../shared/domain/keyRoster';
import { appendAudit } from '../db/repos/auditLog';
import * as roster from '../db/repos/signingKeyRoster';
import * as signedRosters from '../db/repos/signedRosters';
import { findSigningKey, putSigningKey, reencryptSigningKey } from '../db/repos/signingKeys';
import { findUserById } from '../db/repos/users';
import type { Deps } from '../deps';
import {
  generateSigningKey,
  keyFingerprint,
  reencryptSigningKey as reencrypt,
  signPayload,
  type StoredKeyPair,
} from '../signing/keys';
import { requireAccount, type ServiceContext } from './context';
import { verifyPassword } from './passwords';
import { getAgency } from './settings';

/**
 * Accounts that sign opinions hold a key from the start; an administrator without these roles gets one
 * when first signing the key roster.
 */
const KEY_HOLDER_ROLES = ['counsel', 'reviewer'] as const;

/** Audit actions written beside the channel's own entry: a key event is always its own record. */
export const KEY_AUDIT_ACTIONS = {
  issue: 'signingKeys.issue',
  replace: 'signingKeys.replace',
  revoke: 'signingKeys.revoke',
} as const;

function recordKeyEvent(
  ctx: ServiceContext,
  action: string,
  holder: Account,
  detail: Record<string, unknown>,
) {
  const actor = ctx.account ?? holder;
  appendAudit(ctx.db, {
    at: ctx.clock.now().toISOString(),
    actorId: actor.id,
    actorName: actor.displayName,
    action,
    targetType: 'users',
    targetId: holder.id,
    detail: { username: holder.username, ...detail },
  });
}

/** Makes a new key for the account, encrypted under `password`, and enters it in the roster. */
function issueKey(ctx: ServiceContext, holder: Account, password: string): RosterEntry {
  const key = generateSigningKey(password);
  const at = ctx.clock.now().toISOString();
  putSigningKey(ctx.db, holder.id, key, at);
  const entry: RosterEntry = {
    fingerprint: keyFingerprint(key.publicKey),
    accountId: holder.id,
    username: holder.username,
    displayName: holder.displayName,
    roles: [...holder.roles],
    publicKey: key.publicKey,
    validFrom: at,
    validUntil: null,
    endedBy: null,
  };
  roster.insertRosterEntry(ctx.db, entry);
  return entry;
}

/**
 * Accounts that may sign get their key pair when they are created (DESIGN §6.6); the creation's own
 * audit entry covers it, and the roster names the key.
 */
export function createSigningKeyIfSigner(ctx: ServiceContext, account: Account, password: string): void {
  if (!account.roles.some((role) => (KEY_HOLDER_ROLES as readonly string[]).includes(role))) return;
  issueKey(ctx, account, password);
}

/**
 * A password change re-encrypts the same key, so earlier signatures stay verifiable. An administrator's
 * reset (old password unknown) cannot unlock it: the key ends in the roster (kept, with the moment it
 * ended, for verifying what it signed before) and a new key is issued, recorded as its own audit entry
 * naming both fingerprints.
 */
export function onPasswordChanged(
  ctx: ServiceContext,
  holder: Account,
  oldPassword: string | null,
  newPassword: string,
): void {
  const key = findSigningKey(ctx.db, holder.id);
  if (!key) return;
  if (oldPassword !== null) {
    reencryptSigningKey(ctx.db, holder.id, reencrypt(key, oldPassword, newPassword).encryptedPrivateKey);
    return;
  }
  const ended = roster.endCurrentKey(ctx.db, holder.id, ctx.clock.now().toISOString(), 'replaced');
  const issued = issueKey(ctx, holder, newPassword);
  recordKeyEvent(ctx, KEY_AUDIT_ACTIONS.replace, holder, {
    reason: '管理员重置密码',
    oldFingerprint: ended?.fingerprint ?? keyFingerprint(key.publicKey),
    newFingerprint: issued.fingerprint,
  });
}

/**
 * A deactivated account's key stops being valid from now on (what it signed before still verifies). If
 * the account is enabled again, it gets a new key when it next signs.
 */
export function revokeSigningKey(ctx: ServiceContext, holder: Account): void {
  const ended = roster.endCurrentKey(ctx.db, holder.id, ctx.clock.now().toISOString(), 'revoked');
  if (ended)
    recordKeyEvent(ctx, KEY_AUDIT_ACTIONS.revoke, holder, {
      reason: '停用账号',
      fingerprint: ended.fingerprint,
    });
}

/**
 * The acting account's key, unlocked by its password. `accountId` must be the acting account: nobody,
 * the administrator included, signs in another account's name. An account without a current key (made
 * before it held a signing role) gets one now, entered in the roster and audited.
 */
function unlockOwnKey(
  ctx: ServiceContext,
  accountId: string,
  password: string,
): { stored: StoredKeyPair; entry: RosterEntry } {
  const actor = requireAccount(ctx);
  if (accountId !== actor.id) throw new DomainError('FORBIDDEN', '不能以他人名义签署。');
  const user = findUserById(ctx.db, actor.id);
  if (!user || !verifyPassword(password, user.passwordHash)) {
    throw new DomainError('BAD_CREDENTIALS', '密码不正确，未签署。');
  }
  const stored = findSigningKey(ctx.db, actor.id);
  const entry = roster.findCurrentKey(ctx.db, actor.id);
  if (stored && entry?.publicKey === stored.publicKey) return { stored, entry };
  if (entry) roster.endCurrentKey(ctx.db, actor.id, ctx.clock.now().toISOString(), 'revoked');
  const issued = issueKey(ctx, actor, password);
  recordKeyEvent(ctx, KEY_AUDIT_ACTIONS.issue, actor, { fingerprint: issued.fingerprint });
  return { stored: mustFindStoredKey(ctx, actor.id), entry: issued };
}

function mustFindStoredKey(deps: Deps, accountId: string): StoredKeyPair {
  const stored = findSigningKey(deps.db, accountId);
  if (!stored) throw new Error(`signing key of ${accountId} missing`);
  return stored;
}

/** Signs `payload` as `accountId` (the acting account only); returns the signature and the key's entry. */
export function signAsAccount(
  ctx: ServiceContext,
  accountId: string,
  password: string,
  payload: string,
): { signature: string; key: RosterEntry } {
  const { stored, entry } = unlockOwnKey(ctx, accountId, password);
  return { signature: signPayload(stored, password, payload), key: entry };
}

/**
 * Signs a payload that names the key signing it (a filing package's manifest carries its signer's
 * fingerprint and public key): the key is unlocked first, then the payload made from its roster entry.
 */
export function signNamingKey(
  ctx: ServiceContext,
  accountId: string,
  password: string,
  makePayload: (key: RosterEntry) => string,
): { signature: string; key: RosterEntry } {
  const { stored, entry } = unlockOwnKey(ctx, accountId, password);
  return { signature: signPayload(stored, password, makePayload(entry)), key: entry };
}

export function getOwnSigningKey(ctx: ServiceContext): OwnSigningKey {
  const entry = roster.findCurrentKey(ctx.db, requireAccount(ctx).id);
  return entry
    ? { fingerprint: entry.fingerprint, validFrom: entry.validFrom, publicKey: entry.publicKey }
    : null;
}

export function getKeyRoster(deps: Deps): KeyRosterView {
  const entries = roster.listRoster(deps.db);
  const last = signedRosters.latestSignedRoster(deps.db);
  const signer = last ? findUserById(deps.db, last.signerId) : null;
  return {
    entries,
    lastSigned: last
      ? {
          signedAt: last.signedAt,
          signerName: signer?.displayName ?? '',
          signerFingerprint: last.signerFingerprint,
          current: sameRosterEntries(last.roster.entries, entries),
        }
      : null,
  };
}

/**
 * The administrator signs the roster as it stands with their own key (DESIGN §6.6): the signed copy is
 * kept and goes out with every sign-off file until the next one.
 */
export function signKeyRoster(ctx: ServiceContext, input: { password: string }): KeyRosterView {
  const admin = requireAccount(ctx);
  // Unlocking may first issue the administrator's key, which then belongs in the roster it signs.
  let { stored, entry } = unlockOwnKey(ctx, admin.id, input.password);
  if (!entry.roles.includes('admin')) {
    // A verifier trusts a roster only when its signer's key was made as an administrator's.
    const ended = roster.endCurrentKey(ctx.db, admin.id, ctx.clock.now().toISOString(), 'replaced');
    entry = issueKey(ctx, admin, input.password);
    stored = mustFindStoredKey(ctx, admin.id);
    recordKeyEvent(ctx, KEY_AUDIT_ACTIONS.replace, admin, {
      reason: '成为管理员后签发名册',
      oldFingerprint: ended?.fingerprint ?? null,
      newFingerprint: entry.fingerprint,
    });
  }
  const unsigned: SignedRoster = {
    format: ROSTER_FORMAT,
    agencyName: getAgency(ctx).agencyName,
    exportedAt: ctx.clock.now().toISOString(),
    signerFingerprint: entry.fingerprint,
    entries: roster.listRoster(ctx.db),
    signature: '',
  };
  const signed: SignedRoster = {
    ...unsigned,
    signature: signPayload(stored, input.password, rosterSigningPayload(unsigned)),
  };
  signedRosters.insertSignedRoster(ctx.db, {
    id: ctx.ids.next(),
    signedAt: signed.exportedAt,
    signerId: admin.id,
    signerFingerprint: signed.signerFingerprint,
    roster: signed,
  });
  ctx.describeChange({
    targetType: 'signed_rosters',
    detail: { signerFingerprint: signed.signerFingerprint, entries: signed.entries.length },
  });
  return getKeyRoster(ctx);
}

/**
 * The roster the administrator last signed, as it goes into exported files (sign-offs now; filing
 * packages later). Null until an administrator has signed one.
 */
export function signedRosterForExport(deps: Deps): SignedRoster | null {
  return signedRosters.latestSignedRoster(deps.db)?.roster ?? null;
}

export function exportKeyRoster(deps: Deps) {
  const signed = signedRosterForExport(deps);
  if (!signed) throw new DomainError('INVALID_STATE', '密钥名册尚未由管理员签发，请先在设置中签发名册。');
  return {
    fileName: `密钥名册-${signed.agencyName}-${signed.exportedAt.slice(0, 10)}.json`,
    mediaType: 'application/json',
    data: Buffer.from(JSON.stringify(signed, null, 2), 'utf8').toString('base64'),
  };
}
