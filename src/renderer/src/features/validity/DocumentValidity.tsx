import { Alert, Descriptions, List, Typography } from 'antd';
import { errorMessage } from '../../api/client';
import { LifecycleTag } from '../../lib/LifecycleTag';
import { useApiQuery } from '../../lib/useApi';

/**
 * The document page's 有效期 section: 效力状态, 有效期至, when the evaluation starts, the rule that gave
 * the term, and the cleanup decisions so far. Shown for issued documents only.
 */
export function DocumentValidity({ documentId }: { documentId: string }) {
  const validity = useApiQuery('validity.forDocument', { documentId });
  if (validity.isError) return <Alert type="error" showIcon title={errorMessage(validity.error)} />;
  const view = validity.data;
  if (!view?.lifecycle) return null;
  const { lifecycle } = view;
  return (
    <section data-document-validity>
      <Descriptions
        title="有效期"
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'state',
            label: '效力状态',
            children: (
              <>
                <LifecycleTag state={lifecycle.state} label={lifecycle.label} />
                {lifecycle.since && <Typography.Text type="secondary">自 {lifecycle.since}</Typography.Text>}
              </>
            ),
          },
          {
            key: 'validUntil',
            label: '有效期至',
            children: lifecycle.validUntil ?? <Typography.Text type="secondary">未设有效期</Typography.Text>,
          },
          ...(lifecycle.reminderFrom
            ? [{ key: 'reminderFrom', label: '评估提醒', children: `${lifecycle.reminderFrom} 起` }]
            : []),
          ...(view.term
            ? [
                {
                  key: 'term',
                  label: '有效期规则',
                  children: `${view.term.basis}，${view.term.defaultYears}年（${view.rule.reminder}；依据：${view.rule.basis}）`,
                },
              ]
            : []),
        ]}
      />
      <List
        size="small"
        header={<Typography.Text strong>清理决定</Typography.Text>}
        dataSource={view.decisions}
        locale={{ emptyText: '尚无清理决定' }}
        renderItem={(decision) => (
          <List.Item key={decision.id}>
            {decision.decidedOn} {decision.label}（{decision.docNumber}）：{decision.reason}
          </List.Item>
        )}
      />
    </section>
  );
}
