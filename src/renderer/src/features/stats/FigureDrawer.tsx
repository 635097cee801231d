import { Drawer, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { StatsFigure, StatsView } from '../../../../shared/api';

interface FigureDrawerProps {
  figure: StatsFigure | null;
  titles: StatsView['titles'];
  onClose: () => void;
}

/** The documents behind one figure, each a link to its page. */
export function FigureDrawer({ figure, titles, onClose }: FigureDrawerProps) {
  const byId = new Map(titles.map((title) => [title.id, title]));
  const documents = (figure?.documentIds ?? []).flatMap((id) => {
    const title = byId.get(id);
    return title ? [title] : [];
  });
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      size={560}
      title={figure ? `${figure.label}（${figure.count} 件）` : ''}
      destroyOnHidden
    >
      {documents.length === 0 ? (
        <Empty description="没有文件" />
      ) : (
        <List
          data-testid="figure-documents"
          dataSource={documents}
          renderItem={(document) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/documents/${document.id}`}>{document.title}</Link>}
                description={
                  <Typography.Text type="secondary">
                    {document.kindLabel}
                    {document.docNumber ? ` · ${document.docNumber}` : ''}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
