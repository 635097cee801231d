import { Empty, Tag, Timeline, Typography } from 'antd';
import type { DecisionCatalogChangeView } from '../../../../shared/api';
import { describeItemChange } from '../../../../shared/domain/decisionCatalog';

/** Every change of the catalog's items, newest first; those after publication are marked 调整. */
export function ChangeHistory({ changes }: { changes: DecisionCatalogChangeView[] }) {
  if (changes.length === 0) return <Empty description="尚无变更记录" />;
  return (
    <Timeline
      data-testid="decision-catalog-history"
      items={[...changes].reverse().map((change) => ({
        key: change.id,
        color: change.afterPublication ? 'orange' : 'blue',
        content: (
          <div>
            <div>
              {change.afterPublication && <Tag color="orange">公布后调整</Tag>}
              {describeItemChange(change.change, change.before, change.after)}
            </div>
            {change.reason && <div>理由：{change.reason}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {change.changedOn} {change.changedByName}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
