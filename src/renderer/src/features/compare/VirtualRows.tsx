import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type Key, type ReactNode } from 'react';

/** Asks a view to bring a row into sight; a new `signal` repeats the request for the same row. */
export interface ScrollRequest {
  row: number;
  signal: number;
}

/**
 * A scroller that renders only the rows in sight (plus a margin), measuring each row's real height, so a
 * comparison of hundreds of thousands of characters scrolls as smoothly as a short one.
 */
export function VirtualRows({
  count,
  estimateSize,
  height,
  rowKey,
  renderRow,
  scrollTo,
  align = 'center',
  label,
  className,
}: {
  count: number;
  /** A row's height before it is drawn and measured. */
  estimateSize: number | ((index: number) => number);
  height: number;
  rowKey: (index: number) => Key;
  renderRow: (index: number) => ReactNode;
  scrollTo?: ScrollRequest | null | undefined;
  /** center: bring the row to the middle (the text views); auto: only as far as needed (lists). */
  align?: 'center' | 'auto';
  label: string;
  className?: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only in this render.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: typeof estimateSize === 'number' ? () => estimateSize : estimateSize,
    getItemKey: rowKey,
    overscan: 6,
  });

  // Scroll once per request: unfolding text elsewhere shifts row numbers but must not pull the reader back.
  const handled = useRef<number | undefined>(undefined);
  const row = scrollTo?.row;
  const signal = scrollTo?.signal;
  useEffect(() => {
    if (signal === undefined || signal === handled.current) return;
    if (row === undefined || row < 0 || row >= count) return;
    handled.current = signal;
    virtualizer.scrollToIndex(row, { align });
  }, [row, signal, count, align, virtualizer]);

  return (
    <div
      ref={scroller}
      className={className ? `nd-cmp-scroller ${className}` : 'nd-cmp-scroller'}
      style={{ height }}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${item.start}px)`,
            }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
