import { Empty, Tag } from 'antd';
import type { CompareModel } from './compareModel';
import { FORCE_CATEGORY_LABELS } from './labels';
import { VirtualRows } from './VirtualRows';

/** Changes of legal force (应当↔可以, amounts, time limits, 许可/处罚 …) with their messages; a click jumps there. */
export function FlagList({
  model,
  activeUnit,
  onJump,
  height,
}: {
  model: CompareModel;
  activeUnit: number | null;
  onJump: (changeIndex: number) => void;
  height: number;
}) {
  const { flags } = model.result;
  if (flags.length === 0) return <Empty description="未发现义务性用语、金额、期限或许可/处罚等用语的变化" />;
  return (
    <VirtualRows
      label="法律效力变化"
      count={flags.length}
      estimateSize={56}
      height={height}
      rowKey={(index) => index}
      renderRow={(index) => {
        const flag = flags[index];
        if (!flag) return null;
        const change = model.changeOfUnit.get(flag.unit);
        return (
          <button
            type="button"
            className="nd-cmp-list-item nd-cmp-flag"
            data-active={flag.unit === activeUnit ? 'true' : undefined}
            disabled={change === undefined}
            onClick={() => change !== undefined && onJump(change)}
          >
            <Tag color="warning">{FORCE_CATEGORY_LABELS[flag.category]}</Tag>
            <span className="nd-cmp-flag-message">{flag.message}</span>
          </button>
        );
      }}
    />
  );
}
