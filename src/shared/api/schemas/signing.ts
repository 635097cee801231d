import { z } from 'zod';

export const KEY_END_REASONS = ['replaced', 'revoked'] as const;

/** One key in the roster (密钥名册): whose it was, the roles they held and when it was valid. */
export const RosterEntry = z.object({
  /** SHA-256 of the raw public key, lowercase hex. */
  fingerprint: z.string(),
  accountId: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** The account's roles when the key was made (strings: a file may come from a newer version). */
  roles: z.array(z.string()),
  /** SPKI DER, base64. */
  publicKey: z.string(),
  validFrom: z.string(),
  /** Null while the key is current. */
  validUntil: z.string().nullable(),
  endedBy: z.enum(KEY_END_REASONS).nullable(),
});
export type RosterEntry = z.infer<typeof RosterEntry>;

export const ROSTER_FORMAT = 'normdesk-key-roster/1';

/**
 * The roster as exported: signed by an administrator's key over the canonical JSON of every other member.
 * It travels inside each exported sign-off file and can be exported alone.
 */
export const SignedRoster = z.object({
  format: z.literal(ROSTER_FORMAT),
  agencyName: z.string(),
  exportedAt: z.string(),
  signerFingerprint: z.string(),
  entries: z.array(RosterEntry),
  /** Ed25519, base64. */
  signature: z.string(),
});
export type SignedRoster = z.infer<typeof SignedRoster>;

export const KeyRosterView = z.object({
  entries: z.array(RosterEntry),
  /** The roster the administrator last signed: it goes out with sign-off files. */
  lastSigned: z
    .object({
      signedAt: z.string(),
      signerName: z.string(),
      signerFingerprint: z.string(),
      /** It names every key the roster holds now, with the same end. */
      current: z.boolean(),
    })
    .nullable(),
});
export type KeyRosterView = z.infer<typeof KeyRosterView>;

/** The signed-in account's current key, if it has one. */
export const OwnSigningKey = z
  .object({ fingerprint: z.string(), validFrom: z.string(), publicKey: z.string() })
  .nullable();
export type OwnSigningKey = z.infer<typeof OwnSigningKey>;

export const SignRosterInput = z.object({
  /** The administrator's password: it unlocks their signing key. */
  password: z.string().min(1, '请输入密码以签发名册').max(128),
});
