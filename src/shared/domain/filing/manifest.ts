import type { FilingManifest } from '../../api/schemas/filingPackage';
import { canonicalJson } from '../canonicalJson';

/** What the preparer's signature covers: every member of the manifest but the signature. */
export function manifestSigningPayload({ signature: _omit, ...manifest }: FilingManifest): string {
  return canonicalJson(manifest);
}

/**
 * manifest.json as written into the package: keys sorted, two-space indent, final newline. It is a
 * function of the manifest alone, so a verifier can tell a changed byte (even whitespace) from the file.
 */
export function renderManifest(manifest: FilingManifest): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(manifest)), null, 2)}\n`;
}
