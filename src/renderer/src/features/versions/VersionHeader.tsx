import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { VersionDetail } from '../../../../shared/api';
import { versionTitle } from '../../../../shared/domain/versionName';
import { formatDateTime } from '../../lib/format';
import { ExportPrintButtons } from './ExportPrintButtons';

interface Props {
  detail: VersionDetail;
  documentTitle: string | undefined;
}

/** Which frozen text this is: label, number, who saved it and when, and its content hash. */
export function VersionHeader({ detail, documentTitle }: Props) {
  const { summary } = detail;
  return (
    <Card size="small">
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Link to={`/documents/${detail.documentId}`}>
          <ArrowLeftOutlined /> {documentTitle ?? '返回文件'}
        </Link>
        <ExportPrintButtons input={{ versionId: summary.id }} />
      </Flex>
      <Typography.Title level={4} style={{ margin: '8px 0' }}>
        {versionTitle(summary.seq, summary.label)}
        {detail.sourceAttachmentId && (
          <Tag color="purple" style={{ marginLeft: 8, verticalAlign: 'middle' }}>
            由 Word 文件导入
          </Tag>
        )}
        <Tag style={{ marginLeft: 8, verticalAlign: 'middle' }}>只读</Tag>
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          { key: 'seq', label: '版本序号', children: summary.seq },
          { key: 'label', label: '版本标签', children: summary.label },
          { key: 'author', label: '保存人', children: summary.createdByName },
          { key: 'time', label: '保存时间', children: formatDateTime(summary.createdAt) },
          { key: 'chars', label: '字数', children: summary.charCount },
          {
            key: 'hash',
            label: '内容哈希（SHA-256）',
            // The rest of its row, however many columns the width gives (a note then starts a row of its own).
            span: 'filled',
            children: (
              <Space size={4}>
                <Typography.Text
                  code
                  copyable={{ text: summary.contentHash, tooltips: ['复制完整哈希', '已复制'] }}
                >
                  {summary.contentHash.slice(0, 12)}
                </Typography.Text>
              </Space>
            ),
          },
          ...(summary.note
            ? [{ key: 'note', label: '说明', span: 'filled' as const, children: summary.note }]
            : []),
        ]}
      />
    </Card>
  );
}
