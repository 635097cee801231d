import { Alert, Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { ClockTag } from './ClockTag';

/** 工作台: disclosure answers and proactive disclosures still open, soonest first. */
export function DisclosureClocksCard() {
  const clocks = useApiQuery('disclosure.clocks', {});
  const items = clocks.data?.items ?? [];
  return (
    <Card title="政府信息公开期限" style={{ marginBottom: 16 }} data-testid="disclosure-clocks">
      {clocks.isError && <Alert type="error" showIcon title={errorMessage(clocks.error)} />}
      {items.length === 0 && !clocks.isPending ? (
        <Typography.Text type="secondary">没有未办结的答复或主动公开期限。</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items.slice(0, 8)}
          renderItem={(item) => (
            <List.Item key={`${item.clock}-${item.documentId}`}>
              <Space orientation="vertical" size={0}>
                <Link to={`/documents/${encodeURIComponent(item.documentId)}`}>{item.title}</Link>
                <Space size={4}>
                  <Typography.Text type="secondary">
                    {item.clock === 'reply' ? '答复期限' : '主动公开期限'} {item.dueOn}
                  </Typography.Text>
                  <ClockTag state={item.state} label={item.stateLabel} />
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
