import { report, type ScanContext, type ScannedBlock } from './scan';

/**
 * Issuing in the name of an internal division (科/股/处/室) — in the metadata, the title (…科关于…) or the
 * signature line (落款) — and naming one as the interpreting body.
 */

const DIVISION_END = /(?:科|股|处|室)$/;
/**
 * Offices that act in their own right: 人民政府办公室, 党委办公室, 领导小组办公室, 街道办事处. The 机关党委 of an
 * agency is the Party committee of its own staff: its 办公室 (局机关党委办公室) is an internal division.
 */
const LEGITIMATE = /(?:政府|(?<!机关)党委|区委|市委|县委|省委|委员会|领导小组)办公(?:室|厅)$|办事处$/;
const TITLE_ISSUER = /^(.{2,30}?(?:科|股|处|室))关于/;
const INTERPRETER = /由([^。；，、]{1,20}?(?:科|股|处|室))(?:负责)?解释/g;
const SIGNATURE_MAX = 25;
const SENTENCE_PUNCTUATION = /[。；，：！？、]/;

export function isInternalDivision(name: string): boolean {
  const trimmed = name.trim();
  return DIVISION_END.test(trimmed) && !LEGITIMATE.test(trimmed);
}

function divisionMessage(name: string, where: string): string {
  return `${where}“${name}”是内设机构。行政规范性文件应当以制定机关名义制发，严禁以部门内设机构名义制发。`;
}

/** A name line: Chinese characters only (brackets allowed), no list numbering such as （2）. */
const NAME_LINE = /^[\u4e00-\u9fa5（）()]+$/;
const NUMBERED = /^[（(][0-9０-９一二三四五六七八九十]+[)）]/;
const SIGNATURE_BLOCKS = 4;

/** A 成文日期 line on its own: 2026年3月1日, 二〇二六年三月一日. */
const DATE_LINE =
  /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[0-9０-９〇零一二三四五六七八九十]{1,2}月[0-9０-９〇零一二三四五六七八九十]{1,3}日$/;

function isNameLine(scanned: ScannedBlock): boolean {
  const text = scanned.text.trim();
  const short = text.length <= SIGNATURE_MAX && !SENTENCE_PUNCTUATION.test(text);
  return short && NAME_LINE.test(text) && !NUMBERED.test(text);
}

function isDateLine(scanned: ScannedBlock | undefined): boolean {
  return scanned !== undefined && DATE_LINE.test(scanned.text.trim());
}

/**
 * Where the 落款 (signature) and 成文日期 stand: the last few blocks after the last article; the run of
 * name and date lines that ends the document, which the structure reads as clauses of the last numbered
 * article; and a name line right above a date line anywhere (the 落款 of an 印发通知 before its 附件).
 */
function signatureLines(context: ScanContext): ScannedBlock[] {
  const { blocks } = context;
  let lastArticle = -1;
  for (const scanned of blocks) if (scanned.articleIndex !== undefined) lastArticle = scanned.index;
  const from = Math.max(lastArticle + 1, 1, blocks.length - SIGNATURE_BLOCKS);
  const lines = new Set(blocks.slice(from).filter(isNameLine));
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - SIGNATURE_BLOCKS); i -= 1) {
    const scanned = blocks[i];
    if (!scanned || ['title', 'division', 'heading', 'article'].includes(scanned.role)) break;
    if (isDateLine(scanned)) continue;
    if (!isNameLine(scanned)) break;
    lines.add(scanned);
  }
  for (const scanned of blocks.slice(1)) {
    if (isNameLine(scanned) && isDateLine(blocks[scanned.index + 1])) lines.add(scanned);
  }
  return [...lines].sort((a, b) => a.index - b.index);
}

export function checkIssuer(context: ScanContext): void {
  const title = context.blocks.find((scanned) => scanned.block.kind === 'title') ?? context.blocks[0];
  const authority = context.document.issuingAuthority?.trim();
  if (authority && isInternalDivision(authority) && title) {
    const at = title.text.indexOf(authority);
    const [start, end] = at >= 0 ? [at, at + authority.length] : [0, 0];
    report(context, 'issuer.internal_division', title, start, end, divisionMessage(authority, '发文机关'));
  }
  const inTitle = title ? TITLE_ISSUER.exec(title.text) : null;
  if (title && inTitle?.[1] && isInternalDivision(inTitle[1]) && inTitle[1] !== authority) {
    report(
      context,
      'issuer.internal_division',
      title,
      0,
      inTitle[1].length,
      divisionMessage(inTitle[1], '标题中的发文机关'),
    );
  }
  for (const line of signatureLines(context)) {
    const name = line.text.trim();
    if (!isInternalDivision(name)) continue;
    const start = line.text.indexOf(name);
    report(
      context,
      'issuer.internal_division',
      line,
      start,
      start + name.length,
      divisionMessage(name, '落款'),
    );
  }
  for (const scanned of context.blocks) {
    if (!scanned.text.includes('解释')) continue;
    INTERPRETER.lastIndex = 0;
    for (let match = INTERPRETER.exec(scanned.text); match; match = INTERPRETER.exec(scanned.text)) {
      const name = match[1] ?? '';
      if (!isInternalDivision(name)) continue;
      report(
        context,
        'issuer.internal_interpretation',
        scanned,
        match.index,
        match.index + match[0].length,
        `由内设机构“${name}”负责解释。解释权属于制定机关，可以写明由制定机关负责解释、具体工作由“${name}”承办。`,
      );
    }
  }
}
