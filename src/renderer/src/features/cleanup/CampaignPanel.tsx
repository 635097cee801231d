import { Empty } from 'antd';

export function CampaignPanel() {
  return <Empty description="暂无内容" />;
}
