import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { AnnotationThread, TextSelector } from '../../../src/shared/api';
import type { Block } from '../../../src/shared/domain/blocks';
import { selectorFor } from '../../../src/shared/domain/anchoring';
import { AppProviders } from '../../../src/renderer/src/AppProviders';
import { AntdProviders } from '../../../src/renderer/src/lib/antd/AntdProviders';
import { AnnotationPanel, useAnnotationView } from '../../../src/renderer/src/features/annotations';
import { createQueryClient } from '../../../src/renderer/src/lib/queryClient';
import { fail, installBridge, type FakeChannels } from '../support/fakeBridge';

const paragraph = (id: string, text: string): Block => ({ id, kind: 'paragraph', runs: [{ text }] });

const BLOCKS: Block[] = [
  { id: 'n1', kind: 'title', runs: [{ text: '中华人民共和国行政处罚法' }] },
  paragraph('n2', '第三章 行政处罚的实施机关'),
  paragraph('n3', '第十七条 行政处罚由具有行政处罚权的行政机关在法定职权范围内实施。'),
  paragraph('n4', '第十八条 国家在城市管理、市场监管、生态环境等领域推行建立综合行政执法制度。'),
];

function on(blockId: string, quote: string): TextSelector {
  const text = BLOCKS.find((block) => block.id === blockId)?.runs[0]?.text ?? '';
  const start = text.indexOf(quote);
  return selectorFor(blockId, text, start, start + quote.length);
}

function thread(
  overrides: Partial<AnnotationThread> & Pick<AnnotationThread, 'id' | 'body'>,
): AnnotationThread {
  const selector = on('n3', '在法定职权范围内实施');
  return {
    documentId: 'doc-1',
    originVersionId: 'v-1',
    originSelector: { ...selector, blockId: 'o38' },
    selector,
    status: 'exact',
    state: 'open',
    createdAt: '2025-03-04T02:00:00.000Z',
    createdBy: 'u-2',
    createdByName: '李审核',
    resolvedAt: null,
    resolvedByName: null,
    replies: [],
    ...overrides,
  };
}

const MOVED = thread({ id: 'a-moved', body: '实施主体表述应与上位法一致。', status: 'moved' });
const FUZZY = thread({
  id: 'a-fuzzy',
  body: '综合执法的领域需列明。',
  status: 'fuzzy',
  selector: on('n4', '城市管理、市场监管'),
  originSelector: { ...on('n4', '城市管理、市场监管'), exact: '城市管理等' },
});
const ORPHANED = thread({
  id: 'a-orphaned',
  body: '“较大的市”的表述已不再使用。',
  status: 'orphaned',
  selector: null,
  originSelector: selectorFor('o34', '经国务院批准的较大的市人民政府制定的规章', 0, 15),
  createdAt: '2025-03-03T02:00:00.000Z',
});
const RESOLVED = thread({
  id: 'a-resolved',
  body: '标题无误。',
  selector: on('n1', '行政处罚法'),
  state: 'resolved',
  resolvedAt: '2025-03-06T02:00:00.000Z',
  resolvedByName: '王起草',
  replies: [
    {
      id: 'r-1',
      body: '已核对。',
      createdAt: '2025-03-05T02:00:00.000Z',
      createdBy: 'u-1',
      createdByName: '王起草',
    },
  ],
});
const THREADS = [ORPHANED, FUZZY, RESOLVED, MOVED];

function Harness({ pending }: { pending?: TextSelector }) {
  const view = useAnnotationView();
  const { setPending } = view;
  useEffect(() => {
    if (pending) setPending(pending);
  }, [pending, setPending]);
  return <AnnotationPanel documentId="doc-1" versionId="v-2" blocks={BLOCKS} view={view} />;
}

function renderPanel(channels: FakeChannels = {}, pending?: TextSelector) {
  const bridge = installBridge({ 'annotations.list': THREADS, ...channels });
  render(
    <AppProviders client={createQueryClient()}>
      <AntdProviders>
        <Harness pending={pending} />
      </AntdProviders>
    </AppProviders>,
  );
  return bridge;
}

function cards(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-thread-id]')];
}

