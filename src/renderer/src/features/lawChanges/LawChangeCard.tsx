import { Alert, Card, Statistic } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';

/** 工作台: issued documents in force that cite a law changed after their publication. */
export function LawChangeCard() {
  const alerts = useApiQuery('laws.changeAlerts', {});
  return (
    <Card
      title="上位法变化"
      extra={<Link to="/cleanup?tab=law-changes">即时清理线索</Link>}
      style={{ marginBottom: 16 }}
      data-law-change-card
    >
      {alerts.isError && <Alert type="error" showIcon title={errorMessage(alerts.error)} />}
      <Link to="/cleanup?tab=law-changes">
        <Statistic
          title="引用已变化法规的现行文件"
          value={alerts.data?.documents ?? '—'}
          suffix="件"
          loading={alerts.isPending}
        />
      </Link>
    </Card>
  );
}
