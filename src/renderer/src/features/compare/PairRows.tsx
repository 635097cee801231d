import type { ReactNode } from 'react';
import type { AlignedPair } from '../../../../shared/compare';
import { GapRow } from './GapRow';
import { MovedAwayRow } from './MovedAwayRow';
import { VirtualRows } from './VirtualRows';
import { isUnitStart, pairRowKey, type PairViewProps } from './viewProps';

/**
 * The rows of the redline and side-by-side views: folded stretches as gap rows, each aligned pair as a row
 * marked with its kind and unit (highlighted when the navigator is on its unit). The view supplies the
 * row's estimated height and its content.
 */
export function PairRows({
  model,
  rowModel,
  activeUnit,
  scrollTo,
  height,
  onOpenGap,
  label,
  className,
  rowClassName,
  pairHeight,
  renderPair,
}: PairViewProps & {
  label: string;
  className?: string;
  rowClassName: string;
  pairHeight: (pair: AlignedPair) => number;
  /** The row's content; `unitStart` when the pair is the first of its unit (where the unit's tags go). */
  renderPair: (pair: AlignedPair, unitStart: boolean) => ReactNode;
}) {
  const { pairs } = model.result;
  return (
    <VirtualRows
      label={label}
      className={className}
      count={rowModel.rows.length}
      estimateSize={(index) => {
        const row = rowModel.rows[index];
        const pair = row?.type === 'pair' ? pairs[row.pair] : undefined;
        return pair ? pairHeight(pair) : 36;
      }}
      height={height}
      scrollTo={scrollTo}
      rowKey={(index) => pairRowKey(rowModel, index)}
      renderRow={(index) => {
        const row = rowModel.rows[index];
        if (!row) return null;
        if (row.type === 'gap') {
          return <GapRow count={row.end - row.start} onOpen={() => onOpenGap(row.start)} />;
        }
        if (row.type === 'moved-away') {
          const change = model.result.units[row.unit];
          return change ? <MovedAwayRow change={change} active={row.unit === activeUnit} /> : null;
        }
        const pair = pairs[row.pair];
        if (!pair) return null;
        return (
          <div
            className={rowClassName}
            data-kind={pair.kind}
            data-unit={pair.unit}
            data-active={pair.unit === activeUnit ? 'true' : undefined}
          >
            {renderPair(pair, isUnitStart(model, row.pair))}
          </div>
        );
      }}
    />
  );
}
