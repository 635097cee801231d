import type { DocumentKind } from './documentKinds';

/**
 * What the review is called and what its written opinion is called, by kind: 合法性审核 for 行政规范性文件
 * (国办发〔2018〕115号), 合法性审查 for 重大行政决策 (重大行政决策程序暂行条例第三章第一节, RULES.md §1.6), 前置审核
 * for 党内规范性文件 (党内法规制定条例, RULES.md §3.2), and the names offices use for contracts and for
 * 政府信息公开答复.
 */
export const OPINION_LETTER_NAMES: Record<DocumentKind, { letter: string; review: string }> = {
  admin_normative: { letter: '合法性审核意见书', review: '合法性审核' },
  major_decision: { letter: '合法性审查意见书', review: '合法性审查' },
  party_normative: { letter: '前置审核意见', review: '前置审核' },
  contract: { letter: '合同合法性审查意见书', review: '合法性审查' },
  disclosure: { letter: '政府信息公开答复合法性审核意见', review: '合法性审核' },
};

/** 关于《…》的合法性审核意见书 (the letter's title). */
export function opinionLetterTitle(kind: DocumentKind, documentTitle: string): string {
  return `关于《${documentTitle}》的${OPINION_LETTER_NAMES[kind].letter}`;
}

/** The Word file's name: the letter's title. */
export function opinionLetterFileName(kind: DocumentKind, documentTitle: string): string {
  return `${opinionLetterTitle(kind, documentTitle)}.docx`;
}
