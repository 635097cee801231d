import {
  addYears,
  DATE_SOURCE,
  daysBetween,
  findDates,
  formatChineseDate,
  readDate,
  type TextDate,
} from './dates';
import { parseChineseNumber } from '../structure/chineseNumerals';
import { report, sentenceAround, type ScanContext, type ScannedBlock } from './scan';
import type { ValidityLimit } from './types';

/**
 * Dates, 施行日, 有效期 and retroactivity. The numbers (30 days, 5 and 2 years) come from the options, which
 * a rule profile fills (RULES §1.8–1.9 are local rules).
 */

const EFFECT = new RegExp(
  `自(?:(发布|印发|公布|颁布|下发|签发|发文)之日|${DATE_SOURCE})起(?:施行|实施|执行|生效)`,
  'g',
);
/** A stated reason for immediate effect (RULES §1.8: 因灾情、疫情等紧急情况). */
const REASON = /因[^。；]{0,30}?(?:紧急|急需|疫情|灾情|突发)|情况紧急|紧急情况|不立即施行/;
/** 追溯执行 / 追溯至 / 溯及既往 — not 可追溯 or 追溯制度 (traceability of products). */
const RETROACTIVE = /追溯(?:至|到|执行|适用|实施|发放)|溯及既往/g;
const NOT_RETROACTIVE = /(?:不|不得|无|不予)$/;
const VALIDITY_YEARS = /有效期(?:限)?(?:为|是)?\s*([0-9０-９]+|[一二三四五六七八九十两]+)\s*年/;
const VALIDITY_UNTIL = new RegExp(`有效期(?:限)?(?:至|到|截至|截止(?:至|到)?)\\s*${DATE_SOURCE}`);
const EXPIRES_ON = new RegExp(`${DATE_SOURCE}(?:止)?(?:自动)?(?:失效|废止)`);
const LONG_TERM = /长期有效/;
/**
 * 本通知适用于2026年义务教育阶段招生入学工作: a text limited to the work of named years ends with that work,
 * which states its term (to the end of the last year named).
 */
const WORK_SCOPE = /本(?:通知|通告|公告|方案|意见|办法|措施)(?:仅)?适用于([^。；]{0,40}?)工作/;
const YEAR = /([0-9]{4})\s*年/g;
/** 自2026年12月1日起，…服务时间调整如下: the day a text's measures apply from, when it names no 施行 day. */
const MEASURES_FROM = new RegExp(`自${DATE_SOURCE}起(?!至)`);
const PROVISIONAL = /暂行|试行/;
const DATE_LINE = new RegExp(`^${DATE_SOURCE}(?:印发|发布)?$`);
const HAS_DATE = /年.{1,3}月.{1,3}日/;

interface Effect {
  scanned: ScannedBlock;
  start: number;
  end: number;
  /** 发布/印发/公布… when it takes effect on publication. */
  onPublication?: string;
  date?: TextDate;
}

/** The document's own 施行 clause: the last one in the text (附则 come last). */
function findEffect(context: ScanContext): Effect | undefined {
  for (let i = context.blocks.length - 1; i >= 0; i -= 1) {
    const scanned = context.blocks[i];
    if (!scanned || !/施行|实施|执行|生效/.test(scanned.text)) continue;
    let last: Effect | undefined;
    EFFECT.lastIndex = 0;
    for (let match = EFFECT.exec(scanned.text); match; match = EFFECT.exec(scanned.text)) {
      const end = match.index + match[0].length;
      last = { scanned, start: match.index, end };
      if (match[1]) last.onPublication = match[1];
      else {
        const date = readDate(match, 2, match.index, end);
        if (date) last.date = date;
      }
    }
    if (last) return last;
  }
  return undefined;
}

/** Publication date: the metadata, else the 成文日期 line at the end of the text. */
function publicationDate(context: ScanContext): string | undefined {
  if (context.document.publicationDate) return context.document.publicationDate;
  for (let i = context.blocks.length - 1; i >= 0; i -= 1) {
    const text = context.blocks[i]?.text.trim() ?? '';
    if (!DATE_LINE.test(text)) continue;
    return findDates(text)[0]?.iso;
  }
  return undefined;
}

