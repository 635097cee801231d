import { WarningOutlined } from '@ant-design/icons';
import { Empty, Tag } from 'antd';
import type { CompareModel } from './compareModel';
import { KIND_COLORS, KIND_LABELS } from './labels';
import { VirtualRows, type ScrollRequest } from './VirtualRows';

/** The changed articles and blocks in reading order; a click jumps the view there. */
export function ChangeList({
  model,
  activeIndex,
  scrollTo,
  onJump,
  height,
}: {
  model: CompareModel;
  activeIndex: number | null;
  scrollTo: ScrollRequest | null;
  onJump: (index: number) => void;
  height: number;
}) {
  const { changes } = model.result;
  if (changes.length === 0) return <Empty description="两个版本内容相同" />;
  return (
    <VirtualRows
      label="变化列表"
      count={changes.length}
      estimateSize={34}
      height={height}
      scrollTo={scrollTo}
      align="auto"
      rowKey={(index) => changes[index]?.unit ?? index}
      renderRow={(index) => {
        const change = changes[index];
        if (!change) return null;
        return (
          <button
            type="button"
            className="nd-cmp-list-item"
            data-active={index === activeIndex ? 'true' : undefined}
            aria-current={index === activeIndex ? 'true' : undefined}
            onClick={() => onJump(index)}
          >
            <Tag color={KIND_COLORS[change.kind]} variant="outlined">
              {KIND_LABELS[change.kind]}
            </Tag>
            <span className="nd-cmp-list-label">{change.label}</span>
            {model.flagsByUnit.has(change.unit) && (
              <WarningOutlined className="nd-cmp-list-force" aria-label="法律效力变化" />
            )}
          </button>
        );
      }}
    />
  );
}
