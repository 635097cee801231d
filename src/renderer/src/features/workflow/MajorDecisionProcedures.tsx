import { List, Space, Tag, Typography } from 'antd';
import type { WorkflowView } from '../../../../shared/api';
import { PROCEDURE_STATE_LABELS } from '../../../../shared/domain/decisionCatalog';
import { procedureChecklist } from '../../../../shared/domain/workflow';
import { useApiQuery } from '../../lib/useApi';
import { useRuleProfile } from './useRuleProfile';

const COLORS = { done: 'green', not_applicable: 'default', pending: 'orange' } as const;

/**
 * 重大行政决策: the five statutory procedures, each done (on its day), not applicable (with why) or
 * pending, with the materials it produces and whether they are on file.
 */
export function MajorDecisionProcedures({ view }: { view: WorkflowView }) {
  const { profile } = useRuleProfile();
  const materials = useApiQuery('materials.list', { documentId: view.documentId });
  if (!profile || !materials.data) return null;
  const entries = procedureChecklist(profile, view.context, materials.data.checks);
  return (
    <List
      size="small"
      header={<Typography.Text strong>决策法定程序</Typography.Text>}
      aria-label="决策法定程序"
      dataSource={entries}
      style={{ marginBottom: 16 }}
      renderItem={(entry) => (
        <List.Item data-procedure={entry.procedure} data-state={entry.state}>
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text>{entry.label}</Typography.Text>
              <Tag color={COLORS[entry.state]}>
                {entry.state === 'done' && entry.on
                  ? `${entry.on} 完成`
                  : PROCEDURE_STATE_LABELS[entry.state]}
              </Tag>
              {entry.note && <Typography.Text type="secondary">{entry.note}</Typography.Text>}
            </Space>
            {entry.materials.map((line) => (
              <Typography.Text key={line.label} type={line.present ? undefined : 'warning'}>
                {line.present ? '✓' : '✗'} {line.label}
                {line.note ? `：${line.note}` : line.present ? '' : '（尚未具备）'}
              </Typography.Text>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
