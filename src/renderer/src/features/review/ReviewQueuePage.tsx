import { Card, Segmented, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useHasRole } from '../../lib/session';
import { ReviewCaseList, type StateFilter } from './ReviewCaseList';

/** 审核: my queue (open cases assigned to me) and every case, with due dates in working days. */
export function ReviewQueuePage() {
  const isReviewer = useHasRole('reviewer');
  const [state, setState] = useState<StateFilter>('open');
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        合法性审核
      </Typography.Title>
      <Tabs
        defaultActiveKey={isReviewer ? 'mine' : 'all'}
        items={[
          ...(isReviewer
            ? [{ key: 'mine', label: '我的待办', children: <ReviewCaseList mine state="open" /> }]
            : []),
          {
            key: 'all',
            label: '全部案件',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Segmented<StateFilter>
                  value={state}
                  onChange={setState}
                  options={[
                    { value: 'open', label: '审核中' },
                    { value: 'concluded', label: '已作出结论' },
                    { value: 'all', label: '全部' },
                  ]}
                />
                <ReviewCaseList mine={false} state={state} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
