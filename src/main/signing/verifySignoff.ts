import { SignedRoster, type RosterEntry } from '../../shared/api/schemas/signing';
import { keyValidAt, rosterSigningPayload } from '../../shared/domain/keyRoster';
import { keyFingerprint, verifyPayload } from './keys';

/** Why a sign-off file is refused; each code has its Chinese reason. */
export const REFUSALS = {
  BAD_SIGNATURE: '签名无效：内容或签名已被改动。',
  NO_ROSTER: '无法确认签名人：文件未附密钥名册，请用 --roster 指定本机关签发的密钥名册。',
  INVALID_ROSTER: '密钥名册格式不正确，无法使用。',
  ROSTER_SIGNER_UNKNOWN: '密钥名册的签发密钥不在名册中，名册不可信。',
  ROSTER_SIGNER_NOT_ADMIN: '密钥名册不是由管理员密钥签发的，名册不可信。',
  ROSTER_BAD_SIGNATURE: '密钥名册的签名无效：名册已被改动或不是由所列管理员签发。',
  KEY_UNKNOWN: '签名所用的密钥不在密钥名册中，无法确认签名人，可能是伪造的签名。',
  KEY_OTHER_ACCOUNT: '签名所用的密钥属于另一账号，与文件所署签名人不符。',
  KEY_NOT_VALID: '签名所用的密钥在签署时不是签名人的有效密钥。',
} as const;
export type RefusalCode = keyof typeof REFUSALS;

/** What the signed payload of a sign-off says (normdesk-signoff/1). */
export interface SignoffPayload {
  documentTitle?: string;
  versionSeq?: number;
  contentHash?: string;
  opinion?: string;
  signer?: { id?: string; name?: string; role?: string };
  signedAt?: string;
}

export interface PlacedKey {
  accountId: string;
  name: string;
  username: string;
  roles: string[];
  fingerprint: string;
  validFrom: string;
  validUntil: string | null;
}

export interface RosterSummary {
  agencyName: string;
  exportedAt: string;
  signerName: string;
  signerFingerprint: string;
}

export type SignoffVerdict =
  | { ok: true; payload: SignoffPayload; signer: PlacedKey; roster: RosterSummary }
  | {
      ok: false;
      code: RefusalCode;
      reason: string;
      payload: SignoffPayload;
      fingerprint: string | null;
      key?: PlacedKey;
      roster?: RosterSummary;
    };

/** A roster entry as a verdict names the key's holder. */
export function placed(entry: RosterEntry): PlacedKey {
  return {
    accountId: entry.accountId,
    name: entry.displayName,
    username: entry.username,
    roles: entry.roles,
    fingerprint: entry.fingerprint,
    validFrom: entry.validFrom,
    validUntil: entry.validUntil,
  };
}

/**
 * A roster is trusted when its signature holds for the key it names as its signer, and that key is in
 * the roster itself, made for an administrator and valid when the roster was signed. Whether that
 * administrator key is the agency's own is for the reader to compare (the fingerprint is shown).
 */
export function verifyRoster(
  raw: unknown,
): { ok: true; roster: SignedRoster; summary: RosterSummary } | { ok: false; code: RefusalCode } {
  const parsed = SignedRoster.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'INVALID_ROSTER' };
  const roster = parsed.data;
  const admin = roster.entries.find((entry) => entry.fingerprint === roster.signerFingerprint);
  if (!admin || fingerprintOf(admin.publicKey) !== admin.fingerprint)
    return { ok: false, code: 'ROSTER_SIGNER_UNKNOWN' };
  if (!admin.roles.includes('admin') || !keyValidAt(admin, roster.exportedAt))
    return { ok: false, code: 'ROSTER_SIGNER_NOT_ADMIN' };
  if (!verifyPayload(admin.publicKey, rosterSigningPayload(roster), roster.signature))
    return { ok: false, code: 'ROSTER_BAD_SIGNATURE' };
  return {
    ok: true,
    roster,
    summary: {
      agencyName: roster.agencyName,
      exportedAt: roster.exportedAt,
      signerName: admin.displayName,
      signerFingerprint: admin.fingerprint,
    },
  };
}

/**
 * Checks an exported sign-off: the signature over its payload, then whose key made it according to the
 * roster (the one given, else the one the file carries): the key must be listed, belong to the account
 * the payload names and be valid at the signing time.
 */
export function verifySignoffFile(
  file: { payload: string; signature: string; publicKey: string; roster?: unknown },
  givenRoster?: unknown,
): SignoffVerdict {
  let payload: SignoffPayload = {};
  try {
    payload = JSON.parse(file.payload) as SignoffPayload;
  } catch {
    // An unreadable payload cannot carry a valid signature either; reported below.
  }
  const fingerprint = fingerprintOf(file.publicKey);
  const refuse = (code: RefusalCode, extra: { key?: PlacedKey; roster?: RosterSummary } = {}) => ({
    ok: false as const,
    code,
    reason: REFUSALS[code],
    payload,
    fingerprint,
    ...extra,
  });
  if (!verifyPayload(file.publicKey, file.payload, file.signature)) return refuse('BAD_SIGNATURE');
  const rosterRaw = givenRoster ?? file.roster;
  if (rosterRaw === undefined || rosterRaw === null) return refuse('NO_ROSTER');
  const trusted = verifyRoster(rosterRaw);
  if (!trusted.ok) return refuse(trusted.code);
  const roster = trusted.summary;
  const entry = trusted.roster.entries.find((candidate) => candidate.fingerprint === fingerprint);
  if (!entry || entry.publicKey !== file.publicKey) return refuse('KEY_UNKNOWN', { roster });
  const key = placed(entry);
  if (entry.accountId !== payload.signer?.id) return refuse('KEY_OTHER_ACCOUNT', { key, roster });
  if (!keyValidAt(entry, payload.signedAt ?? '')) return refuse('KEY_NOT_VALID', { key, roster });
  return { ok: true, payload, signer: key, roster };
}

function fingerprintOf(publicKey: string): string | null {
  try {
    return keyFingerprint(publicKey);
  } catch {
    return null;
  }
}
