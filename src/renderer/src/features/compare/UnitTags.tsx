import { WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { CompareModel } from './compareModel';
import { KIND_COLORS, KIND_LABELS } from './labels';

/** 由 第二章 › 第十五条 移至 第三章 › 第十七条 */
function movedTitle(from: string | undefined, to: string | undefined): string | undefined {
  return from && to ? `由 ${from} 移至 ${to}` : undefined;
}

/** What happened to a unit, as tags: its kind (仅序号变化, 移动 …) and 法律效力变化 with the messages. */
export function UnitTags({ model, unit }: { model: CompareModel; unit: number }) {
  const change = model.result.units[unit];
  if (!change || change.kind === 'unchanged') return null;
  const flags = model.flagsByUnit.get(unit);
  return (
    <span className="nd-cmp-tags">
      <Tooltip title={change.kind === 'moved' ? movedTitle(change.oldDisplay, change.newDisplay) : undefined}>
        <Tag color={KIND_COLORS[change.kind]} variant="outlined" data-kind={change.kind}>
          {KIND_LABELS[change.kind]}
        </Tag>
      </Tooltip>
      {change.kind === 'moved' && change.edited && <Tag color="blue">有修改</Tag>}
      {flags && (
        <Tooltip
          title={flags.map((flag, index) => (
            <div key={index}>{flag.message}</div>
          ))}
        >
          <Tag color="warning" icon={<WarningOutlined />} data-force>
            法律效力变化
          </Tag>
        </Tooltip>
      )}
    </span>
  );
}
