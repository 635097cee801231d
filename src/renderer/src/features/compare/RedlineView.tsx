import { CHARS_PER_LINE, pairLength, textRowHeight } from './estimateHeight';
import { GapRow } from './GapRow';
import { PairText } from './PairText';
import { UnitTags } from './UnitTags';
import { VirtualRows } from './VirtualRows';
import { isUnitStart, pairRowKey, type PairViewProps } from './viewProps';

/**
 * Inline redline: the new text with insertions underlined and deletions struck through, renumbered
 * articles with only their numbers marked, long unchanged stretches folded.
 */
export function RedlineView({ model, rowModel, activeUnit, scrollTo, height, onOpenGap }: PairViewProps) {
  const { pairs } = model.result;
  return (
    <VirtualRows
      label="修订视图"
      className="nd-cmp-redline"
      count={rowModel.rows.length}
      estimateSize={(index) => {
        const row = rowModel.rows[index];
        const pair = row?.type === 'pair' ? pairs[row.pair] : undefined;
        return pair ? textRowHeight(pairLength(pair, 'both'), CHARS_PER_LINE.redline) : 36;
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
        const pair = pairs[row.pair];
        if (!pair) return null;
        return (
          <div
            className="nd-cmp-row"
            data-kind={pair.kind}
            data-unit={pair.unit}
            data-active={pair.unit === activeUnit ? 'true' : undefined}
          >
            <div className="nd-cmp-text">
              <PairText pair={pair} mode="inline" forceWords={model.forceWordsByUnit.get(pair.unit)} />
            </div>
            {isUnitStart(model, row.pair) && <UnitTags model={model} unit={pair.unit} />}
          </div>
        );
      }}
    />
  );
}
