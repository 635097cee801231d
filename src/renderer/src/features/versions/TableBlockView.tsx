import type { Block } from '../../../../shared/domain/blocks';
import { BlockView, type BlockViewProps } from './BlockView';

/** A table block as a real table; each cell's blocks are text blocks of their own (with their ids). */
export function TableBlockView({
  block,
  cellMarks,
  activeKey,
  hoveredKey,
}: BlockViewProps & { block: Block }) {
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
