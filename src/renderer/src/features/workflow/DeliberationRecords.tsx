import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import type { DeliberationView } from '../../../../shared/api';
import { versionTitle } from '../../../../shared/domain/versionName';
import { call } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useApiError } from '../../lib/useApiError';

const DECISION_COLORS: Record<DeliberationView['decision'], string> = {
  approved: 'green',
  approved_with_changes: 'gold',
  rejected: 'red',
  deferred: 'default',
};

/** 集体审议记录: each meeting on the document, with who attended, its decision, dissent and the minutes. */
export function DeliberationRecords({ deliberations }: { deliberations: DeliberationView[] }) {
  const showError = useApiError();
  const download = useMutation({
    mutationFn: (id: string) => call('materials.download', { id }),
    onSuccess: (file) => downloadFile(file),
    onError: (error) => showError(error),
  });
  return (
    <Card size="small" title="集体审议记录" data-testid="deliberation-records">
      {deliberations.length === 0 ? (
        <Empty description="尚未集体审议" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {[...deliberations].reverse().map((meeting) => (
            <Descriptions
              key={meeting.id}
              size="small"
              bordered
              column={{ xs: 1, md: 2 }}
              title={
                <Space>
                  <span>{meeting.meetingName}</span>
                  <Tag color={DECISION_COLORS[meeting.decision]}>{meeting.decisionLabel}</Tag>
                </Space>
              }
              items={[
                { key: 'type', label: '会议类型', children: meeting.meetingType },
                { key: 'heldOn', label: '召开日期', children: meeting.heldOn },
                {
                  key: 'version',
                  label: '审议文本',
                  children:
                    meeting.versionSeq === null
                      ? '—'
                      : versionTitle(meeting.versionSeq, meeting.versionLabel),
                },
                { key: 'recorded', label: '记录人', children: meeting.recordedByName },
                {
                  key: 'attendees',
                  label: '出席人员',
                  span: 'filled',
                  children: meeting.attendees.join('、'),
                },
                {
                  key: 'dissent',
                  label: '不同意见',
                  span: 'filled',
                  children: meeting.dissent || <Typography.Text type="secondary">无</Typography.Text>,
                },
                ...(meeting.materials.length > 0
                  ? [
                      {
                        key: 'materials',
                        label: '会前材料',
                        span: 'filled' as const,
                        children: meeting.materials
                          .map((item) => `${item.label}：${item.present ? (item.note ?? '已具备') : '缺'}`)
                          .join('；'),
                      },
                    ]
                  : []),
                {
                  key: 'minutes',
                  label: '会议纪要',
                  span: 'filled',
                  children: meeting.minutes ? (
                    <Button
                      type="link"
                      size="small"
                      icon={<PaperClipOutlined />}
                      style={{ padding: 0 }}
                      loading={download.isPending && download.variables === meeting.minutes.id}
                      onClick={() => meeting.minutes && download.mutate(meeting.minutes.id)}
                    >
                      {meeting.minutes.fileName}
                      {meeting.minutes.withdrawn ? '（已撤回）' : ''}
                    </Button>
                  ) : (
                    <Typography.Text type="secondary">未随记录附上，见“材料”</Typography.Text>
                  ),
                },
              ]}
            />
          ))}
        </Space>
      )}
    </Card>
  );
}
