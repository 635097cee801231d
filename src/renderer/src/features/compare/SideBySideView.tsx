import { CHARS_PER_LINE, pairLength, textRowHeight } from './estimateHeight';
import { GapRow } from './GapRow';
import { PairText } from './PairText';
import { UnitTags } from './UnitTags';
import { VirtualRows } from './VirtualRows';
import { isUnitStart, pairRowKey, type PairViewProps } from './viewProps';

/**
 * Old | new in two columns, one row per aligned pair, so the two texts stay level: both columns live in one
 * scroller and always scroll together.
 */
export function SideBySideView({
  model,
  rowModel,
  activeUnit,
  scrollTo,
  height,
  onOpenGap,
  oldTitle,
  newTitle,
}: PairViewProps & { oldTitle: string; newTitle: string }) {
  const { pairs } = model.result;
  return (
    <div className="nd-cmp-side">
      <div className="nd-cmp-side-head" role="row">
        <div role="columnheader">原文：{oldTitle}</div>
        <div role="columnheader">修改后：{newTitle}</div>
      </div>
      <VirtualRows
        label="左右对照视图"
        count={rowModel.rows.length}
        estimateSize={(index) => {
          const row = rowModel.rows[index];
          const pair = row?.type === 'pair' ? pairs[row.pair] : undefined;
          if (!pair) return 36;
          const longer = Math.max(pairLength(pair, 'old'), pairLength(pair, 'new'));
          return textRowHeight(longer, CHARS_PER_LINE.side);
        }}
        height={height - 40}
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
          const words = model.forceWordsByUnit.get(pair.unit);
          return (
            <div
              className="nd-cmp-row nd-cmp-side-row"
              data-kind={pair.kind}
              data-unit={pair.unit}
              data-active={pair.unit === activeUnit ? 'true' : undefined}
            >
              <div className="nd-cmp-text nd-cmp-cell" data-side="old">
                {pair.old ? <PairText pair={pair} mode="old" forceWords={words} /> : null}
              </div>
              <div className="nd-cmp-text nd-cmp-cell" data-side="new">
                {pair.new ? <PairText pair={pair} mode="new" forceWords={words} /> : null}
                {isUnitStart(model, row.pair) && <UnitTags model={model} unit={pair.unit} />}
              </div>
            </div>
          );
        }}
      />
    </div>
  );
}
