import { List, Space, Tag, Typography } from 'antd';
import type { FilingSubmission } from '../../../../shared/api';
import { FILING_LETTER_KIND_LABELS, FILING_METHOD_LABELS } from '../../../../shared/domain/filingRegister';
import { ClockTag } from './ClockTag';
import { LateTag, StateTag } from './StateTag';

/** Each submission, round by round: organ, how and when it was sent, the answer, clocks and letters. */
export function SubmissionList({ submissions }: { submissions: FilingSubmission[] }) {
  return (
    <List
      dataSource={submissions}
      locale={{ emptyText: '尚未报送' }}
      renderItem={(submission) => (
        <List.Item key={submission.id} data-submission={submission.recipient}>
          <Space orientation="vertical" size={4} style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text strong>{submission.recipient}</Typography.Text>
              <Tag>第 {submission.round} 轮</Tag>
              <StateTag state={submission.state} reminder={submission.writtenReminder} />
              <LateTag late={submission.late} />
            </Space>
            <Typography.Text type="secondary">
              {FILING_METHOD_LABELS[submission.method]}，{submission.sentOn} 报送（期限 {submission.dueOn}
              ）；材料包 {submission.reportNumber}
            </Typography.Text>
            {submission.outcomeLabel && (
              <Typography.Text>
                {submission.outcomeOn} 登记结果：{submission.outcomeLabel}
                {submission.outcomeNote && `。${submission.outcomeNote}`}
              </Typography.Text>
            )}
            {submission.correctionDueOn && (
              <Space>
                <Typography.Text>补正（纠正）期限 {submission.correctionDueOn}</Typography.Text>
                {submission.clock && <ClockTag clock={submission.clock} />}
              </Space>
            )}
            {submission.letters.map((letter) => (
              <Space key={letter.id} wrap style={{ paddingLeft: 16 }}>
                <Tag color={letter.kind === 'reply' ? 'green' : 'blue'}>
                  {FILING_LETTER_KIND_LABELS[letter.kind]}
                </Tag>
                <Typography.Text>
                  {letter.reference} {letter.datedOn}：{letter.text}
                </Typography.Text>
                {letter.dueOn && <Typography.Text type="secondary">答复期限 {letter.dueOn}</Typography.Text>}
                {letter.kind !== 'reply' &&
                  (letter.replied ? <Tag color="green">已答复</Tag> : <ClockTag clock={letter.clock} />)}
              </Space>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );
}
