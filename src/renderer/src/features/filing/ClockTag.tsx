import { Tag } from 'antd';
import type { FilingClock } from '../../../../shared/api';
import { clockText } from '../../../../shared/domain/filingRegister';

/** Working days left on a running clock: red once overdue, orange within 3 working days. */
export function ClockTag({ clock }: { clock: FilingClock | null }) {
  if (!clock) return <span>—</span>;
  const color = clock.overdue ? 'red' : clock.workingDaysLeft <= 3 ? 'orange' : 'default';
  return (
    <Tag color={color} data-overdue={clock.overdue}>
      {clockText(clock)}
    </Tag>
  );
}
