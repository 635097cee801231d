import { Tabs } from 'antd';
import { ChangeList } from './ChangeList';
import type { CompareModel } from './compareModel';
import { FlagList } from './FlagList';
import type { ScrollRequest } from './VirtualRows';

/** The side panel: the list of changes and the legal-force flags, both leading into the text. */
export function ChangePanel({
  model,
  activeIndex,
  activeUnit,
  scrollTo,
  onJump,
  height,
}: {
  model: CompareModel;
  activeIndex: number | null;
  activeUnit: number | null;
  scrollTo: ScrollRequest | null;
  onJump: (index: number) => void;
  height: number;
}) {
  const listHeight = height - 56;
  return (
    <Tabs
      className="nd-cmp-panel"
      size="small"
      items={[
        {
          key: 'changes',
          label: `变化（${model.result.changes.length}）`,
          children: (
            <ChangeList
              model={model}
              activeIndex={activeIndex}
              scrollTo={scrollTo}
              onJump={onJump}
              height={listHeight}
            />
          ),
        },
        {
          key: 'flags',
          label: `法律效力（${model.result.flags.length}）`,
          children: <FlagList model={model} activeUnit={activeUnit} onJump={onJump} height={listHeight} />,
        },
      ]}
    />
  );
}
