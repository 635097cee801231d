import { Alert, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { CitingSentence } from './CitingSentence';

/** The documents a law's change triggers: 文号, 效力状态 and the sentences citing the law. */
export function LawChangeImpactView({ changeId }: { changeId: string }) {
  const impact = useApiQuery('laws.changeImpact', { id: changeId });
  const navigate = useNavigate();
  if (impact.isError) return <Alert type="error" showIcon title={errorMessage(impact.error)} />;
  if (!impact.data) return null;
  const { change, documents } = impact.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-law-change-impact={change.id}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text strong>
          《{change.title}》{change.changeLabel}（{change.changedOn}起施行）：涉及文件 {documents.length}{' '}
          件，其中现行有效 {change.inForceCount} 件
        </Typography.Text>
        <Button
          type="primary"
          disabled={documents.length === 0}
          onClick={() =>
            void navigate(`/cleanup?tab=campaigns&fromLawChange=${encodeURIComponent(change.id)}`)
          }
        >
          发起即时清理
        </Button>
      </Space>
      {documents.length === 0 ? (
        <Empty description="没有在变化生效前印发、现行文本引用该法规的文件" />
      ) : (
        <List
          bordered
          dataSource={documents}
          renderItem={(document) => (
            <List.Item key={document.documentId} data-impacted-document={document.documentId}>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Link to={`/documents/${document.documentId}`}>{document.title}</Link>
                  <Typography.Text type="secondary">{document.docNumber}</Typography.Text>
                  <Tag color={document.inForce ? 'green' : 'default'}>{document.lifecycleLabel}</Tag>
                  <Typography.Text type="secondary">公布日期 {document.publishedOn}</Typography.Text>
                </Space>
                {document.citations.map((citation) => (
                  <CitingSentence key={`${citation.blockId}-${citation.sentence}`} citation={citation} />
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
