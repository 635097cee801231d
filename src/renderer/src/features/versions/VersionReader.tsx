import { CommentOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { VersionDetail } from '../../../../shared/api';
import { selectorFor } from '../../../../shared/domain/anchoring';
import {
  AnnotationPanel,
  BLOCK_ID_ATTRIBUTE,
  PENDING_KEY,
  filterThreads,
  spansByBlock,
  useAnnotationView,
  useBlockIndex,
  useThreads,
  type SelectionSpanResult,
} from '../annotations';
import { useScrollToBlockParam } from '../../lib/useScrollToBlockParam';
import { OfficialPage } from './OfficialPage';
import { SelectionButton } from './SelectionButton';
import { useSheetFit } from './useSheetFit';
import { useTextSelection } from './useTextSelection';

/** The longest quote a thread may carry (the contract's limit on `exact`). */
const MAX_QUOTE = 2000;

/** A version's text as a page, with the margin panel of its threads on the right. */
export function VersionReader({ detail }: { detail: VersionDetail }) {
  const { message } = App.useApp();
  const documentId = detail.documentId;
  const versionId = detail.summary.id;
  const view = useAnnotationView();
  const threads = useThreads(documentId, versionId);
  const index = useBlockIndex(detail.blocks);
  const pageRef = useRef<HTMLElement>(null);
  const deskRef = useRef<HTMLDivElement>(null);
  const { captured, clear } = useTextSelection(pageRef, deskRef);
  useSheetFit(deskRef);

  const spans = useMemo(
    () => spansByBlock(filterThreads(threads.data ?? [], view.filter), view.pending),
    [threads.data, view.filter, view.pending],
  );

  // A card focused in the panel brings its words into view.
  useEffect(() => {
    if (view.activeSource !== 'panel' || !view.activeId) return;
    const id = view.activeId;
    const marks = pageRef.current?.querySelectorAll('mark[data-threads]') ?? [];
    const mark = [...marks].find((element) => element.getAttribute('data-threads')?.split(' ').includes(id));
    mark?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [view.activeId, view.activeSource]);

  // A search hit opens the version at its block (?block=ID): scrolled to the middle and outlined.
  const scrollToBlock = useCallback((blockId: string) => {
    const element = [...(pageRef.current?.querySelectorAll(`[${BLOCK_ID_ATTRIBUTE}]`) ?? [])].find(
      (candidate) => candidate.getAttribute(BLOCK_ID_ATTRIBUTE) === blockId,
    );
    if (!element) return false;
    const rect = element.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) element.scrollIntoView?.({ block: 'center' });
    element.classList.add('nd-block-target');
    return true;
  }, []);
  useScrollToBlockParam(scrollToBlock);

  const startThread = (result: SelectionSpanResult | undefined) => {
    if (!result) {
      void message.warning('请先在正文中选择要批注的文字。');
      return;
    }
    if (!result.ok) {
      void message.warning(result.reason);
      return;
    }
    const { blockId, start, end, clipped } = result.span;
    const text = index.texts.get(blockId) ?? '';
    const selector = selectorFor(blockId, text, start, end);
    if (!selector.exact.trim()) {
      void message.warning('所选内容只有空白，请选择要批注的文字。');
      return;
    }
    if (selector.exact.length > MAX_QUOTE) {
      void message.warning(`所选文字过长，一条批注最多引用 ${MAX_QUOTE} 个字。`);
      return;
    }
    if (clipped) void message.info('选区跨越了多个段落，只批注第一个段落中选中的文字。');
    view.setPending(selector);
    window.getSelection()?.removeAllRanges();
    clear();
  };

  return (
    <Flex gap={16} align="flex-start">
      <div style={{ flex: 1, minWidth: 0 }}>
        <Flex justify="space-between" align="center" gap={8} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">
            在正文中选中一段文字，再点击“添加批注”；点击已批注的文字可查看对应批注。
          </Typography.Text>
          <Tooltip title={captured ? undefined : '先在正文中选择文字'}>
            <Button
              icon={<CommentOutlined />}
              disabled={!captured}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => startThread(captured?.result)}
            >
              添加批注
            </Button>
          </Tooltip>
        </Flex>
        <div ref={deskRef} className="nd-official-desk">
          <OfficialPage
            ref={pageRef}
            blocks={detail.blocks}
            spans={spans}
            activeKey={view.activeId}
            hoveredKey={view.hoveredId}
            onMarkClick={(ids) => view.activate(ids.find((id) => id !== PENDING_KEY) ?? null, 'text')}
          />
          {captured?.anchor && (
            <SelectionButton
              top={captured.anchor.top}
              left={captured.anchor.left}
              onClick={() => startThread(captured.result)}
            />
          )}
        </div>
      </div>
      <aside
        style={{
          width: 380,
          flex: 'none',
          position: 'sticky',
          top: 16,
          maxHeight: 'calc(100vh - 32px)',
          overflowY: 'auto',
          padding: 12,
          background: '#fff',
          borderRadius: 8,
        }}
      >
        <AnnotationPanel documentId={documentId} versionId={versionId} blocks={detail.blocks} view={view} />
      </aside>
    </Flex>
  );
}