export function checkDates(context: ScanContext): void {
  for (const scanned of context.blocks) {
    if (!HAS_DATE.test(scanned.text)) continue;
    for (const date of findDates(scanned.text)) {
      if (!date.iso) {
        report(
          context,
          'date.invalid',
          scanned,
          date.start,
          date.end,
          `${date.year}年${date.month}月${date.day}日不存在。`,
        );
      } else if (date.padded) {
        report(context, 'date.padded', scanned, date.start, date.end);
      }
    }
  }
}

function checkEffect(context: ScanContext, effect: Effect | undefined, published: string | undefined): void {
  if (!effect) return;
  const { scanned } = effect;
  const [sentenceStart] = sentenceAround(scanned, effect.start);
  const previous = context.blocks[scanned.index - 1]?.text ?? '';
  const reasoned = REASON.test(scanned.text) || REASON.test(previous);
  const min = context.options.minDaysToEffect;
  if (effect.onPublication) {
    if (reasoned || min <= 0) return;
    report(
      context,
      'effect.too_soon',
      scanned,
      sentenceStart,
      effect.end,
      `自${effect.onPublication}之日起施行，施行日距公布日不足${min}日，且未说明理由（如因紧急情况需要立即施行）。`,
    );
    return;
  }
  const effective = effect.date?.iso;
  if (!effective || !published) return;
  const days = daysBetween(published, effective);
  if (days < 0) {
    report(
      context,
      'effect.retroactive',
      scanned,
      effect.start,
      effect.end,
      `施行日${formatChineseDate(effective)}早于公布日${formatChineseDate(published)}。规范性文件不得溯及既往，有利于相对人的除外。`,
    );
  } else if (days < min && !reasoned) {
    report(
      context,
      'effect.too_soon',
      scanned,
      effect.start,
      effect.end,
      `施行日${formatChineseDate(effective)}距公布日${formatChineseDate(published)}仅${days}日，不足${min}日，且未说明理由。`,
    );
  }
}

function checkRetroactivePhrases(context: ScanContext): void {
  for (const scanned of context.blocks) {
    if (!/追溯|溯及/.test(scanned.text)) continue;
    RETROACTIVE.lastIndex = 0;
    for (let match = RETROACTIVE.exec(scanned.text); match; match = RETROACTIVE.exec(scanned.text)) {
      const before = scanned.text.slice(Math.max(0, match.index - 3), match.index);
      if (NOT_RETROACTIVE.test(before)) continue;
      report(context, 'effect.retroactive', scanned, match.index, match.index + match[0].length);
    }
  }
}

const THIS_DOCUMENT =
  /本(?:规定|办法|细则|意见|通知|通告|公告|决定|方案|规则|文件|制度|措施|指引|条例|标准|基准|清单)/;

/**
 * A validity statement about the document itself — in the sentence that names it (本办法有效期…), in the
 * 施行 clause's block, or opening the last article — not about a licence or a list the document
 * regulates (导游证的有效期限为3年, 选民资格长期有效).
 */
function aboutTheDocument(
  scanned: ScannedBlock,
  at: number,
  effect: Effect | undefined,
  lastArticle: number,
) {
  if (scanned === effect?.scanned) return true;
  const [start, end] = sentenceAround(scanned, at);
  if (THIS_DOCUMENT.test(scanned.text.slice(start, end))) return true;
  const opening = scanned.text
    .slice(start, at)
    .replace(/^\s*第[零〇一二两三四五六七八九十百千0-9]+条\s*/, '');
  return scanned.articleIndex === lastArticle && lastArticle >= 0 && opening.trim() === '';
}

/** The profile's term for this document when the options carry one, else the general or 暂行/试行 number. */
function validityLimit(context: ScanContext): ValidityLimit | null {
  const { options, title } = context;
  if (options.validityTerm) return options.validityTerm(title);
  return PROVISIONAL.test(title)
    ? { maxYears: options.provisionalMaxValidityYears, appliesTo: '名称冠以“暂行”“试行”的文件' }
    : { maxYears: options.maxValidityYears, appliesTo: '文件' };
}

