import { Typography } from 'antd';
import type { AnnotationThread } from '../../../../shared/api';
import { ANCHOR_STATUS_HINTS } from './threads';

const QUOTE_STYLE = {
  margin: '8px 0',
  padding: '4px 8px',
  borderLeft: '3px solid #faad14',
  background: '#fffbe6',
  fontFamily: "'FangSong_GB2312', '仿宋_GB2312', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif",
  whiteSpace: 'pre-wrap' as const,
  wordBreak: 'break-all' as const,
};

/**
 * The words a thread is about. A thread that lost its place keeps its original quote, struck through,
 * with why; one that was carried over an edit shows what it first quoted when that differs.
 */
export function ThreadQuote({ thread }: { thread: AnnotationThread }) {
  const original = thread.originSelector.exact;
  if (!thread.selector) {
    return (
      <div data-quote="orphaned">
        <blockquote style={{ ...QUOTE_STYLE, borderLeftColor: '#ff4d4f', background: '#fff1f0' }}>
          <del>{original}</del>
        </blockquote>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {ANCHOR_STATUS_HINTS.orphaned}
        </Typography.Text>
      </div>
    );
  }
  const changed = thread.selector.exact !== original;
  return (
    <div data-quote={thread.status}>
      <blockquote style={QUOTE_STYLE}>{thread.selector.exact}</blockquote>
      {changed && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          原批注文字：<del>{original}</del>
        </Typography.Text>
      )}
    </div>
  );
}
