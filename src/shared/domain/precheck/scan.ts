import { blockText, type Block } from '../blocks';
import { citation, parseStructure } from '../structure';
import type { BlockRole } from '../structure';
import { PRECHECK_RULES, type RuleId } from './rules';
import {
  DEFAULT_PRECHECK_OPTIONS,
  type PrecheckDocument,
  type PrecheckFinding,
  type PrecheckInput,
  type PrecheckOptions,
} from './types';
import type { LawLibrary } from '../laws';

/** One block as the rules read it: its text, where it sits, and its sentence boundaries (on demand). */
export interface ScannedBlock {
  block: Block;
  index: number;
  text: string;
  role: BlockRole;
  /** 第七条 / 第三条第二款, or the heading path outside articles. */
  article?: string;
  /** Index of the article (in document order) the block belongs to. */
  articleIndex?: number;
  /**
   * An item (（一）…) of a list whose lead-in forbids what follows (不得含有下列内容：): the items name
   * what is prohibited, they do not impose it.
   */
  negatedList: boolean;
  /** For an item: the first block of its article (the 下列… lead-in), whose basis covers the item. */
  leadIn?: string;
  /**
   * For the 法律依据 line of a 裁量基准 row: the row's other lines (违法行为：…, 处罚幅度：…), which say what
   * the cited article is about as the words around a citation in a sentence do.
   */
  row?: string;
  sentenceEnds?: number[];
}

export interface ScanContext {
  blocks: ScannedBlock[];
  document: PrecheckDocument;
  /** The document's title: metadata first, else the title block. */
  title: string;
  options: PrecheckOptions;
  library?: LawLibrary;
  findings: PrecheckFinding[];
}

const SENTENCE_END = /[。；;！!？?\n]/g;
const PROHIBITING_LEAD_IN = /(?:不得|禁止|严禁|不准|不应当?)[^。]{0,40}下列/;

export function scanBlocks(input: PrecheckInput): ScanContext {
  const structure = parseStructure(input.blocks);
  const blocks: ScannedBlock[] = input.blocks.map((block, index) => {
    const info = structure.blocks[index];
    const path = info?.path ?? [];
    const scanned: ScannedBlock = {
      block,
      index,
      text: blockText(block),
      role: info?.role ?? 'paragraph',
      negatedList: false,
    };
    const label = path.some((node) => node.kind === 'article') ? citation(path) : info?.display;
    if (label) scanned.article = label;
    if (info?.article !== undefined) scanned.articleIndex = info.article;
    return scanned;
  });
  for (const scanned of blocks) {
    if (scanned.role !== 'item' && scanned.role !== 'subitem') continue;
    const view = scanned.articleIndex === undefined ? undefined : structure.articles[scanned.articleIndex];
    const leadIn = view ? blocks[view.start]?.text : undefined;
    if (!leadIn || view?.start === scanned.index) continue;
    scanned.leadIn = leadIn;
    if (PROHIBITING_LEAD_IN.test(leadIn)) scanned.negatedList = true;
  }
  coverRowsByBasisLine(blocks);
  const titleBlock = blocks.find((scanned) => scanned.block.kind === 'title');
  const context: ScanContext = {
    blocks,
    document: input.document ?? {},
    title: input.document?.title ?? titleBlock?.text ?? '',
    options: { ...DEFAULT_PRECHECK_OPTIONS, ...input.options },
    findings: [],
  };
  if (input.library) context.library = input.library;
  return context;
}

/** The 法律依据 line of a 裁量基准 row: 法律依据：《中华人民共和国统计法》第四十五条第二款。 */
const BASIS_LINE = /^(?:法律依据|法定依据|处罚依据|设定依据|依据)\s*[：:]/;

/**
 * A 裁量基准 written as rows under headings (一、违法行为名称 / 违法行为：… / 法律依据：… / 处罚幅度：…): the
 * basis line covers the lines after it up to the next heading or article, as a lead-in covers its items.
 */
function coverRowsByBasisLine(blocks: ScannedBlock[]): void {
  let basisLine: string | undefined;
  let row: ScannedBlock[] = [];
  const closeRow = (): void => {
    for (const line of row) {
      if (!BASIS_LINE.test(line.text)) continue;
      const others = row.filter((other) => other !== line).map((other) => other.text);
      if (others.length > 0) line.row = others.join('\n');
    }
    row = [];
  };
  for (const scanned of blocks) {
    const inRow = scanned.role === 'paragraph' || scanned.role === 'clause';
    if (!inRow) {
      basisLine = undefined;
      closeRow();
      continue;
    }
    row.push(scanned);
    if (BASIS_LINE.test(scanned.text)) basisLine = scanned.text;
    else if (basisLine !== undefined && scanned.leadIn === undefined) scanned.leadIn = basisLine;
  }
  closeRow();
}

function sentenceEnds(scanned: ScannedBlock): number[] {
  if (!scanned.sentenceEnds) {
    const ends: number[] = [];
    SENTENCE_END.lastIndex = 0;
    for (let match = SENTENCE_END.exec(scanned.text); match; match = SENTENCE_END.exec(scanned.text)) {
      ends.push(match.index + 1);
    }
    if (ends[ends.length - 1] !== scanned.text.length) ends.push(scanned.text.length);
    scanned.sentenceEnds = ends;
  }
  return scanned.sentenceEnds;
}

/** The sentence (。；！？-delimited) around an offset: [start, end). */
export function sentenceAround(scanned: ScannedBlock, offset: number): [number, number] {
  const ends = sentenceEnds(scanned);
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ends[middle] ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return [low === 0 ? 0 : (ends[low - 1] ?? 0), ends[low] ?? scanned.text.length];
}

/** Records a finding of a rule on a span of a block; the message defaults to the rule's explanation. */
export function report(
  context: ScanContext,
  ruleId: RuleId,
  scanned: ScannedBlock,
  start: number,
  end: number,
  message?: string,
): void {
  const rule = PRECHECK_RULES[ruleId];
  const finding: PrecheckFinding = {
    ruleId,
    severity: rule.severity,
    elementId: rule.elementId,
    blockId: scanned.block.id,
    start,
    end,
    text: scanned.text.slice(start, end),
    message: message ?? rule.explanation,
    basis: rule.basis,
  };
  if (scanned.article) finding.article = scanned.article;
  context.findings.push(finding);
}
