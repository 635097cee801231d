import { CHARS_PER_LINE, pairLength, textRowHeight } from './estimateHeight';
import { PairRows } from './PairRows';
import { PairText } from './PairText';
import { UnitTags } from './UnitTags';
import type { PairViewProps } from './viewProps';

/**
 * Inline redline: the new text with insertions underlined and deletions struck through, renumbered
 * articles with only their numbers marked, long unchanged stretches folded.
 */
export function RedlineView(props: PairViewProps) {
  const { model } = props;
  return (
    <PairRows
      {...props}
      label="修订视图"
      className="nd-cmp-redline"
      rowClassName="nd-cmp-row"
      pairHeight={(pair) => textRowHeight(pairLength(pair, 'both'), CHARS_PER_LINE.redline)}
      renderPair={(pair, unitStart) => (
        <>
          <div className="nd-cmp-text">
            <PairText pair={pair} mode="inline" forceWords={model.forceWordsByUnit.get(pair.unit)} />
          </div>
          {unitStart && <UnitTags model={model} unit={pair.unit} />}
        </>
      )}
    />
  );
}