function checkValidity(
  context: ScanContext,
  effect: Effect | undefined,
  published: string | undefined,
): void {
  const term = validityLimit(context);
  if (!term) return;
  const limit = term.maxYears;
  const kindText = term.appliesTo;
  let stated = false;
  const lastArticle = context.blocks.reduce(
    (last, scanned) => Math.max(last, scanned.articleIndex ?? -1),
    -1,
  );
  // Counted from 施行 when the text names the day, else from the day its measures apply, else from publication.
  const start = effect?.date?.iso ?? (effect ? undefined : measuresFrom(context)) ?? published;
  for (const scanned of context.blocks) {
    const scope = WORK_SCOPE.exec(scanned.text);
    const lastYear = scope
      ? Math.max(0, ...[...(scope[1] ?? '').matchAll(YEAR)].map((m) => Number(m[1])))
      : 0;
    if (scope && lastYear > 0) {
      stated = true;
      const end = `${lastYear}-12-31`;
      if (start && end > addYears(start, limit)) {
        report(
          context,
          'validity.too_long',
          scanned,
          scope.index,
          scope.index + scope[0].length,
          `适用于至${lastYear}年底的工作，自${formatChineseDate(start)}起超过${kindText}${limit}年的上限。`,
        );
      }
    }
    if (!/有效|失效|废止/.test(scanned.text)) continue;
    const about = (match: RegExpExecArray | null) =>
      match && aboutTheDocument(scanned, match.index, effect, lastArticle) ? match : null;
    const years = about(VALIDITY_YEARS.exec(scanned.text));
    const until = about(VALIDITY_UNTIL.exec(scanned.text) ?? EXPIRES_ON.exec(scanned.text));
    const longTerm = about(LONG_TERM.exec(scanned.text));
    if (!years && !until && !longTerm) continue;
    stated = true;
    const tooLong = (match: RegExpExecArray, message: string) =>
      report(context, 'validity.too_long', scanned, match.index, match.index + match[0].length, message);
    if (longTerm) tooLong(longTerm, `“长期有效”不符合有效期规定，${kindText}有效期不超过${limit}年。`);
    const yearsCount = years ? (parseChineseNumber(years[1] ?? '') ?? 0) : 0;
    if (years && yearsCount > limit)
      tooLong(years, `有效期${yearsCount}年，超过${kindText}${limit}年的上限。`);
    const end = until ? readDate(until, 1, 0, 0)?.iso : undefined;
    if (until && start && end && end > addYears(start, limit)) {
      tooLong(
        until,
        `有效期至${formatChineseDate(end)}，自${formatChineseDate(start)}起超过${kindText}${limit}年的上限。`,
      );
    }
  }
  if (stated) return;
  const anchor = effect?.scanned ?? context.blocks[context.blocks.length - 1];
  if (!anchor) return;
  report(
    context,
    'validity.missing',
    anchor,
    effect?.start ?? 0,
    effect?.end ?? 0,
    `文件未规定有效期。${kindText}有效期一般不超过${limit}年，请在附则中写明。`,
  );
}

/** The first 自…起 date of the text that is not a validity span (有效期自…起至…). */
function measuresFrom(context: ScanContext): string | undefined {
  for (const scanned of context.blocks) {
    const match = MEASURES_FROM.exec(scanned.text);
    if (!match) continue;
    const [start] = sentenceAround(scanned, match.index);
    if (/有效|失效/.test(scanned.text.slice(start, match.index))) continue;
    const date = readDate(match, 1, match.index, match.index + match[0].length);
    if (date) return date.iso;
  }
  return undefined;
}

export function checkTemporal(context: ScanContext): void {
  checkDates(context);
  // The 30-day and validity rules are local rules for administrative normative documents (RULES §1.8–1.9).
  const kind = context.document.kind;
  if (kind && kind !== 'admin_normative') return;
  const effect = findEffect(context);
  const published = publicationDate(context);
  checkEffect(context, effect, published);
  checkRetroactivePhrases(context);
  checkValidity(context, effect, published);
}
