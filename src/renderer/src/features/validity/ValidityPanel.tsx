import { Empty } from 'antd';

export function ValidityPanel() {
  return <Empty description="暂无内容" />;
}
