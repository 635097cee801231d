import type { InlineOp } from './inlineDiff';
import type { ResolvedCompareOptions } from './normalize';

/** 未变 / 仅序号变化 / 移动 / 修改 / 新增 / 删除 */
export type ChangeKind = 'unchanged' | 'renumbered' | 'moved' | 'modified' | 'added' | 'deleted';

/** One side of an aligned pair: a block of one version. */
export interface PairSide {
  blockId: string;
  /** Position in that version's block list. */
  index: number;
  /** Structural path, e.g. 第三章 › 第十二条 › 第二款; set on pairs that changed (not on unchanged ones). */
  display?: string;
  /** Numbering kept outside the inline diff (第十二条 , （三）) so renumbering is not marked as an edit. */
  prefix: string;
}

/** Two blocks paired by the alignment (or one, when added or deleted) and the edits between them. */
export interface AlignedPair {
  kind: ChangeKind;
  old?: PairSide;
  new?: PairSide;
  /** Inline operations over the blocks' text after their prefixes. */
  ops: InlineOp[];
  /** Index into `units`. */
  unit: number;
}

/** An aligned unit: a whole article (条), or one block outside articles (title, heading, paragraph). */
export interface UnitChange {
  kind: ChangeKind;
  isArticle: boolean;
  /** Moved and also edited inside (a moved unit's kind stays 'moved'). */
  edited: boolean;
  /** Own label: 第十二条, 第三章, 一、总体要求; '' for plain paragraphs. */
  oldLabel?: string;
  newLabel?: string;
  /** Structural path of the unit in each version; set on changed units only. */
  oldDisplay?: string;
  newDisplay?: string;
  /** Similarity (0 … 1) of the two sides' texts; 1 when equal. */
  similarity: number;
  /** This unit's pairs are pairs[firstPair … firstPair + pairCount - 1]. */
  firstPair: number;
  pairCount: number;
}

/** 新增 n 条, 删除 n 条, 修改 n 条, 移动 n 条, 仅序号变化 n 条 (and unchanged). */
export interface CompareSummary {
  added: number;
  deleted: number;
  modified: number;
  moved: number;
  renumbered: number;
  unchanged: number;
}

/** One entry of the change navigator. */
export interface ChangeEntry {
  unit: number;
  pair: number;
  kind: Exclude<ChangeKind, 'unchanged'>;
  isArticle: boolean;
  /** What to show: 第十二条 (→ 第十三条) or the path / first words of a non-article block. */
  label: string;
}

export type LegalForceCategory = 'modal' | 'amount' | 'time_limit' | 'power';

/**
 * What a flag covers: the terms an edit inside a unit took out or put in ('edited'), or the terms of a
 * whole article (or paragraph) that was added or deleted, summed up in one flag.
 */
export type LegalForceScope = 'edited' | 'added' | 'deleted';

/** A change of legal force inside one changed unit (DESIGN §6.3). */
export interface LegalForceFlag {
  scope: LegalForceScope;
  /** The kinds of term concerned: one for an edit (one flag per kind), every kind found in a whole unit. */
  categories: LegalForceCategory[];
  unit: number;
  /** The first pair of the unit where a term of the flag's kind was edited (or found, in a whole unit). */
  pair: number;
  /** The article (or block) it concerns, e.g. 第十二条. */
  label: string;
  /** Distinct terms, in reading order. */
  removed: string[];
  added: string[];
  /** Chinese explanation for reviewers, e.g. 第十二条：“可以”改为“应当”. */
  message: string;
}

export interface CompareStats {
  /** Maximal runs of insertions/deletions inside pairs, plus added and deleted blocks. */
  hunks: number;
  insertedChars: number;
  deletedChars: number;
}

export interface CompareResult {
  options: ResolvedCompareOptions;
  /** Every block of both versions, in reading order (new order; deleted blocks where they stood). */
  pairs: AlignedPair[];
  units: UnitChange[];
  /** Counted in articles (条). */
  summary: CompareSummary;
  /** The same counts for units outside articles (title, headings, preamble, notice paragraphs). */
  otherSummary: CompareSummary;
  /** Changed units in reading order, for next/previous navigation and the summary list. */
  changes: ChangeEntry[];
  flags: LegalForceFlag[];
  stats: CompareStats;
}
