import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import type { Block } from '../../../../shared/domain/blocks';
import { versionTitle } from '../../../../shared/domain/versionName';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { BlockView } from './BlockView';
import { versionPath } from './paths';
import './officialPage.css';
import './printPage.css';

/** The document alone on A4 sheets, for the browser's print (GB/T 9704 margins, fonts and page numbers). */
function PrintSheets({
  blocks,
  title,
  back,
  name,
}: {
  blocks: readonly Block[];
  title: string;
  back: string;
  name: string;
}) {
  const hasTitle = blocks.some((block) => block.kind === 'title');
  return (
    <div className="nd-print-view">
      <div className="nd-print-toolbar">
        <Link to={back}>
          <Button icon={<ArrowLeftOutlined />}>返回</Button>
        </Link>
        <span className="nd-print-name">
          《{title}》{name}
        </span>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <article className="nd-official-sheet nd-print-sheet" aria-label="打印正文">
        {!hasTitle && <h1 className="nd-block nd-title">{title}</h1>}
        {blocks.map((block) => (
          <BlockView key={block.id} block={block} activeKey={null} hoveredKey={null} />
        ))}
      </article>
    </div>
  );
}

function Failed({ error }: { error: unknown }) {
  return (
    <Result
      status="error"
      title="无法载入要打印的文本"
      subTitle={errorMessage(error)}
      extra={
        <Link to="/documents">
          <Button type="primary">返回文件库</Button>
        </Link>
      }
    />
  );
}

/** /print/versions/:versionId — a saved version, ready to print. */
export function PrintVersionPage() {
  const { versionId = '' } = useParams();
  const version = useApiQuery('versions.get', { id: versionId }, { enabled: versionId !== '' });
  const documentId = version.data?.documentId ?? '';
  const document = useApiQuery('documents.get', { id: documentId }, { enabled: documentId !== '' });
  if (version.isError) return <Failed error={version.error} />;
  if (document.isError) return <Failed error={document.error} />;
  if (!version.data || !document.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  const { summary } = version.data;
  return (
    <PrintSheets
      blocks={version.data.blocks}
      title={document.data.document.title}
      name={versionTitle(summary.seq, summary.label)}
      back={versionPath(documentId, summary.id)}
    />
  );
}

/** /print/drafts/:id — the current draft of a document, ready to print. */
export function PrintDraftPage() {
  const { id = '' } = useParams();
  const draft = useApiQuery('drafts.get', { documentId: id }, { enabled: id !== '' });
  const document = useApiQuery('documents.get', { id }, { enabled: id !== '' });
  if (draft.isError) return <Failed error={draft.error} />;
  if (document.isError) return <Failed error={document.error} />;
  if (!draft.data || !document.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  return (
    <PrintSheets
      blocks={draft.data.blocks}
      title={document.data.document.title}
      name="当前草稿"
      back={`/documents/${encodeURIComponent(id)}/draft`}
    />
  );
}
