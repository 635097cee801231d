import { Alert } from 'antd';
import type { ReviewCaseSummary } from '../../../../shared/api';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { CalendarWarnings } from './CalendarWarnings';
import { ReviewCaseTable } from './ReviewCaseTable';

export type StateFilter = 'open' | 'concluded' | 'all';

/** Soonest due first: the queue is worked from the top. */
function byDue(cases: ReviewCaseSummary[]): ReviewCaseSummary[] {
  return [...cases].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.documentTitle.localeCompare(b.documentTitle),
  );
}

interface Props {
  mine: boolean;
  state: StateFilter;
  compact?: boolean;
}

/** Review cases from the server, soonest due first, with the calendar's warnings above them. */
export function ReviewCaseList({ mine, state, compact = false }: Props) {
  const list = useApiQuery('reviews.list', { mine, ...(state === 'all' ? {} : { state }) });
  if (list.isError) return <Alert type="error" showIcon title={errorMessage(list.error)} />;
  const cases = byDue(list.data ?? []);
  return (
    <>
      <CalendarWarnings cases={cases} />
      <ReviewCaseTable
        cases={cases}
        loading={list.isPending}
        compact={compact}
        emptyText={mine ? '暂无分配给我的审核案件' : '暂无审核案件'}
      />
    </>
  );
}
