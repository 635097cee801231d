import { Alert, Empty, Flex, Segmented, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import type { Block } from '../../../../shared/domain/blocks';
import { errorMessage } from '../../api/client';
import { useBlockIndex } from './blockIndex';
import { NewThreadForm } from './NewThreadForm';
import { ThreadCard } from './ThreadCard';
import { filterThreads, sortThreads, type ThreadFilter } from './threads';
import type { AnnotationView } from './useAnnotationView';
import { useThreads } from './useThreads';

export interface AnnotationPanelProps {
  documentId: string;
  /** The version shown beside the panel; null for the working draft. */
  versionId: string | null;
  /** The text shown beside the panel: orders the threads and names their place. */
  blocks: readonly Block[];
  view: AnnotationView;
}

/**
 * 批注栏: the margin beside a text. Threads in the order of the text they stand on, each with where it
 * now stands (精确定位 / 已移位 / 模糊定位 / 已失去定位); a filter by state with counts; the form for a new
 * thread when a selection is waiting for its comment.
 */
export function AnnotationPanel({ documentId, versionId, blocks, view }: AnnotationPanelProps) {
  const threads = useThreads(documentId, versionId);
  const index = useBlockIndex(blocks);
  const all = useMemo(() => threads.data ?? [], [threads.data]);
  const shown = useMemo(
    () => sortThreads(filterThreads(all, view.filter), index.order),
    [all, view.filter, index.order],
  );
  const open = all.filter((thread) => thread.state === 'open').length;
  const options: { value: ThreadFilter; label: string }[] = [
    { value: 'open', label: `未解决 ${open}` },
    { value: 'resolved', label: `已解决 ${all.length - open}` },
    { value: 'all', label: `全部 ${all.length}` },
  ];

  return (
    <section aria-label="批注">
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          批注
        </Typography.Title>
        <Segmented<ThreadFilter>
          size="small"
          options={options}
          value={view.filter}
          onChange={(filter) => view.setFilter(filter)}
        />
      </Flex>
      {view.pending && (
        <NewThreadForm
          key={`${view.pending.blockId}:${view.pending.start}:${view.pending.end}`}
          documentId={documentId}
          versionId={versionId}
          selector={view.pending}
          location={index.locations.get(view.pending.blockId)}
          onCancel={() => view.setPending(null)}
          onCreated={(thread) => {
            view.setPending(null);
            if (view.filter === 'resolved') view.setFilter('open');
            view.activate(thread.id, 'text');
          }}
        />
      )}
      {threads.isPending && <Spin style={{ display: 'block', margin: '24px auto' }} />}
      {threads.isError && <Alert type="error" showIcon title={errorMessage(threads.error)} />}
      {threads.isSuccess && shown.length === 0 && !view.pending && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            all.length === 0
              ? '暂无批注。在正文中选择文字后点击“添加批注”。'
              : view.filter === 'open'
                ? '没有未解决的批注'
                : '没有已解决的批注'
          }
        />
      )}
      {shown.map((thread) => (
        <ThreadCard
          key={thread.id}
          thread={thread}
          location={thread.selector ? index.locations.get(thread.selector.blockId) : undefined}
          active={view.activeId === thread.id}
          reveal={view.activeId === thread.id && view.activeSource === 'text'}
          onActivate={(id) => view.activate(id, 'panel')}
          onHover={view.setHoveredId}
        />
      ))}
    </section>
  );
}
