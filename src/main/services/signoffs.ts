import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { Signoff } from '../../shared/api/schemas/review';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import * as signoffs from '../db/repos/signoffs';
import type { SignoffRecord } from '../db/repos/signoffs';
import { findVersion, latestVersionId } from '../db/repos/versions';
import type { Deps } from '../deps';
import { keyFingerprint, verifyPayload } from '../signing/keys';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { signAsAccount, signedRosterForExport } from './signingKeys';

/**
 * Signs an opinion on an exact version: the signature covers the version's content hash, the opinion,
 * the signer and the time. The password is asked again; it unlocks the signing key.
 */
export function signSignoff(ctx: ServiceContext, input: ParsedInput<'signoffs.sign'>): Signoff {
  const actor = requireAccount(ctx);
  const document = mustFindDocument(ctx, input.documentId);
  const version = findVersion(ctx.db, input.versionId);
  if (!version || version.documentId !== document.id)
    throw new DomainError('NOT_FOUND', '要签署的版本不存在。');
  if (input.signerId !== undefined && input.signerId !== actor.id) {
    throw new DomainError('FORBIDDEN', '不能以他人名义签署。');
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
  const { signature, key } = signAsAccount(ctx, actor.id, input.password, payload);
  const signoff: SignoffRecord = {
    id: ctx.ids.next(),
    documentId: document.id,
    versionId: version.id,
    contentHash: version.contentHash,
    signerId: actor.id,
    signerName: actor.displayName,
    signerRole: role,
    opinion: input.opinion,
    text: input.text,
    signedAt,
    payload,
    signature,
    publicKey: key.publicKey,
  };
  signoffs.insertSignoff(ctx.db, signoff);
  ctx.describeChange({
    targetType: 'signoffs',
    targetId: signoff.id,
    detail: {
      documentId: document.id,
      versionId: version.id,
      contentHash: version.contentHash,
      opinion: input.opinion,
    },
  });
  return toSignoff(ctx, signoff, latestVersionId(ctx.db, document.id));
}

/**
 * Valid: the signature holds for the stored payload, the payload says what the row says, and the signed
 * version still has the hash that was signed. Stale: the document has a newer version since.
 */
function toSignoff(deps: Deps, signoff: SignoffRecord, latest: string | null): Signoff {
  const version = findVersion(deps.db, signoff.versionId);
  const payload = JSON.parse(signoff.payload) as {
    contentHash?: string;
    opinion?: string;
    text?: string;
    versionId?: string;
  };
  const valid =
    verifyPayload(signoff.publicKey, signoff.payload, signoff.signature) &&
    payload.contentHash === signoff.contentHash &&
    payload.opinion === signoff.opinion &&
    payload.text === signoff.text &&
    payload.versionId === signoff.versionId &&
    version?.contentHash === signoff.contentHash;
  return {
    id: signoff.id,
    documentId: signoff.documentId,
    versionId: signoff.versionId,
    versionSeq: version?.seq ?? 0,
    versionLabel: version?.label ?? '',
    contentHash: signoff.contentHash,
    signerId: signoff.signerId,
    signerName: signoff.signerName,
    signerRole: signoff.signerRole,
    opinion: signoff.opinion,
    text: signoff.text,
    signedAt: signoff.signedAt,
    keyFingerprint: keyFingerprint(signoff.publicKey),
    valid,
    stale: latest !== null && latest !== signoff.versionId,
  };
}

export function listSignoffs(deps: Deps, input: ParsedInput<'signoffs.list'>): Signoff[] {
  mustFindDocument(deps, input.documentId);
  const latest = latestVersionId(deps.db, input.documentId);
  return signoffs.listSignoffs(deps.db, input.documentId).map((signoff) => toSignoff(deps, signoff, latest));
}

/**
 * A file that verifies offline: the payload as signed, the signature, the signer's public key and its
 * fingerprint, and the key roster the administrator last signed, so whoever holds the file alone can
 * tell whose key made the signature.
 */
export function exportSignoff(ctx: ServiceContext, input: ParsedInput<'signoffs.export'>) {
  const signoff = signoffs.findSignoff(ctx.db, input.id);
  if (!signoff) throw new DomainError('NOT_FOUND', '签署记录不存在。');
  const file = {
    format: 'normdesk-signoff/1',
    payload: signoff.payload,
    signature: signoff.signature,
    publicKey: signoff.publicKey,
    signerFingerprint: keyFingerprint(signoff.publicKey),
    roster: signedRosterForExport(ctx) ?? undefined,
  };
  return {
    fileName: `签署意见-${signoff.signerName}-${signoff.signedAt.slice(0, 10)}.json`,
    mediaType: 'application/json',
    data: Buffer.from(JSON.stringify(file, null, 2), 'utf8').toString('base64'),
  };
}
