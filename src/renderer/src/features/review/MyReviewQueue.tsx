import { Card } from 'antd';
import { Link } from 'react-router';
import { useHasRole } from '../../lib/session';
import { DUE_SOON_WORKING_DAYS } from './dueStatus';
import { ReviewCaseList } from './ReviewCaseList';

/**
 * 我的待办 on the dashboard: open review cases assigned to the signed-in reviewer, soonest due first.
 * Cases due within 2 working days are orange before the due date; past it they are red (overdue).
 */
export function MyReviewQueue() {
  const isReviewer = useHasRole('reviewer');
  if (!isReviewer) return null;
  return (
    <Card
      title="我的待办"
      extra={<Link to="/review">全部审核案件</Link>}
      style={{ marginBottom: 16 }}
      data-testid="my-review-queue"
    >
      <ReviewCaseList mine state="open" compact />
      <div style={{ marginTop: 8, color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>
        红色为已超期；橙色为 {DUE_SOON_WORKING_DAYS} 个工作日内到期。期限按工作日计算，节假日顺延。
      </div>
    </Card>
  );
}
