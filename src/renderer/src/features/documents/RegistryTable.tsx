import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DocumentSummary, DOCUMENT_SORT_FIELDS } from '../../../../shared/api';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { formatDateTime } from '../../lib/format';
import { LifecycleTag } from '../../lib/LifecycleTag';
import { DocumentStatusTag } from './DocumentStatusTag';
import type { RegistryQuery } from '../../lib/registryParams';
import './registryTable.css';

/** Every row is this tall (title and 文号 on two lines, each cut short with an ellipsis). */
export const ROW_HEIGHT = 56;
/** Rows rendered above and below the visible ones, so a quick scroll does not show blank space. */
const OVERSCAN = 8;

type SortField = (typeof DOCUMENT_SORT_FIELDS)[number];

interface Column {
  title: string;
  width?: number;
  sort?: SortField;
  align?: 'right';
  cell: (document: DocumentSummary) => ReactNode;
}

const COLUMNS: Column[] = [
  {
    title: '标题',
    sort: 'title',
    cell: (document) => (
      <>
        <Link to={`/documents/${document.id}`} className="nd-registry-title" title={document.title}>
          {document.title}
        </Link>
        {document.docNumber && <span className="nd-registry-number">{document.docNumber}</span>}
      </>
    ),
  },
  { title: '类别', width: 130, sort: 'kind', cell: (document) => DOCUMENT_KIND_LABELS[document.kind] },
  {
    title: '状态',
    width: 100,
    sort: 'status',
    cell: (document) => <DocumentStatusTag status={document.status} />,
  },
  {
    title: '效力状态',
    width: 150,
    cell: (document) =>
      document.lifecycle ? (
        <LifecycleTag state={document.lifecycle.state} label={document.lifecycle.label} />
      ) : null,
  },
  { title: '起草单位', width: 130, cell: (document) => document.draftingUnit },
  { title: '制定机关', width: 150, cell: (document) => document.issuingAuthority },
  { title: '年度', width: 80, sort: 'year', cell: (document) => document.year },
  { title: '版本数', width: 80, align: 'right', cell: (document) => document.versionCount },
  {
    title: '更新时间',
    width: 150,
    sort: 'updatedAt',
    cell: (document) => formatDateTime(document.updatedAt),
  },
];

interface Props {
  query: RegistryQuery;
  onChange: (patch: Partial<RegistryQuery>) => void;
  items: DocumentSummary[];
  loading: boolean;
  /** Height of the scrolling body, header included. */
  height: number;
}

/**
 * The registry list: sorting and paging are done by the server; only the rows in view (and a few
 * around them) are in the page, so a page of 500 documents scrolls as lightly as one of 50. A click on a
 * sortable header sorts descending, then ascending, then back to the default (newest first).
 */
export function RegistryTable({ query, onChange, items, loading, height }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [shownItems, setShownItems] = useState(items);
  /** Whether the list is scrolled away from the top (kept outside state: only the effect reads it). */
  const scrolledAway = useRef(false);

  // A new page or filter starts at the top. (The element is only touched when scrolled: writing
  // scrollTop makes the browser lay the page out there and then.)
  if (shownItems !== items) {
    setShownItems(items);
    setScrollTop(0);
  }
  useLayoutEffect(() => {
    if (!scrolledAway.current || !scroller.current) return;
    scroller.current.scrollTop = 0;
    scrolledAway.current = false;
  }, [items]);

  const visible = Math.ceil(height / ROW_HEIGHT);
  const top = Math.floor(scrollTop / ROW_HEIGHT);
  const first = Math.max(0, top - OVERSCAN);
  const last = Math.min(items.length, top + visible + OVERSCAN);

  const sortBy = (field: SortField) => {
    if (query.sort !== field) onChange({ sort: field, order: 'desc' });
    else if (query.order === 'desc') onChange({ sort: field, order: 'asc' });
    else onChange({ sort: 'updatedAt', order: 'desc' });
  };

  return (
    <div
      ref={scroller}
      className={loading ? 'nd-registry nd-registry-loading' : 'nd-registry'}
      style={{ maxHeight: height }}
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        scrolledAway.current = top > 0;
        setScrollTop(top);
      }}
      aria-busy={loading}
    >
      <table className="nd-registry-table">
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.title} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <HeaderCell key={column.title} column={column} query={query} onSort={sortBy} />
            ))}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length} className="nd-registry-empty">
                {loading ? '正在载入……' : '没有符合条件的文件'}
              </td>
            </tr>
          )}
          {first > 0 && <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />}
          {items.slice(first, last).map((document) => (
            <tr key={document.id} className="nd-registry-row" style={{ height: ROW_HEIGHT }}>
              {COLUMNS.map((column) => (
                <td key={column.title} className={column.align === 'right' ? 'nd-right' : undefined}>
                  {column.cell(document)}
                </td>
              ))}
            </tr>
          ))}
          {last < items.length && (
            <tr aria-hidden="true" style={{ height: (items.length - last) * ROW_HEIGHT }} />
          )}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell({
  column,
  query,
  onSort,
}: {
  column: Column;
  query: RegistryQuery;
  onSort: (field: SortField) => void;
}) {
  const { sort } = column;
  const className = column.align === 'right' ? 'nd-right' : undefined;
  if (!sort) {
    return (
      <th scope="col" className={className}>
        {column.title}
      </th>
    );
  }
  const order = query.sort === sort ? query.order : undefined;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : 'none'}
      onClick={() => onSort(sort)}
    >
      <button type="button" className="nd-sort" title={`按${column.title}排序`}>
        {column.title}
        <span className="nd-sort-arrows" aria-hidden="true">
          <span className={order === 'asc' ? 'nd-sort-on' : undefined}>▲</span>
          <span className={order === 'desc' ? 'nd-sort-on' : undefined}>▼</span>
        </span>
      </button>
    </th>
  );
}
