/** Kinds of numbered units in Chinese legal texts (编/分编/章/节/条/款/项/目) and GB/T 9704 headings. */
export type StructureNodeKind =
  'part' | 'subpart' | 'chapter' | 'section' | 'article' | 'clause' | 'item' | 'subitem' | 'heading';

/** One step of a structural path, e.g. { kind: 'article', number: 12, label: '第十二条' }. */
export interface StructureNode {
  kind: StructureNodeKind;
  number: number;
  /** As cited: 第三章, 第十二条, 第二款, 第（一）项, 第1目; GB/T headings as numbered: 一、, （一）. */
  label: string;
  /** 第十条之一 → 1 */
  suffix?: number;
  /** GB/T 9704 heading level 1–4 (heading nodes only). */
  level?: number;
  /** Division or heading title, e.g. 总则. */
  title?: string;
  /** 附则 (supplementary provisions). */
  supplementary?: true;
}

/** What a block is in the document's structure. */
export type BlockRole =
  | 'title'
  | 'preamble'
  | 'toc'
  | 'division'
  | 'heading'
  | 'article'
  | 'clause'
  | 'item'
  | 'subitem'
  | 'paragraph'
  | 'table';

export interface BlockStructure {
  blockId: string;
  /** Position in the version's block list. */
  index: number;
  role: BlockRole;
  /** From the outermost unit down to this block, e.g. 第三章 › 第十二条 › 第二款. */
  path: readonly StructureNode[];
  /** The path as shown to users: '第三章 › 第十二条 › 第二款'. */
  display: string;
  /** The block's own numbering as written, with its trailing space (第十二条 , （一）, 一、); '' if none. */
  prefix: string;
  /** Which kind of unit `prefix` numbers. */
  prefixKind?: StructureNodeKind;
  /** Index into `articles` of the article this block belongs to. */
  article?: number;
}

/** One 条 of a law: its number, the blocks it spans and their text. */
export interface ArticleView {
  number: number;
  suffix?: number;
  /** 第十二条, 第十条之一 (spaces removed). */
  label: string;
  /** Path down to the article itself (divisions, headings, the article). */
  path: readonly StructureNode[];
  display: string;
  blockIds: string[];
  /** Index of the article's first block and one past its last. */
  start: number;
  end: number;
  /** The article's blocks' text, one per line. */
  text: string;
}

export interface DocumentStructure {
  blocks: BlockStructure[];
  articles: ArticleView[];
}
