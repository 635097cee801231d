import { Alert, Button, Descriptions, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { ClockTag } from './ClockTag';
import { LetterModal } from './LetterModal';
import { RecordOutcomeModal } from './RecordOutcomeModal';
import { SubmissionList } from './SubmissionList';
import { SubmitFilingModal } from './SubmitFilingModal';
import { FilingPackageAction } from '../filingPackage';

type Dialog = 'submit' | 'outcome' | 'letter' | null;

/**
 * The document's 备案 tab: its numbers and dates, the filing deadline and state, every submission with
 * its outcome and correction clock, the letters; and the buttons to send, record an answer or a letter.
 */
export function DocumentFilingTab({ documentId }: { documentId: string }) {
  const filing = useApiQuery('filings.forDocument', { documentId });
  const clerk = useHasRole('reviewer');
  const [dialog, setDialog] = useState<Dialog>(null);

  if (filing.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (filing.isError) {
    return <Alert type="error" showIcon title="无法载入备案情况" description={errorMessage(filing.error)} />;
  }
  const view = filing.data;
  const issuance = view.issuance;
  const awaiting = view.submissions.some((submission) => submission.state === 'awaiting');
  const sent = view.submissions.length > 0;
  const roleReason = clerk ? null : '仅审核人员可以办理备案。';
  const submitReason = roleReason ?? view.submitBlockedReason;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="filing-tab">
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label="发文字号">{issuance?.docNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="登记号">{issuance?.registrationNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="备案状态">
          <Typography.Text strong data-filing-state={view.state}>
            {view.stateLabel}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="公布日期">{issuance?.publishedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="施行日期">{issuance?.effectiveOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="有效期至">{issuance?.validUntil ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="报送期限">{issuance?.filingDueOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="当前期限" span={2}>
          {view.clock ? (
            <Space>
              {view.clock.dueOn}
              <ClockTag clock={view.clock} />
            </Space>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>
      {view.period && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          自公布之日起 {view.period.text}内报送备案。依据：{view.period.basis}
          {view.materials && `。报送材料：${view.materials}`}
        </Typography.Text>
      )}
      <Space wrap>
        <Tooltip title={submitReason}>
          <Button type="primary" disabled={submitReason !== null} onClick={() => setDialog('submit')}>
            报送备案
          </Button>
        </Tooltip>
        <Tooltip title={roleReason ?? (awaiting ? null : '没有等待登记结果的报送。')}>
          <Button disabled={roleReason !== null || !awaiting} onClick={() => setDialog('outcome')}>
            登记备案结果
          </Button>
        </Tooltip>
        <Tooltip title={roleReason ?? (sent ? null : '尚未报送备案。')}>
          <Button disabled={roleReason !== null || !sent} onClick={() => setDialog('letter')}>
            登记来函/答复
          </Button>
        </Tooltip>
      </Space>
      <FilingPackageAction documentId={view.documentId} />
      <SubmissionList submissions={view.submissions} />
      {dialog === 'submit' && <SubmitFilingModal view={view} onClose={() => setDialog(null)} />}
      {dialog === 'outcome' && <RecordOutcomeModal view={view} onClose={() => setDialog(null)} />}
      {dialog === 'letter' && <LetterModal view={view} onClose={() => setDialog(null)} />}
    </Space>
  );
}
