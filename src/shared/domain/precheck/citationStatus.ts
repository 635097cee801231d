import type { Citation } from '../citations';
import type { LawEntry } from '../laws';
import { report, type ScanContext, type ScannedBlock } from './scan';

/**
 * A cited regulation the library holds as in force but whose validity its sources leave open (效力存疑)
 * or partly superseded (部分失效): reported, so the reviewer checks it before relying on it.
 */
export function checkDoubtful(
  context: ScanContext,
  scanned: ScannedBlock,
  cited: Citation,
  law: LawEntry,
): void {
  if (!law.doubt) return;
  report(
    context,
    'citation.doubtful',
    scanned,
    cited.start,
    cited.titleEnd,
    `《${law.title}》${law.doubt.kind}：${law.doubt.reason}。请核对其现行效力后再作为依据引用。`,
  );
}
