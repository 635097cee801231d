import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Typography } from 'antd';
import { useRef } from 'react';
import type { OutlineEntry } from './buildOutline';

const ROW_HEIGHT = 30;

const KIND_STYLE: Record<OutlineEntry['kind'], React.CSSProperties> = {
  title: { fontWeight: 600 },
  division: { fontWeight: 600 },
  heading: { fontWeight: 500 },
  article: { color: 'rgba(0,0,0,0.75)' },
};

/** The live outline; a click scrolls the page to the block. Long texts (thousands of articles) are virtualized. */
export function OutlinePanel({
  entries,
  onSelect,
  height,
}: {
  entries: OutlineEntry[];
  onSelect: (blockId: string) => void;
  height: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only in this render.
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  if (entries.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="输入章、节、条或“一、”等标题后，这里显示大纲"
      />
    );
  }
  return (
    <div ref={scroller} style={{ height, overflowY: 'auto' }} role="navigation" aria-label="文档大纲">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          return (
            <Typography.Link
              key={entry.blockId}
              onClick={() => onSelect(entry.blockId)}
              title={entry.label}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
                height: ROW_HEIGHT,
                lineHeight: `${ROW_HEIGHT}px`,
                paddingLeft: 8 + entry.depth * 14,
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                color: 'inherit',
                ...KIND_STYLE[entry.kind],
              }}
            >
              {entry.label}
            </Typography.Link>
          );
        })}
      </div>
    </div>
  );
}
