import { Space, Tag, Typography } from 'antd';
import type { ReviewCaseSummary } from '../../../../shared/api';
import { dueLevel, dueText } from './dueStatus';

const COLORS = { overdue: 'red', soon: 'orange', normal: 'default', concluded: 'green' } as const;

type Props = { reviewCase: Pick<ReviewCaseSummary, 'state' | 'workingDaysLeft' | 'concludedOn' | 'dueOn'> };

/** The due date with the working days left: red when overdue, orange within 2 working days of it. */
export function DueTag({ reviewCase }: Props) {
  const level = dueLevel(reviewCase);
  return (
    <Space size={4} data-due={level}>
      <Typography.Text>{reviewCase.dueOn}</Typography.Text>
      <Tag color={COLORS[level]}>{dueText(reviewCase)}</Tag>
    </Space>
  );
}
