import { CHARS_PER_LINE, pairLength, textRowHeight } from './estimateHeight';
import { PairRows } from './PairRows';
import { PairText } from './PairText';
import { UnitTags } from './UnitTags';
import type { PairViewProps } from './viewProps';

/**
 * Old | new in two columns, one row per aligned pair, so the two texts stay level: both columns live in one
 * scroller and always scroll together.
 */
export function SideBySideView({
  oldTitle,
  newTitle,
  ...props
}: PairViewProps & { oldTitle: string; newTitle: string }) {
  const { model } = props;
  return (
    <div className="nd-cmp-side">
      <div className="nd-cmp-side-head" role="row">
        <div role="columnheader">原文：{oldTitle}</div>
        <div role="columnheader">修改后：{newTitle}</div>
      </div>
      <PairRows
        {...props}
        height={props.height - 40}
        label="左右对照视图"
        rowClassName="nd-cmp-row nd-cmp-side-row"
        pairHeight={(pair) =>
          textRowHeight(Math.max(pairLength(pair, 'old'), pairLength(pair, 'new')), CHARS_PER_LINE.side)
        }
        renderPair={(pair, unitStart) => {
          const words = model.forceWordsByUnit.get(pair.unit);
          return (
            <>
              <div className="nd-cmp-text nd-cmp-cell" data-side="old">
                {pair.old ? <PairText pair={pair} mode="old" forceWords={words} /> : null}
              </div>
              <div className="nd-cmp-text nd-cmp-cell" data-side="new">
                {pair.new ? <PairText pair={pair} mode="new" forceWords={words} /> : null}
                {unitStart && <UnitTags model={model} unit={pair.unit} />}
              </div>
            </>
          );
        }}
      />
    </div>
  );
}
