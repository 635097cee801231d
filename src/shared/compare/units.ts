import type { Block } from '../domain/blocks';
import { blockText } from '../domain/blocks';
import { formatPath } from '../domain/structure/paths';
import { StructureScan, type ScannedBlock } from '../domain/structure/scanStructure';
import type { StructureNodeKind } from '../domain/structure/types';
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
    /** The numbering's value, '12.0' or '10.1' (之一), to tell renumbering from an edited numeral. */
    readonly prefixNumber: string,
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

/** What the unit-level alignment works on: an article with all its blocks, or a block outside articles. */
export class CompareUnit implements AlignItem {
  readonly rawKey: string;
  private normalized: string | undefined;
  private normalizedKey: string | undefined;

  constructor(
    readonly isArticle: boolean,
    readonly family: string,
    readonly blocks: CompareBlock[],
    readonly label: string,
    readonly labelNumber: string,
    private readonly describe: () => string,
  ) {
    this.rawKey = `${family}\u0001${blocks.map((block) => block.rawKey).join('\n')}`;
  }

  get body(): string {
    return (this.normalized ??= this.blocks.map((block) => block.key).join('\n'));
  }

  get key(): string {
    return (this.normalizedKey ??= `${this.family}\u0001${this.body}`);
  }

  /** Structural path of the unit, e.g. 第三章 › 第十二条. */
  get display(): string {
    return this.describe();
  }
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

export interface ComparedVersion {
  scan: StructureScan;
  units: CompareUnit[];
}

/** Splits a version into comparison units using its structure (DESIGN §3). */
export function buildUnits(blocks: readonly Block[], options: ResolvedCompareOptions): ComparedVersion {
  const scan = new StructureScan(blocks);
  const prepare = (index: number, isHead: boolean): CompareBlock => {
    const entry = scan.blocks[index] as ScannedBlock;
    const block = blocks[index] as Block;
    const own = entry.own;
    const number = own ? `${own.number}.${own.suffix ?? 0}` : '';
    return new CompareBlock(
      block.id,
      index,
      blockText(block),
      entry.prefix,
      entry.prefixKind,
      number,
      options,
      isHead,
    );
  };
  const units: CompareUnit[] = [];
  let at = 0;
  while (at < blocks.length) {
    const entry = scan.blocks[at];
    if (!entry) break;
    const article = entry.article;
    if (article && article.start === at) {
      const members: CompareBlock[] = [];
      for (let index = article.start; index < article.end; index++)
        members.push(prepare(index, index === at));
      const number = `${article.node.number}.${article.node.suffix ?? 0}`;
      const describe = () => formatPath(scan.articlePath(article.index));
      units.push(new CompareUnit(true, 'article', members, article.node.label, number, describe));
      at = article.end;
      continue;
    }
    const index = at;
    const prepared = prepare(index, false);
    const label = entry.prefix ? (entry.own?.label ?? '') : '';
    units.push(
      new CompareUnit(false, family(entry), [prepared], label, prepared.prefixNumber, () =>
        scan.display(index),
      ),
    );
    at++;
  }
  return { scan, units };
}
