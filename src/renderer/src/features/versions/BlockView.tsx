import { memo } from 'react';
import type { Block } from '../../../../shared/domain/blocks';
import { BLOCK_ID_ATTRIBUTE } from '../annotations';
import { MarkedText } from './MarkedText';
import type { MarkSpan } from './segments';

export interface BlockViewProps {
  block: Block;
  /** Marks on this block's text. Blocks without marks get none, so they skip re-rendering. */
  marks?: readonly MarkSpan[] | undefined;
  /** Tables only: the marks of the blocks in their cells, by block id. */
  cellMarks?: ReadonlyMap<string, MarkSpan[]> | undefined;
  /** Only set for the block that holds the active / hovered thread, so other blocks skip rendering. */
  activeKey: string | null;
  hoveredKey: string | null;
}

const HEADING_TAGS = { 1: 'h2', 2: 'h3', 3: 'h4', 4: 'h5' } as const;

/** One block of a version, read-only, carrying its id for selections and marks. */
export const BlockView = memo(function BlockView({
  block,
  marks,
  cellMarks,
  activeKey,
  hoveredKey,
}: BlockViewProps) {
  if (block.kind === 'table') {
    return (
      <TableBlockView block={block} cellMarks={cellMarks} activeKey={activeKey} hoveredKey={hoveredKey} />
    );
  }
  const text = <MarkedText runs={block.runs} spans={marks} activeKey={activeKey} hoveredKey={hoveredKey} />;
  const attributes = { [BLOCK_ID_ATTRIBUTE]: block.id };
  if (block.kind === 'title') {
    return (
      <h1 className="nd-block nd-title" {...attributes}>
        {text}
      </h1>
    );
  }
  if (block.kind === 'heading') {
    const level = Math.min(Math.max(block.level ?? 1, 1), 4) as 1 | 2 | 3 | 4;
    const Tag = HEADING_TAGS[level];
    return (
      <Tag className={`nd-block nd-heading nd-heading-${level}`} {...attributes}>
        {text}
      </Tag>
    );
  }
  if (block.kind === 'list_item') {
    return (
      <p
        className="nd-block nd-list-item"
        data-ordered={block.ordered ? '' : undefined}
        style={{ marginLeft: `${Math.max((block.level ?? 1) - 1, 0) * 2}em` }}
        {...attributes}
      >
        {text}
      </p>
    );
  }
  return (
    <p className="nd-block nd-paragraph" {...attributes}>
      {text}
    </p>
  );
});

/** A table block as a real table; each cell's blocks are text blocks of their own (with their ids). */
function TableBlockView({ block, cellMarks, activeKey, hoveredKey }: BlockViewProps & { block: Block }) {
  return (
    <div className="nd-table-wrap" data-table-id={block.id}>
      <table className="nd-table">
        <tbody>
          {(block.rows ?? []).map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, cellIndex) => (
                <td key={cellIndex}>
                  {cell.blocks.map((inner) => (
                    <BlockView
                      key={inner.id}
                      block={inner}
                      marks={cellMarks?.get(inner.id)}
                      activeKey={activeKey}
                      hoveredKey={hoveredKey}
                    />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
