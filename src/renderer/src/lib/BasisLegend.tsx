import { Space, Tag, Typography } from 'antd';
import { BASIS_LEGEND, type BasisStanding } from '../../../shared/domain/basisStanding';

export const STANDING_COLORS: Record<BasisStanding, string> = {
  statutory: 'green',
  local: 'geekblue',
  own: 'blue',
  elsewhere: 'cyan',
  unverified: 'orange',
};

/** What the notes beside a basis mean (法定依据, 外地做法, 待核实), shown beside a list that carries them. */
export function BasisLegend() {
  return (
    <Space size={4} wrap data-testid="basis-legend" style={{ fontSize: 12 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        依据说明：
      </Typography.Text>
      {BASIS_LEGEND.map((entry) => (
        <span key={entry.standing} style={{ marginInlineEnd: 8 }}>
          <Tag color={STANDING_COLORS[entry.standing]} style={{ marginInlineEnd: 4 }}>
            {entry.label}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {entry.meaning}
          </Typography.Text>
        </span>
      ))}
    </Space>
  );
}
