import { Alert } from 'antd';
import type { ReviewCaseSummary } from '../../../../shared/api';
import { calendarWarnings } from './dueStatus';

/** Due dates that reach a year without holiday data may be off: say so instead of hiding it. */
export function CalendarWarnings({ cases }: { cases: readonly Pick<ReviewCaseSummary, 'dueWarnings'>[] }) {
  const messages = calendarWarnings(cases);
  if (messages.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title="部分审核期限可能不准确"
      description={messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
      style={{ marginBottom: 16 }}
    />
  );
}
