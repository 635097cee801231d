import { Alert, Card, List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { FilingClock } from '../../../../shared/api';
import { FILING_LETTER_KIND_LABELS } from '../../../../shared/domain/filingRegister';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { ClockTag } from './ClockTag';

interface DueItem {
  key: string;
  documentId: string;
  title: ReactNode;
  what: string;
  clock: FilingClock | null;
}

function DueList({ label, total, items }: { label: string; total: number; items: DueItem[] }) {
  return (
    <div data-due-list={label}>
      <Typography.Text strong>
        {label}（{total}）
      </Typography.Text>
      <List
        size="small"
        dataSource={items}
        locale={{ emptyText: '无' }}
        renderItem={(item) => (
          <List.Item key={item.key} extra={<ClockTag clock={item.clock} />}>
            <Space orientation="vertical" size={0}>
              <Link to={`/documents/${item.documentId}`}>{item.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.what}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}

/** 工作台: filings to send, corrections to make and letters to answer, in working days, the earliest first. */
export function FilingDueCard() {
  const due = useApiQuery('filings.due', {});
  return (
    <Card title="备案待办" extra={<Link to="/filing">备案登记簿</Link>} style={{ marginBottom: 16 }}>
      {due.isError && <Alert type="error" showIcon title={errorMessage(due.error)} />}
      {due.data && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <DueList
            label="待报送备案"
            total={due.data.toSubmit.total}
            items={due.data.toSubmit.items.map((row) => ({
              key: row.key,
              documentId: row.documentId,
              title: row.title,
              what: `${row.docNumber ?? ''} 报送期限 ${row.dueOn ?? '—'}`,
              clock: row.clock,
            }))}
          />
          <DueList
            label="补正（纠正）"
            total={due.data.corrections.total}
            items={due.data.corrections.items.map((row) => ({
              key: row.key,
              documentId: row.documentId,
              title: row.title,
              what: `${row.recipient ?? ''}：${row.outcomeLabel ?? ''}`,
              clock: row.clock,
            }))}
          />
          <DueList
            label="待答复来函"
            total={due.data.letters.length}
            items={due.data.letters.map((letter) => ({
              key: letter.id,
              documentId: letter.documentId,
              title: letter.title,
              what: `${letter.recipient}${FILING_LETTER_KIND_LABELS[letter.kind]} ${letter.reference}`,
              clock: letter.clock,
            }))}
          />
        </Space>
      )}
    </Card>
  );
}
