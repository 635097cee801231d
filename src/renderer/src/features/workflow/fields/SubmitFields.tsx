import { Alert, Form, Select } from 'antd';
import type { VersionSummary } from '../../../../../shared/api';
import { versionTitle } from '../../../../../shared/domain/versionName';
import { formatDateTime } from '../../../lib/format';

/** The label the timeline shows for the submitted version: 第 n 版 · 送审稿. */
export function submittedVersionLabel(version: VersionSummary): string {
  return versionTitle(version.seq, version.label);
}

/** 送审: the reviewer reviews one exact, frozen version (the newest is preselected by the modal). */
export function SubmitFields({ versions }: { versions: VersionSummary[] }) {
  if (versions.length === 0) {
    return <Alert type="warning" showIcon title="尚无已保存的版本：请先在起草页面保存版本，再送审。" />;
  }
  const newestFirst = [...versions].sort((a, b) => b.seq - a.seq);
  return (
    <Form.Item
      label="送审版本"
      name="versionId"
      rules={[{ required: true, message: '请选择要送审的版本' }]}
      extra="审核针对所选版本进行；送审后修改正文需保存新版本并重新送审。"
    >
      <Select
        options={newestFirst.map((version) => ({
          value: version.id,
          label: `${submittedVersionLabel(version)} · ${version.createdByName} · ${formatDateTime(version.createdAt)}`,
        }))}
      />
    </Form.Item>
  );
}
