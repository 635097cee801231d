import { Tag } from 'antd';

const COLORS: Record<string, string> = {
  running: 'processing',
  due_soon: 'warning',
  overdue: 'error',
  done: 'success',
  done_late: 'orange',
};

/** 期限内 / 即将到期 / 已逾期 / 已按期办结 / 逾期办结. */
export function ClockTag({ state, label }: { state: string; label: string }) {
  return (
    <Tag color={COLORS[state] ?? 'default'} data-clock-state={state}>
      {label}
    </Tag>
  );
}
