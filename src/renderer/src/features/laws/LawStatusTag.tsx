import { Tag } from 'antd';
import type { LawStatus } from './lawStatus';

const COLORS: Record<LawStatus, string> = { 有效: 'green', 已修改: 'orange', 已废止: 'red' };

export function LawStatusTag({ status }: { status: LawStatus }) {
  return <Tag color={COLORS[status]}>{status}</Tag>;
}