function cardOf(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-thread-id="${id}"]`);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

describe('annotation margin panel', { timeout: 20_000 }, () => {
  it('shows each open thread with its status label, place and quote, in text order', async () => {
    const bridge = renderPanel();
    await screen.findByText('实施主体表述应与上位法一致。');
    expect(bridge.inputsOf('annotations.list')).toEqual([{ documentId: 'doc-1', versionId: 'v-2' }]);
    expect(cards().map((card) => card.getAttribute('data-thread-id'))).toEqual([
      'a-moved',
      'a-fuzzy',
      'a-orphaned',
    ]);
    expect(within(cardOf('a-moved')).getByText('已移位')).toBeTruthy();
    expect(within(cardOf('a-moved')).getByText('第三章 › 第十七条')).toBeTruthy();
    expect(within(cardOf('a-moved')).getByText('在法定职权范围内实施')).toBeTruthy();
    expect(within(cardOf('a-moved')).getByText('李审核')).toBeTruthy();
    expect(within(cardOf('a-fuzzy')).getByText('模糊定位')).toBeTruthy();
    expect(within(cardOf('a-fuzzy')).getByText('城市管理等').tagName).toBe('DEL');
    expect(within(cardOf('a-orphaned')).getByText('已失去定位')).toBeTruthy();
  });

  it('keeps an orphaned thread’s original quote, struck through, and says why', async () => {
    renderPanel();
    await screen.findByText('“较大的市”的表述已不再使用。');
    const card = cardOf('a-orphaned');
    const quote = within(card).getByText('经国务院批准的较大的市人民政府');
    expect(quote.tagName).toBe('DEL');
    expect(within(card).getByText('批注的文字在此文本中已被删除或改动太大，无法再定位。')).toBeTruthy();
  });

  it('counts threads by state and filters them', async () => {
    renderPanel();
    await screen.findByText('实施主体表述应与上位法一致。');
    expect(screen.getByText('未解决 3')).toBeTruthy();
    expect(screen.getByText('全部 4')).toBeTruthy();
    fireEvent.click(screen.getByText('已解决 1'));
    await waitFor(() => expect(cards()).toHaveLength(1));
    const resolved = cardOf('a-resolved');
    expect(within(resolved).getByText('精确定位')).toBeTruthy();
    expect(within(resolved).getByText('已核对。')).toBeTruthy();
    expect(within(resolved).getByText(/王起草 于 2025-03-06 \d\d:00 标记为已解决/)).toBeTruthy();
    expect(within(resolved).getByRole('button', { name: /重新打开/ })).toBeTruthy();
    fireEvent.click(screen.getByText('全部 4'));
    await waitFor(() => expect(cards()).toHaveLength(4));
    // The title comes first in the text.
    expect(cards()[0]?.getAttribute('data-thread-id')).toBe('a-resolved');
  });

  it('replies to and resolves a thread through the API', async () => {
    const bridge = renderPanel({
      'annotations.reply': MOVED,
      'annotations.resolve': { ...MOVED, state: 'resolved' },
    });
    await screen.findByText('实施主体表述应与上位法一致。');
    const card = cardOf('a-moved');
    fireEvent.change(within(card).getByLabelText('回复内容'), { target: { value: '同意，已修改。' } });
    fireEvent.click(within(card).getByRole('button', { name: /回\s*复/ }));
    await waitFor(() =>
      expect(bridge.inputsOf('annotations.reply')).toEqual([
        { annotationId: 'a-moved', body: '同意，已修改。' },
      ]),
    );
    fireEvent.click(within(card).getByRole('button', { name: /解\s*决/ }));
    await waitFor(() =>
      expect(bridge.inputsOf('annotations.resolve')).toEqual([{ annotationId: 'a-moved' }]),
    );
    // Both refresh the list.
    await waitFor(() => expect(bridge.inputsOf('annotations.list').length).toBeGreaterThanOrEqual(3));
  });

  it('shows FORBIDDEN in Chinese when an account without an annotating role acts', async () => {
    renderPanel({ 'annotations.resolve': fail('FORBIDDEN') });
    await screen.findByText('实施主体表述应与上位法一致。');
    fireEvent.click(within(cardOf('a-moved')).getByRole('button', { name: /解\s*决/ }));
    expect(await screen.findByText('当前账号没有执行此操作的权限。')).toBeTruthy();
  });

  it('starts a thread on the pending selection, and shows INVALID_INPUT in Chinese when it no longer matches', async () => {
    const pending = on('n4', '综合行政执法制度');
    const bridge = renderPanel(
      {
        'annotations.create': fail('INVALID_INPUT', '所选文字与当前文本不一致，请重新选择后再批注。'),
      },
      pending,
    );
    const form = await screen.findByTestId('new-thread');
    expect(within(form).getByText('综合行政执法制度')).toBeTruthy();
    expect(within(form).getByText('第三章 › 第十八条')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('批注内容'), { target: { value: '请补充依据。' } });
    fireEvent.click(within(form).getByRole('button', { name: '发表批注' }));
    expect(await within(form).findByText('所选文字与当前文本不一致，请重新选择后再批注。')).toBeTruthy();
    expect(bridge.inputsOf('annotations.create')).toEqual([
      { documentId: 'doc-1', versionId: 'v-2', selector: pending, body: '请补充依据。' },
    ]);

    bridge.set({ 'annotations.create': { ...MOVED, id: 'a-new', body: '请补充依据。', selector: pending } });
    fireEvent.click(within(form).getByRole('button', { name: '发表批注' }));
    await waitFor(() => expect(screen.queryByTestId('new-thread')).toBeNull());
  });
});
