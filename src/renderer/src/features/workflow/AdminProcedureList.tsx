import { Descriptions, Tag } from 'antd';
import type { ProcedureRecord } from '../../../../shared/domain/workflow';
import { useRuleProfile } from './useRuleProfile';

/** 行政规范性文件: 评估论证 and 公开征求意见 as recorded (or still owed before 送审). */
export function AdminProcedureList({
  procedures,
}: {
  procedures: Record<string, ProcedureRecord | undefined>;
}) {
  const { profile } = useRuleProfile();
  const rules = profile?.adminNormativeProcedures ?? [];
  if (rules.length === 0) return null;
  return (
    <Descriptions size="small" column={1} title="起草程序" data-testid="admin-procedures">
      {rules.map((rule) => {
        const record = procedures[rule.id];
        let state;
        if (!record) {
          state = (
            <Tag color={rule.required ? 'orange' : 'default'}>
              {rule.required ? '送审前应当履行' : '未登记'}
            </Tag>
          );
        } else if ('notApplicableReason' in record) {
          state = <span>不适用：{record.notApplicableReason}</span>;
        } else {
          const window = record.commentPeriod
            ? `，${record.commentPeriod.from} 至 ${record.commentPeriod.to}`
            : '';
          const reason = record.shortenedReason ? `；期限缩短的理由：${record.shortenedReason}` : '';
          state = (
            <span>
              <Tag color="green">已完成</Tag>
              {record.completedOn}
              {window}
              {record.attachmentIds?.length ? `，材料 ${record.attachmentIds.length} 件` : ''}
              {reason}
            </span>
          );
        }
        return (
          <Descriptions.Item key={rule.id} label={rule.label}>
            {state}
          </Descriptions.Item>
        );
      })}
    </Descriptions>
  );
}
