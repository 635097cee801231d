import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { FilingManifest, MANIFEST_FILE } from '../../shared/api/schemas/filingPackage';
import { manifestSigningPayload, renderManifest } from '../../shared/domain/filing/manifest';
import { keyValidAt } from '../../shared/domain/keyRoster';
import { keyFingerprint, verifyPayload } from './keys';
import {
  placed,
  REFUSALS as SIGNOFF_REFUSALS,
  verifyRoster,
  type PlacedKey,
  type RosterSummary,
} from './verifySignoff';

/** Why a filing package is refused; `entry` names the file concerned where there is one. */
export const PACKAGE_PROBLEMS = {
  NOT_A_ZIP: '文件不是可读的 .zip 材料包，可能已损坏或被改动。',
  NO_MANIFEST: '材料包中没有 manifest.json。',
  MANIFEST_INVALID: 'manifest.json 不是本系统生成的材料清单。',
  MANIFEST_ALTERED: 'manifest.json 的内容被改动过（与签名时的写法不一致）。',
  ENTRY_MISSING: '清单中列出的文件在材料包中不存在。',
  ENTRY_UNREADABLE: '文件无法解压，内容已被改动。',
  ENTRY_SIZE: '文件大小与清单不符，内容已被改动。',
  ENTRY_HASH: '文件的 SHA-256 与清单不符，内容已被改动。',
  ENTRY_EXTRA: '材料包中有清单未列出的文件。',
  KEY_MISMATCH: '清单所附公钥与其指纹不符。',
  ...SIGNOFF_REFUSALS,
  BAD_SIGNATURE: '清单的签名无效：清单已被改动或签名不是由所附密钥作出。',
} as const;
export type PackageProblemCode = keyof typeof PACKAGE_PROBLEMS;

export interface PackageProblem {
  code: PackageProblemCode;
  reason: string;
  entry?: string;
}

export interface PackageVerdict {
  ok: boolean;
  problems: PackageProblem[];
  manifest: Pick<
    FilingManifest,
    'document' | 'reportNumber' | 'recipients' | 'preparedAt' | 'preparedBy'
  > | null;
  files: number;
  /** The preparer's key as the roster places it, when the roster holds it. */
  signer: PlacedKey | null;
  roster: RosterSummary | null;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function problem(code: PackageProblemCode, entry?: string): PackageProblem {
  return { code, reason: PACKAGE_PROBLEMS[code], ...(entry !== undefined ? { entry } : {}) };
}

function fingerprintOf(publicKey: string): string | null {
  try {
    return keyFingerprint(publicKey);
  } catch {
    return null;
  }
}

/**
 * Checks a filing package offline: every entry against the manifest (missing, extra, size, SHA-256), the
 * manifest's bytes, its Ed25519 signature, and whose key made it according to a signed key roster — the
 * one given (the office's own export) or else the one the manifest carries, whose own signature must
 * hold. A key the roster does not hold is refused, whatever the file says about it.
 */
export async function verifyFilingPackage(zipBytes: Buffer, givenRoster?: unknown): Promise<PackageVerdict> {
  const verdict: PackageVerdict = {
    ok: false,
    problems: [],
    manifest: null,
    files: 0,
    signer: null,
    roster: null,
  };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipBytes);
  } catch {
    verdict.problems.push(problem('NOT_A_ZIP'));
    return verdict;
  }
  const entries = new Map(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map((file) => [file.name, file] as const),
  );
  const manifestEntry = entries.get(MANIFEST_FILE);
  if (!manifestEntry) {
    verdict.problems.push(problem('NO_MANIFEST'));
    return verdict;
  }
  let raw: string;
  let manifest: FilingManifest;
  try {
    raw = await manifestEntry.async('string');
    const parsed = FilingManifest.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new Error('invalid manifest');
    manifest = parsed.data;
  } catch {
    verdict.problems.push(problem('MANIFEST_INVALID', MANIFEST_FILE));
    return verdict;
  }
  const { document, reportNumber, recipients, preparedAt, preparedBy } = manifest;
  verdict.manifest = { document, reportNumber, recipients, preparedAt, preparedBy };
  verdict.files = manifest.files.length;
  if (raw !== renderManifest(manifest)) verdict.problems.push(problem('MANIFEST_ALTERED', MANIFEST_FILE));

  for (const listed of manifest.files) {
    const entry = entries.get(listed.name);
    if (!entry) {
      verdict.problems.push(problem('ENTRY_MISSING', listed.name));
      continue;
    }
    let data: Buffer;
    try {
      data = await entry.async('nodebuffer');
    } catch {
      verdict.problems.push(problem('ENTRY_UNREADABLE', listed.name));
      continue;
    }
    if (data.length !== listed.size) verdict.problems.push(problem('ENTRY_SIZE', listed.name));
    else if (sha256(data) !== listed.sha256) verdict.problems.push(problem('ENTRY_HASH', listed.name));
  }
  const listedNames = new Set(manifest.files.map((file) => file.name));
  for (const name of entries.keys()) {
    if (name !== MANIFEST_FILE && !listedNames.has(name)) verdict.problems.push(problem('ENTRY_EXTRA', name));
  }

  const fingerprint = fingerprintOf(manifest.signer.publicKey);
  if (fingerprint !== manifest.signer.fingerprint)
    verdict.problems.push(problem('KEY_MISMATCH', MANIFEST_FILE));
  else if (!verifyPayload(manifest.signer.publicKey, manifestSigningPayload(manifest), manifest.signature))
    verdict.problems.push(problem('BAD_SIGNATURE', MANIFEST_FILE));

  const rosterRaw = givenRoster ?? manifest.roster;
  if (rosterRaw === undefined || rosterRaw === null) verdict.problems.push(problem('NO_ROSTER'));
  else {
    const trusted = verifyRoster(rosterRaw);
    if (!trusted.ok) verdict.problems.push(problem(trusted.code));
    else {
      verdict.roster = trusted.summary;
      const entry = trusted.roster.entries.find((candidate) => candidate.fingerprint === fingerprint);
      if (!entry || entry.publicKey !== manifest.signer.publicKey)
        verdict.problems.push(problem('KEY_UNKNOWN'));
      else {
        verdict.signer = placed(entry);
        if (entry.accountId !== preparedBy.id) verdict.problems.push(problem('KEY_OTHER_ACCOUNT'));
        else if (!keyValidAt(entry, preparedAt)) verdict.problems.push(problem('KEY_NOT_VALID'));
      }
    }
  }
  verdict.ok = verdict.problems.length === 0;
  return verdict;
}
