import { Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { SearchDocumentResult, SearchHit } from '../../../../shared/api/schemas/search';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../../../shared/domain/documentStatus';
import { SEARCH_SOURCE_LABELS } from '../../../../shared/domain/search/sources';
import { hitPath } from './searchParams';
import './search.css';

/** An excerpt with the matched words in <mark>. */
function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <span className="nd-search-snippet">
      {hit.segments.map((segment, index) =>
        segment.mark ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </span>
  );
}

function HitRow({ documentId, hit }: { documentId: string; hit: SearchHit }) {
  const where = [hit.versionTitle, hit.path].filter(Boolean).join(' › ');
  return (
    <li>
      <Link to={hitPath(documentId, hit)} className="nd-search-hit">
        <span className="nd-search-where">
          <Tag>{SEARCH_SOURCE_LABELS[hit.source]}</Tag>
          {where}
        </span>
        <Snippet hit={hit} />
      </Link>
    </li>
  );
}

/** One document with its first hits; the title opens the document. */
export function SearchDocumentCard({ document }: { document: SearchDocumentResult }) {
  const more = document.hitCount - document.hits.length;
  return (
    <Card size="small" className="nd-search-document">
      <Flex gap={8} align="baseline" wrap>
        <Link to={`/documents/${encodeURIComponent(document.documentId)}`}>
          <Typography.Text strong>{document.title}</Typography.Text>
        </Link>
        {document.docNumber && <Typography.Text type="secondary">{document.docNumber}</Typography.Text>}
        <Tag>{DOCUMENT_KIND_LABELS[document.kind]}</Tag>
        <Tag>{DOCUMENT_STATUS_LABELS[document.status]}</Tag>
        <Typography.Text type="secondary">{document.year} 年</Typography.Text>
        <Typography.Text type="secondary">共 {document.hitCount} 处</Typography.Text>
      </Flex>
      <ul className="nd-search-hits">
        {document.hits.map((hit, index) => (
          <HitRow
            key={`${hit.source}-${hit.sourceId}-${hit.blockId}-${index}`}
            documentId={document.documentId}
            hit={hit}
          />
        ))}
      </ul>
      {more > 0 && (
        <Typography.Text type="secondary">
          还有 {more} 处，可加上更多文字或按位置筛选以缩小范围。
        </Typography.Text>
      )}
    </Card>
  );
}
