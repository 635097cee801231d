import { Alert, Empty, Flex, Input, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { SearchFilters } from './SearchFilters';
import { SearchDocumentCard } from './SearchResults';
import { parseSearchPage, searchInput, searchPagePath, type SearchPageQuery } from './searchParams';

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(initial);
  return (
    <Input.Search
      size="large"
      enterButton="搜索"
      aria-label="搜索内容"
      placeholder="标题、文号、条文、批注、审核意见……（一个字也可以搜索，引号内按整句查找）"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(value) => onSearch(value.trim())}
    />
  );
}

/** /search?q=…: documents with hits, grouped, with highlighted excerpts and where each hit is. */
export function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const query = parseSearchPage(params);
  const go = (next: Partial<SearchPageQuery>) => void navigate(searchPagePath({ ...query, ...next }));
  const hasQuery = query.q.trim() !== '';
  const result = useApiQuery('search.query', searchInput(query), { enabled: hasQuery, keepPrevious: true });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        搜索
      </Typography.Title>
      {/* Keyed by the query, so that Back shows the words of the page it returns to. */}
      <SearchBox key={query.q} initial={query.q} onSearch={(q) => go({ q })} />
      <SearchFilters query={query} onChange={go} />
      {!hasQuery ? (
        <Empty description="输入要查找的文字后按回车。在任何页面按 Ctrl+K 也可以打开搜索框。" />
      ) : result.isError ? (
        <Alert type="error" showIcon title="搜索失败" description={errorMessage(result.error)} />
      ) : !result.data ? (
        <Spin style={{ display: 'block', marginTop: 40 }} />
      ) : result.data.documentCount === 0 ? (
        <Empty
          description={`没有找到包含“${result.data.terms.join(' ')}”的内容。可以减少文字或取消筛选后再试。`}
        />
      ) : (
        <Flex vertical gap={12} aria-busy={result.isFetching}>
          <Typography.Text type="secondary" role="status">
            {result.data.more
              ? `找到 ${result.data.documentCount} 个以上文件，以下 ${result.data.documentCount} 个文件共 ${result.data.hitCount} 处。可加上更多文字或筛选以缩小范围。`
              : `找到 ${result.data.documentCount} 个文件，共 ${result.data.hitCount} 处`}
          </Typography.Text>
          {result.data.documents.map((document) => (
            <SearchDocumentCard key={document.documentId} document={document} />
          ))}
        </Flex>
      )}
    </Flex>
  );
}
