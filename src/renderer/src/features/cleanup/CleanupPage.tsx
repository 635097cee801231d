import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { DecisionCatalogPanel } from '../decisionCatalog';
import { LawChangePanel } from '../lawChanges';
import { ValidityPanel } from '../validity';
import { CampaignPanel } from './CampaignPanel';

const TABS = ['validity', 'law-changes', 'campaigns', 'decision-catalog'] as const;
type CleanupTab = (typeof TABS)[number];

/**
 * 清理: what expires and what cites a changed law (有效期监测, 即时清理线索), the cleanup campaigns with
 * their dispositions and result catalogs, and the annual 重大行政决策事项目录. The tab is kept in the
 * address so that a link from the dashboard opens the right one.
 */
export function CleanupPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: CleanupTab = TABS.includes(requested as CleanupTab) ? (requested as CleanupTab) : 'validity';
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        清理
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'validity', label: '有效期监测', children: <ValidityPanel /> },
          { key: 'law-changes', label: '上位法变化', children: <LawChangePanel /> },
          { key: 'campaigns', label: '清理活动', children: <CampaignPanel /> },
          { key: 'decision-catalog', label: '重大行政决策事项目录', children: <DecisionCatalogPanel /> },
        ]}
      />
    </Card>
  );
}
