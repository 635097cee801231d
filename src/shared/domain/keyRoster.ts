import type { RosterEntry, SignedRoster } from '../api/schemas/signing';
import { canonicalJson } from './canonicalJson';

/** A fingerprint as people compare it: groups of four hex digits (`3f2a 9c01 …`). */
export function groupFingerprint(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ');
}

/** What the administrator's signature covers: every member of the roster file but the signature. */
export function rosterSigningPayload({ signature: _omit, ...roster }: SignedRoster): string {
  return canonicalJson(roster);
}

/** A key is valid for a signature made from its start up to (not including) the moment it ended. */
export function keyValidAt(entry: Pick<RosterEntry, 'validFrom' | 'validUntil'>, at: string): boolean {
  const time = Date.parse(at);
  if (Number.isNaN(time) || time < Date.parse(entry.validFrom)) return false;
  return entry.validUntil === null || time < Date.parse(entry.validUntil);
}

/** Two rosters list the same keys with the same validity (whether a signed roster is still current). */
export function sameRosterEntries(a: readonly RosterEntry[], b: readonly RosterEntry[]): boolean {
  const key = (entries: readonly RosterEntry[]) =>
    canonicalJson([...entries].sort((x, y) => x.fingerprint.localeCompare(y.fingerprint)));
  return key(a) === key(b);
}
