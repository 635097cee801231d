import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Result, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { ExportPrintButtons } from '../versions';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DraftPart } from '../../../../shared/api/schemas/drafting';
import { AppError, errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { DraftWorkspace } from './DraftWorkspace';

const PARTS: { value: DraftPart; label: string }[] = [
  { value: 'main', label: '正文' },
  { value: 'explanation', label: '起草说明' },
];

/** 起草: the document's working draft (正文 and 起草说明) on an official page, with versions and Word import. */
export function DraftingPage() {
  const { id = '' } = useParams();
  const detail = useApiQuery('documents.get', { id }, { enabled: id !== '' });
  const canEdit = useHasRole('drafter');
  // ?part=explanation opens the 起草说明 (linked from the materials checklist).
  const [searchParams] = useSearchParams();
  const [part, setPart] = useState<DraftPart>(
    searchParams.get('part') === 'explanation' ? 'explanation' : 'main',
  );

  if (detail.isError) {
    const missing = detail.error instanceof AppError && detail.error.code === 'NOT_FOUND';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '文件不存在' : '无法载入文件'}
        subTitle={errorMessage(detail.error)}
        extra={
          <Link to="/documents">
            <Button type="primary">返回文件库</Button>
          </Link>
        }
      />
    );
  }

  // The draft is fetched at the same time as the document's details (a long text takes a while).
  const document = detail.data?.document;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex justify="space-between" align="center" gap={16} wrap>
          <div style={{ minWidth: 0 }}>
            <Link to={`/documents/${id}`}>
              <ArrowLeftOutlined /> 返回文件
            </Link>
            <Typography.Title level={4} style={{ margin: '4px 0 0' }} ellipsis={{ tooltip: document?.title }}>
              起草：{document ? document.title : <Spin size="small" />}
            </Typography.Title>
          </div>
          <Flex gap={12} align="center" wrap>
            {part === 'main' && <ExportPrintButtons input={{ documentId: id, draft: true }} />}
            <Segmented<DraftPart> options={PARTS} value={part} onChange={setPart} aria-label="编辑内容" />
          </Flex>
        </Flex>
        {!canEdit && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title="只读：只有起草人员可以编辑草稿、保存版本和导入 Word；您可以查看草稿、大纲和各版本。"
          />
        )}
      </Card>
      <DraftWorkspace
        key={part}
        documentId={id}
        part={part}
        canEdit={canEdit}
        versions={detail.data?.versions ?? []}
      />
    </Flex>
  );
}
