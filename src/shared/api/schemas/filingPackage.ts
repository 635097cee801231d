import { z } from 'zod';
import { ISSUER_LEVELS } from '../../domain/ruleCodes';
import { SignedRoster } from './signing';

const Recipients = z.array(z.string().trim().min(1).max(60)).max(10);

export const CheckFilingPackageInput = z.object({
  documentId: z.string().min(1),
  /** The recipients chosen; absent → the profile's suggestion for the issuer's level. */
  recipients: Recipients.optional(),
});

export const FilingPackageCheck = z.object({
  required: z.boolean(),
  issuerLevel: z.enum(ISSUER_LEVELS),
  issuerLevelLabel: z.string(),
  recipientOptions: z.array(
    z.object({ name: z.string(), issuers: z.array(z.enum(ISSUER_LEVELS)), suggested: z.boolean() }),
  ),
  recipients: z.array(z.string()),
  period: z.string().nullable(),
  due: z.string().nullable(),
  late: z.boolean(),
  dueWarnings: z.array(z.object({ message: z.string() })),
  materialsText: z.string(),
  source: z.string(),
  materials: z.array(
    z.object({ key: z.string(), label: z.string(), present: z.boolean(), note: z.string() }),
  ),
  gaps: z.array(z.string()),
  /** The 备案字号 the next build would give (another build in between takes it first). */
  nextReportNumber: z.string().nullable(),
  /** Versions to compare the 正式文本 with for the optional 修改对照表. */
  versions: z.array(z.object({ id: z.string(), seq: z.number().int(), label: z.string() })),
  issuedVersionId: z.string().nullable(),
  canOverride: z.boolean(),
});
export type FilingPackageCheck = z.infer<typeof FilingPackageCheck>;

export const BuildFilingPackageInput = z.object({
  documentId: z.string().min(1),
  recipients: Recipients.min(1, '请至少选择一个备案机关'),
  /** An earlier version: a 修改对照表 between it and the 正式文本 goes in the package. */
  comparisonBaseVersionId: z.string().min(1).optional(),
  /** Unlocks the preparer's signing key for the manifest's signature. */
  password: z.string().min(1, '请输入密码'),
  /** An administrator builds despite the named gaps; the reason is stored and audited. */
  overrideReason: z.string().trim().max(500).optional(),
});

export const FilingPackageSummary = z.object({
  id: z.string(),
  documentId: z.string(),
  reportNumber: z.string(),
  recipients: z.array(z.string()),
  fileName: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  files: z.array(z.object({ name: z.string(), size: z.number().int(), sha256: z.string() })),
  overrideReason: z.string(),
  builtAt: z.string(),
  builtByName: z.string(),
});
export type FilingPackageSummary = z.infer<typeof FilingPackageSummary>;

export const MANIFEST_FORMAT = 'normdesk-filing-package/1';
export const MANIFEST_FILE = 'manifest.json';

/** manifest.json: what the package holds, signed by the account that prepared it. */
export const FilingManifest = z.object({
  format: z.literal(MANIFEST_FORMAT),
  agencyName: z.string(),
  document: z.object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    issuingAuthority: z.string(),
    docNumber: z.string(),
    registrationNumber: z.string().nullable(),
    publishedOn: z.string(),
    effectiveOn: z.string(),
    validUntil: z.string().nullable(),
  }),
  reportNumber: z.string(),
  recipients: z.array(z.string()),
  filingDueOn: z.string().nullable(),
  files: z.array(z.object({ name: z.string(), size: z.number().int(), sha256: z.string() })),
  gaps: z.array(z.string()),
  overrideReason: z.string(),
  preparedAt: z.string(),
  preparedBy: z.object({ id: z.string(), username: z.string(), name: z.string() }),
  signer: z.object({ fingerprint: z.string(), publicKey: z.string() }),
  /** The agency's latest signed key roster; null when none was signed yet. */
  roster: SignedRoster.nullable(),
  /** Ed25519 over the canonical JSON of every other member. */
  signature: z.string(),
});
export type FilingManifest = z.infer<typeof FilingManifest>;
