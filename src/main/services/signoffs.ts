import type { z } from 'zod';
import type { Account } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { SignInput, Signoff } from '../../shared/api/schemas/review';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import type { HandlerContext } from '../api/context';
import { requireAccount } from '../api/context';
import {
  findSigningKey,
  findSignoff,
  insertSignoff,
  listSignoffs,
  putSigningKey,
  reencryptSigningKey,
  type SignoffRow,
} from '../db/repos/signing';
import { findUserById } from '../db/repos/users';
import { findVersionContent, findVersionSummary, latestVersionId } from '../db/repos/versions';
import type { Deps } from '../deps';
import {
  generateSigningKey,
  reencryptSigningKey as reencrypt,
  signPayload,
  verifyPayload,
} from '../signing/keys';
import { mustFindDocument } from './drafting';
import { verifyPassword } from './passwords';

const SIGNER_ROLES = ['counsel', 'reviewer'] as const;

/** Accounts that may sign get their key pair when they are created (DESIGN §6.6). */
export function createSigningKeyIfSigner(deps: Deps, account: Account, password: string): void {
  if (!account.roles.some((role) => (SIGNER_ROLES as readonly string[]).includes(role))) return;
  putSigningKey(deps.db, account.id, generateSigningKey(password), deps.clock.now().toISOString());
}

/** A password change re-encrypts the key; an administrator's reset (old password unknown) replaces it. */
export function onPasswordChanged(
  deps: Deps,
  userId: string,
  oldPassword: string | null,
  newPassword: string,
): void {
  const key = findSigningKey(deps.db, userId);
  if (!key) return;
  if (oldPassword === null) {
    putSigningKey(deps.db, userId, generateSigningKey(newPassword), deps.clock.now().toISOString());
  } else {
    reencryptSigningKey(deps.db, userId, reencrypt(key, oldPassword, newPassword).encryptedPrivateKey);
  }
}

/**
 * Signs an opinion on an exact version: the signature covers the version's content hash, the opinion,
 * the signer and the time. The password is asked again; it unlocks the signing key.
 */
export function signOpinion(ctx: HandlerContext, input: z.output<typeof SignInput>): Signoff {
  const actor = requireAccount(ctx);
  const document = mustFindDocument(ctx, input.documentId);
  const version = findVersionContent(ctx.db, input.versionId);
  if (!version || version.documentId !== document.id)
    throw new DomainError('NOT_FOUND', '要签署的版本不存在。');
  const user = findUserById(ctx.db, actor.id);
  if (!user || !verifyPassword(input.password, user.passwordHash)) {
    throw new DomainError('BAD_CREDENTIALS', '密码不正确，未签署。');
  }
  let key = findSigningKey(ctx.db, actor.id);
  if (!key) {
    key = generateSigningKey(input.password);
    putSigningKey(ctx.db, actor.id, key, ctx.clock.now().toISOString());
  }
  const role = actor.roles.includes('counsel') ? 'counsel' : 'reviewer';
  const signedAt = ctx.clock.now().toISOString();
  const payload = canonicalJson({
    format: 'normdesk-signoff/1',
    documentId: document.id,
    documentTitle: document.title,
    versionId: version.id,
    versionSeq: version.seq,
    contentHash: version.contentHash,
    opinion: input.opinion,
    text: input.text,
    signer: { id: actor.id, name: actor.displayName, role },
    signedAt,
  });
  const row: SignoffRow = {
    id: ctx.ids.next(),
    document_id: document.id,
    version_id: version.id,
    content_hash: version.contentHash,
    signer_id: actor.id,
    signer_name: actor.displayName,
    signer_role: role,
    opinion: input.opinion,
    text: input.text,
    signed_at: signedAt,
    payload,
    signature: signPayload(key, input.password, payload),
    public_key: key.publicKey,
  };
  insertSignoff(ctx.db, row);
  ctx.audit.targetType = 'signoffs';
  ctx.audit.targetId = row.id;
  ctx.audit.detail = {
    documentId: document.id,
    versionId: version.id,
    contentHash: version.contentHash,
    opinion: input.opinion,
  };
  return toSignoff(ctx, row, latestVersionId(ctx.db, document.id));
}

/**
 * Valid: the signature holds for the stored payload, the payload says what the row says, and the signed
 * version still has the hash that was signed. Stale: the document has a newer version since.
 */
function toSignoff(deps: Deps, row: SignoffRow, latest: string | null): Signoff {
  const version = findVersionSummary(deps.db, row.document_id, row.version_id);
  const payload = JSON.parse(row.payload) as {
    contentHash?: string;
    opinion?: string;
    text?: string;
    versionId?: string;
  };
  const valid =
    verifyPayload(row.public_key, row.payload, row.signature) &&
    payload.contentHash === row.content_hash &&
    payload.opinion === row.opinion &&
    payload.text === row.text &&
    payload.versionId === row.version_id &&
    findVersionContent(deps.db, row.version_id)?.contentHash === row.content_hash;
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    versionSeq: version?.seq ?? 0,
    versionLabel: version?.label ?? '',
    contentHash: row.content_hash,
    signerId: row.signer_id,
    signerName: row.signer_name,
    signerRole: row.signer_role,
    opinion: row.opinion,
    text: row.text,
    signedAt: row.signed_at,
    valid,
    stale: latest !== null && latest !== row.version_id,
  };
}

export function signoffsOf(deps: Deps, documentId: string): Signoff[] {
  mustFindDocument(deps, documentId);
  const latest = latestVersionId(deps.db, documentId);
  return listSignoffs(deps.db, documentId).map((row) => toSignoff(deps, row, latest));
}

/** A file that verifies offline: the payload as signed, the signature and the signer's public key. */
export function exportSignature(deps: Deps, id: string) {
  const row = findSignoff(deps.db, id);
  if (!row) throw new DomainError('NOT_FOUND', '签署记录不存在。');
  const file = {
    format: 'normdesk-signoff/1',
    payload: row.payload,
    signature: row.signature,
    publicKey: row.public_key,
  };
  return {
    fileName: `签署意见-${row.signer_name}-${row.signed_at.slice(0, 10)}.json`,
    mediaType: 'application/json',
    data: Buffer.from(JSON.stringify(file, null, 2), 'utf8').toString('base64'),
  };
}
