import { Button, Flex, Space, Tag, Typography } from 'antd';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { findPrecheckRule, SEVERITY_LABELS } from '../../../../shared/domain/precheck';
import { BasisNote } from '../../lib/BasisNote';

type Finding = ReviewCaseDetail['findings'][number];

export const SEVERITY_COLORS: Record<Finding['severity'], string> = {
  error: 'red',
  warning: 'orange',
  info: 'blue',
};

interface Props {
  finding: Finding;
  elementTitle: string | undefined;
  editable: boolean;
  busy: boolean;
  onAccept: () => void;
  onDismiss: () => void;
}

/** One pre-check finding: the clause, what the rule saw and why, and the reviewer's decision on it. */
export function FindingCard({ finding, elementTitle, editable, busy, onAccept, onDismiss }: Props) {
  return (
    <div
      data-finding-id={finding.id}
      data-state={finding.state}
      style={{
        padding: '12px 0',
        borderBottom: '1px solid #f0f0f0',
        opacity: finding.state === 'dismissed' ? 0.65 : 1,
      }}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Space size={6} wrap style={{ minWidth: 0 }}>
          <Tag color={SEVERITY_COLORS[finding.severity]}>{SEVERITY_LABELS[finding.severity]}</Tag>
          {finding.label && <Typography.Text strong>{finding.label}</Typography.Text>}
          <Typography.Text type="secondary">{finding.ruleTitle}</Typography.Text>
        </Space>
        {finding.state === 'accepted' ? (
          <Tag color="green">已采纳</Tag>
        ) : finding.state === 'dismissed' ? (
          <Tag>不采纳</Tag>
        ) : (
          !editable && <Tag>待处理</Tag>
        )}
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0', overflowWrap: 'anywhere' }}>
        {finding.message}
      </Typography.Paragraph>
      {finding.excerpt && (
        <blockquote
          style={{ margin: '4px 0', paddingLeft: 12, borderLeft: '3px solid #d9d9d9', color: '#595959' }}
        >
          {finding.excerpt}
        </blockquote>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {elementTitle && `审核要点：${elementTitle}`}
        {elementTitle && finding.basis && '；'}
        {finding.basis && `依据：${finding.basis}`}
      </Typography.Text>
      {finding.basis && (
        <BasisNote
          confidence={findPrecheckRule(finding.ruleId)?.confidence}
          citedAs={[finding.basis, findPrecheckRule(finding.ruleId)?.source]}
        />
      )}
      {finding.state === 'dismissed' && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
          不采纳理由：{finding.reason}（{finding.decidedByName ?? ''}）
        </Typography.Paragraph>
      )}
      {finding.state === 'suggested' && editable && (
        <Space style={{ marginTop: 8 }}>
          <Button size="small" type="primary" loading={busy} onClick={onAccept}>
            采纳
          </Button>
          <Button size="small" disabled={busy} onClick={onDismiss}>
            不采纳
          </Button>
        </Space>
      )}
    </div>
  );
}
