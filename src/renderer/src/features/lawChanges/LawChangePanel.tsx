import { Empty } from 'antd';

export function LawChangePanel() {
  return <Empty description="暂无内容" />;
}
