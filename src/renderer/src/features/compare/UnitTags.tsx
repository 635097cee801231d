import { WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { CompareModel } from './compareModel';
import { KIND_COLORS, KIND_LABELS } from './labels';

/** What happened to a unit, as tags: its kind (仅序号变化, 移动 …) and 法律效力变化 with the messages. */
export function UnitTags({ model, unit }: { model: CompareModel; unit: number }) {
  const change = model.result.units[unit];
  if (!change || change.kind === 'unchanged') return null;
  const flags = model.flagsByUnit.get(unit);
  return (
    <span className="nd-cmp-tags">
      <Tag color={KIND_COLORS[change.kind]} variant="outlined" data-kind={change.kind}>
        {KIND_LABELS[change.kind]}
      </Tag>
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
