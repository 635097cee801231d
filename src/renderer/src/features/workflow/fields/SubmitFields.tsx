import { Alert, DatePicker, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { VersionSummary } from '../../../../../shared/api';
import type { DocumentKind } from '../../../../../shared/domain/documentKinds';
import { DOCUMENT_KIND_LABELS } from '../../../../../shared/domain/documentKinds';
import { versionTitle } from '../../../../../shared/domain/versionName';
import { formatDateTime } from '../../../lib/format';
import { useApiQuery } from '../../../lib/useApi';
import { isoDate, today } from '../eventPayload';
import { useRuleProfile } from '../useRuleProfile';

/** The label the timeline shows for the submitted version: 第 n 版 · 送审稿. */
export function submittedVersionLabel(version: VersionSummary): string {
  return versionTitle(version.seq, version.label);
}

/**
 * 送审: the reviewer reviews one exact, frozen version (the newest is preselected by the modal). The
 * requested answer date (期望答复日期) must leave the reviewer the minimum review period: a date that is
 * too soon is warned here with the earliest day the rule allows (and again, stored, on submission).
 */
export function SubmitFields({ versions, kind }: { versions: VersionSummary[]; kind: DocumentKind }) {
  const { profile } = useRuleProfile();
  const minimum = profile?.reviewPeriod[kind].minWorkingDays ?? 0;
  const earliest = useApiQuery(
    'calendar.deadline',
    { from: today(), count: Math.max(1, minimum), unit: 'working' },
    { enabled: minimum > 0 },
  );
  const form = Form.useFormInstance();
  const requested = Form.useWatch<Dayjs | undefined>('requestedAnswerOn', form);
  const earliestOn = minimum > 0 ? earliest.data?.due : today();
  const tooSoon =
    requested !== undefined &&
    requested !== null &&
    earliestOn !== undefined &&
    isoDate(requested) < earliestOn;

  if (versions.length === 0) {
    return <Alert type="warning" showIcon title="尚无已保存的版本：请先在起草页面保存版本，再送审。" />;
  }
  const newestFirst = [...versions].sort((a, b) => b.seq - a.seq);
  return (
    <>
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
      <Form.Item
        label="期望答复日期"
        name="requestedAnswerOn"
        extra={
          minimum > 0 && earliestOn
            ? `${DOCUMENT_KIND_LABELS[kind]}的审核期限一般不少于 ${minimum} 个工作日，今日送审最早可要求于 ${earliestOn} 答复。`
            : undefined
        }
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => isoDate(day) <= today()} />
      </Form.Item>
      {tooSoon && requested && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={`期望答复日期（${isoDate(requested)}）过早：审核期限一般不少于 ${minimum} 个工作日，应当为审核留出必要时间，最早可要求于 ${earliestOn} 答复。仍可送审，送审记录将载明此提示。`}
        />
      )}
    </>
  );
}
