import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';

/** 工作台: what expires within the reminder window and what expired with no decision, each a link to its view. */
export function ValidityCard() {
  const summary = useApiQuery('validity.summary', {});
  return (
    <Card
      title="有效期提醒"
      extra={<Link to="/cleanup?tab=validity&view=all">有效期监测</Link>}
      style={{ marginBottom: 16 }}
    >
      {summary.isError && <Alert type="error" showIcon title={errorMessage(summary.error)} />}
      <Row gutter={16}>
        <Col span={12}>
          <Link to="/cleanup?tab=validity&view=expiring" data-validity-count="expiring">
            <Statistic title="即将到期" value={summary.data?.expiring ?? '—'} suffix="件" />
          </Link>
        </Col>
        <Col span={12}>
          <Link to="/cleanup?tab=validity&view=expired_undecided" data-validity-count="expired_undecided">
            <Statistic title="到期未处理" value={summary.data?.expiredUndecided ?? '—'} suffix="件" />
          </Link>
        </Col>
      </Row>
      {summary.data && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {summary.data.rule.reminder}
        </Typography.Text>
      )}
    </Card>
  );
}
