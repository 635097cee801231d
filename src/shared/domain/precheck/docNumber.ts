import { report, type ScanContext } from './scan';

/**
 * 发文字号 format (GB/T 9704—2012 7.2.5): 机关代字〔年份〕序号号 — the year in 六角括号, no 第 before the
 * number, no leading zeros. 某统发〔2025〕3号 passes; 某统发[2025]第03号 has all three faults.
 */

const DOCUMENT_NUMBER =
  /([\u4e00-\u9fa5]{1,10})\s*([〔[【（(［])\s*((?:19|20)\d{2})\s*([〕\]】）)］])\s*(第?)\s*([0-9０-９]+)\s*号/g;

export function checkDocumentNumbers(context: ScanContext): void {
  for (const scanned of context.blocks) {
    if (!scanned.text.includes('号')) continue;
    DOCUMENT_NUMBER.lastIndex = 0;
    for (let match = DOCUMENT_NUMBER.exec(scanned.text); match; match = DOCUMENT_NUMBER.exec(scanned.text)) {
      const [whole, code = '', open = '', year = '', close = '', ordinal = '', digits = ''] = match;
      const number = Number(digits.normalize('NFKC'));
      // The 机关代字 may run into the words before it (根据某统发…), so the message quotes from the bracket on.
      const written = whole.slice(whole.indexOf(open));
      const expected = `〔${year}〕${number}号`;
      const start = match.index;
      const end = start + whole.length;
      const say = (fault: string) => `发文字号“${code}${written}”${fault}，“${written}”应为“${expected}”。`;
      if (open !== '〔' || close !== '〕') {
        report(context, 'docnumber.brackets', scanned, start, end, say('的年份未用六角括号“〔〕”'));
      }
      if (ordinal) report(context, 'docnumber.ordinal', scanned, start, end, say('的顺序号前加了“第”字'));
      if (/^[0０]/.test(digits) && number > 0) {
        report(context, 'docnumber.leading_zero', scanned, start, end, say('的顺序号编了虚位'));
      }
    }
  }
}
