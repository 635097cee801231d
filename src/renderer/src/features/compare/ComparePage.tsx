import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Flex, Result, Space, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { AppError, errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { useWindowHeight } from '../../lib/useWindowHeight';
import { ComparisonArea } from './ComparisonArea';
import { CompareToolbar } from './CompareToolbar';
import { ExportButtons } from './ExportButtons';
import { resolveSides, useCompareParams } from './useCompareParams';
import './compare.css';

/** Window height taken by the shell, the page header and the summary above the compared text. */
const CHROME_HEIGHT = 345;
const MIN_VIEW_HEIGHT = 420;

/** /documents/:id/compare?from=…&to=…|draft — two versions of a document, or a version and the draft. */
export function ComparePage() {
  const { id = '' } = useParams();
  const [params, update] = useCompareParams();
  const detail = useApiQuery('documents.get', { id }, { enabled: id !== '' });
  const height = Math.max(MIN_VIEW_HEIGHT, useWindowHeight() - CHROME_HEIGHT);
  const backLink = (
    <Link to={id ? `/documents/${encodeURIComponent(id)}` : '/documents'}>
      <ArrowLeftOutlined /> 返回文件
    </Link>
  );

  if (detail.isPending) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (detail.isError) {
    const missing = detail.error instanceof AppError && detail.error.code === 'NOT_FOUND';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '文件不存在' : '无法载入文件'}
        subTitle={missing ? '该文件可能已被删除，或地址有误。' : errorMessage(detail.error)}
        extra={backLink}
      />
    );
  }

  const { document, versions } = detail.data;
  const sides = resolveSides(versions, params.from, params.to);
  if (!sides) {
    return (
      <Result
        status="info"
        title="还没有可比对的版本"
        subTitle="比对从一个已保存的版本开始：先在起草页面保存一个版本，再与之后的版本或当前草稿比对。"
        extra={backLink}
      />
    );
  }
  const input = {
    documentId: document.id,
    fromVersionId: sides.from,
    toVersionId: sides.to,
    ignoreWhitespace: params.ignoreWhitespace,
    normalizeWidth: params.normalizeWidth,
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Flex justify="space-between" align="flex-start" gap={16} wrap>
          <div>
            {backLink}
            <Typography.Title level={4} style={{ margin: '4px 0 12px' }}>
              版本比对 · {document.title}
            </Typography.Title>
          </div>
          <ExportButtons input={input} />
        </Flex>
        <CompareToolbar
          versions={versions}
          from={sides.from}
          to={sides.to}
          ignoreWhitespace={params.ignoreWhitespace}
          normalizeWidth={params.normalizeWidth}
          onChange={update}
        />
      </Card>
      <ComparisonArea
        input={input}
        view={params.view}
        onViewChange={(view) => update({ view })}
        height={height}
      />
    </Space>
  );
}
