import { Alert, Drawer, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { StatsFigure, StatsInput } from '../../../../shared/api';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';

interface FigureDrawerProps {
  period: StatsInput;
  figure: StatsFigure | null;
  onClose: () => void;
}

/** The documents behind one figure, each a link to its page; asked for when the figure is opened. */
export function FigureDrawer({ period, figure, onClose }: FigureDrawerProps) {
  const count = figure?.count ?? 0;
  const documents = useApiQuery(
    'stats.documents',
    { ...period, key: figure?.key ?? '' },
    { enabled: figure !== null && count > 0 },
  );
  return (
    <Drawer
      open={figure !== null}
      onClose={onClose}
      size={560}
      title={figure ? `${figure.label}（${figure.count} 件）` : ''}
      destroyOnHidden
    >
      {documents.error ? <Alert type="error" showIcon title={errorMessage(documents.error)} /> : null}
      {count === 0 ? (
        <Empty description="没有文件" />
      ) : (
        <List
          data-testid="figure-documents"
          loading={documents.isPending}
          dataSource={documents.data ?? []}
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
