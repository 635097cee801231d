import type { Block } from '../domain/blocks';
import { blockText } from '../domain/blocks';
import { formatPath } from '../domain/structure/paths';
import { StructureScan, type ScannedBlock } from '../domain/structure/scanStructure';
import type { StructureNode, StructureNodeKind } from '../domain/structure/types';
import type { AlignItem } from './align';
import { normalizeText, type ResolvedCompareOptions } from './normalize';

/**
 * A block prepared for comparison. Its normalized text is computed only when asked for: in a light
 * revision almost every block is found unchanged by its raw text alone.
 */
export class CompareBlock implements AlignItem {
  readonly family: string;
  readonly rawKey: string;
  private normalized: string | undefined;

  constructor(
    readonly id: string,
    readonly index: number,
    readonly raw: string,
    /** Numbering as written (第十二条 , （三）, 一、), kept out of the content key. */
    readonly prefix: string,
    readonly prefixKind: StructureNodeKind | undefined,
    /** The numbering's value (第十条之一 → 10.001), to tell renumbering from an edited numeral. */
    readonly prefixNumber: number,
    private readonly options: ResolvedCompareOptions,
    /** Inside an article: the first paragraph (head) pairs only with the other's first paragraph. */
    isHead: boolean,
  ) {
    this.family = isHead ? 'head' : 'body';
    this.rawKey = raw.slice(prefix.length);
  }

  get key(): string {
    return (this.normalized ??= normalizeText(this.rawKey, this.options));
  }

  get body(): string {
    return this.key;
  }
}

/** A version split for comparison: its blocks, their structure and the units built on them. */
export class ComparedVersion {
  readonly scan: StructureScan;
  readonly units: CompareUnit[] = [];

  constructor(
    readonly blocks: readonly Block[],
    readonly options: ResolvedCompareOptions,
  ) {
    this.scan = new StructureScan(blocks);
    let at = 0;
    while (at < blocks.length) {
      const entry = this.scan.blocks[at];
      if (!entry) break;
      const article = entry.article;
      if (article && article.start === at) {
        const number = numberValue(article.node);
        this.units.push(new CompareUnit(this, true, 'article', at, article.end, article.node.label, number));
        at = article.end;
        continue;
      }
      const label = entry.prefix ? (entry.own?.label ?? '') : '';
      const number = entry.own ? numberValue(entry.own) : -1;
      this.units.push(new CompareUnit(this, false, family(entry), at, at + 1, label, number));
      at++;
    }
  }

  text(index: number): string {
    const block = this.blocks[index];
    return block ? blockText(block) : '';
  }

  prefix(index: number): string {
    return this.scan.blocks[index]?.prefix ?? '';
  }

  prefixKind(index: number): StructureNodeKind | undefined {
    return this.scan.blocks[index]?.prefixKind;
  }

  id(index: number): string {
    return this.blocks[index]?.id ?? '';
  }

  /** A block ready for pairing; made on demand, as most blocks of a light revision need none. */
  block(index: number, isHead: boolean): CompareBlock {
    const entry = this.scan.blocks[index] as ScannedBlock;
    const own = entry.own;
    return new CompareBlock(
      this.blocks[index]?.id ?? '',
      index,
      this.text(index),
      entry.prefix,
      entry.prefixKind,
      own ? numberValue(own) : -1,
      this.options,
      isHead,
    );
  }
}

/** What the unit-level alignment works on: an article with all its blocks, or a block outside articles. */
export class CompareUnit implements AlignItem {
  readonly rawKey: string;
  private prepared: CompareBlock[] | undefined;
  private normalized: string | undefined;
  private normalizedKey: string | undefined;

  constructor(
    readonly version: ComparedVersion,
    readonly isArticle: boolean,
    readonly family: string,
    /** The unit's blocks are version blocks start … end - 1. */
    readonly start: number,
    readonly end: number,
    readonly label: string,
    readonly labelNumber: number,
  ) {
    // Bodies (text after the numbering) joined by a character texts do not contain. The family is not
    // part of the key: the aligner checks it, and long keys are costly to hash.
    const body = (index: number) => version.text(index).slice(version.prefix(index).length);
    if (end - start === 1) {
      this.rawKey = body(start);
    } else {
      const parts: string[] = [];
      for (let index = start; index < end; index++) parts.push(body(index));
      this.rawKey = parts.join('\u0000');
    }
  }

  get size(): number {
    return this.end - this.start;
  }

  /** A title, heading or 章/节 line: it names a subject and imposes nothing. */
  get isHeading(): boolean {
    return this.family === 'title' || this.family === 'heading' || this.family.startsWith('division:');
  }

  /** The unit's blocks, prepared once when the unit needs normalizing or aligning inside. */
  get blocks(): CompareBlock[] {
    if (!this.prepared) {
      this.prepared = [];
      for (let index = this.start; index < this.end; index++) {
        this.prepared.push(this.version.block(index, this.isArticle && index === this.start));
      }
    }
    return this.prepared;
  }

  /** Block `offset` of the unit, without keeping it when it was not prepared already. */
  blockAt(offset: number): CompareBlock {
    return this.prepared?.[offset] ?? this.version.block(this.start + offset, this.isArticle && offset === 0);
  }

  get body(): string {
    return (this.normalized ??= this.blocks.map((block) => block.key).join('\n'));
  }

  /** An article's first paragraph without its numbering, normalized; undefined for other units. */
  get head(): string | undefined {
    return this.isArticle ? this.blockAt(0).key : undefined;
  }

  get key(): string {
    return (this.normalizedKey ??= `${this.family}\u0001${this.body}`);
  }

  /** Structural path of the unit, e.g. 第三章 › 第十二条. */
  get display(): string {
    const { scan } = this.version;
    const article = scan.blocks[this.start]?.article;
    return this.isArticle && article ? formatPath(scan.articlePath(article.index)) : scan.display(this.start);
  }
}

function numberValue(node: StructureNode): number {
  return node.number + (node.suffix ?? 0) / 1000;
}

function family(entry: ScannedBlock): string {
  switch (entry.role) {
    case 'division':
      return `division:${entry.prefixKind ?? ''}`;
    case 'title':
    case 'heading':
    case 'table':
      return entry.role;
    default:
      return 'text';
  }
}

/** Splits a version into comparison units using its structure (DESIGN §3). */
export function buildUnits(blocks: readonly Block[], options: ResolvedCompareOptions): ComparedVersion {
  return new ComparedVersion(blocks, options);
}
