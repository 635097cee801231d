import { Empty, Timeline, Typography } from 'antd';
import type { DocumentEvent } from '../../../../shared/api';
import { documentEventLabel } from '../../../../shared/domain/documentEvents';
import { formatDateTime } from '../../lib/format';
import { describeEvent } from './eventDetails';

const COLORS: Record<string, string> = {
  registered: 'green',
  metadata_changed: 'blue',
  version_saved: 'blue',
};

/** The document's lifecycle, oldest first, with who did what. */
export function DocumentTimeline({ events }: { events: DocumentEvent[] }) {
  if (events.length === 0) return <Empty description="暂无记录" />;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={events.map((event) => ({
        key: event.id,
        color: COLORS[event.kind] ?? 'gray',
        content: (
          <div>
            <Typography.Text type="secondary" style={{ marginRight: 12 }}>
              {formatDateTime(event.at)}
            </Typography.Text>
            <Typography.Text strong>{documentEventLabel(event.kind)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
              {event.actorName ?? '系统'}
            </Typography.Text>
            {describeEvent(event.kind, event.detail).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
