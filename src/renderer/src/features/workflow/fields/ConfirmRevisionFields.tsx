import { Alert, Form, Input, Typography } from 'antd';
import type { VersionSummary } from '../../../../../shared/api';
import { formatDateTime } from '../../../lib/format';
import { submittedVersionLabel } from './SubmitFields';

/**
 * 确认已按审核意见修改: the reviewer confirms the newest version, made by the drafter after a conclusion
 * that asked for changes, before the text goes to deliberation.
 */
export function ConfirmRevisionFields({ versions }: { versions: VersionSummary[] }) {
  const newest = [...versions].sort((a, b) => b.seq - a.seq)[0];
  if (!newest) return <Alert type="warning" showIcon title="尚无已保存的版本。" />;
  return (
    <>
      <Form.Item name="versionId" hidden>
        <Input />
      </Form.Item>
      <Typography.Paragraph>
        确认的版本：{submittedVersionLabel(newest)} · {newest.createdByName} ·{' '}
        {formatDateTime(newest.createdAt)}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        请先在“版本”中将此版本与送审版本比对，核对已按审核意见修改。确认后文本锁定，以此版本提交集体审议。
      </Typography.Paragraph>
      <Form.Item label="核对说明" name="note">
        <Input.TextArea rows={3} maxLength={1000} placeholder="可选：核对了哪些修改" />
      </Form.Item>
    </>
  );
}
