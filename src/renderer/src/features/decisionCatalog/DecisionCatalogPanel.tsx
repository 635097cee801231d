import { Empty } from 'antd';

export function DecisionCatalogPanel() {
  return <Empty description="暂无内容" />;
}
