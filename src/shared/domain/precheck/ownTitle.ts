import type { Citation } from '../citations';
import { lawKey } from '../laws';
import { sentenceAround, type ScanContext, type ScannedBlock } from './scan';

/**
 * The text's own title, as a 印发通知 names what it issues: 现将《某区统计数据质量管理办法》印发给你们,
 * 《…》已经局务会议审议通过，现予印发; or the title line of the issued document itself. It is not a
 * citation of another instrument, so the library not holding it says nothing.
 */
const ISSUED_BEFORE = /(?:现将|现印发|现予印发|现发布|现公布|特制定|研究制定了?|制定了|修订了?|修订形成)$/;
const ISSUED_AFTER =
  /^(?:（[^）]*）)?[^。；《》]{0,40}?(?:印发给|现予(?:以)?(?:印发|发布|公布)|予以(?:印发|发布|公布)|现印发|现发布|现公布)/;

const cache = new WeakMap<ScanContext, Set<string>>();

export function ownTitles(context: ScanContext): ReadonlySet<string> {
  const cached = cache.get(context);
  if (cached) return cached;
  const titles = new Set<string>();
  if (context.title) titles.add(lawKey(context.title));
  // 关于印发《…》的通知: the issued document's title sits inside the notice's title.
  for (const match of context.title.matchAll(/《([^》]+)》/g)) if (match[1]) titles.add(lawKey(match[1]));
  for (const scanned of context.blocks) {
    const line = scanned.text.trim();
    // The title line of the issued document (an attachment heading), not a sentence.
    if (scanned.role === 'title' || (line.length <= 40 && !/[，。；：]/.test(line))) titles.add(lawKey(line));
  }
  cache.set(context, titles);
  return titles;
}

/** A citation of the document's own title, or the sentence that issues the cited text. */
export function isOwnTitle(titles: ReadonlySet<string>, scanned: ScannedBlock, cited: Citation): boolean {
  if (titles.has(lawKey(cited.title))) return true;
  const [start, end] = sentenceAround(scanned, cited.start);
  const before = scanned.text.slice(start, cited.start).trim();
  const after = scanned.text.slice(cited.titleEnd, end);
  return ISSUED_BEFORE.test(before) || ISSUED_AFTER.test(after);
}
