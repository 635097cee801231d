import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AnnotationThread, VersionDetail } from '../../../src/shared/api';
import type { Block } from '../../../src/shared/domain/blocks';
import { selectorFor } from '../../../src/shared/domain/anchoring';
import { segmentRuns } from '../../../src/renderer/src/features/versions';
import { fail, installBridge, signedInChannels, type FakeChannels } from '../support/fakeBridge';
import { documentDetail } from '../support/documents';
import { renderApp } from '../support/renderApp';

const ARTICLE = '第十五条 行政处罚由具有行政处罚权的行政机关在法定职权范围内实施。';

const BLOCKS: Block[] = [
  { id: 't1', kind: 'title', runs: [{ text: '某区统计局行政处罚实施办法' }] },
  { id: 'h1', kind: 'heading', level: 1, runs: [{ text: '一、总体要求' }] },
  { id: 'h2', kind: 'heading', level: 2, runs: [{ text: '（一）实施机关' }] },
  {
    id: 'p1',
    kind: 'paragraph',
    runs: [
      { text: '第十五条 ' },
      { text: '行政处罚', bold: true },
      { text: '由具有行政处罚权的行政机关', italic: true },
      { text: '在法定职权范围内实施。', underline: true },
    ],
  },
  { id: 'p2', kind: 'paragraph', runs: [{ text: '第十六条 委托实施的，应当书面委托。' }] },
  {
    id: 'tb',
    kind: 'table',
    runs: [],
    rows: [
      [
        { blocks: [{ id: 'c1', kind: 'paragraph', runs: [{ text: '处罚种类' }] }] },
        { blocks: [{ id: 'c2', kind: 'paragraph', runs: [{ text: '罚款、警告' }] }] },
      ],
    ],
  },
];

const DETAIL: VersionDetail = {
  documentId: 'doc-1',
  blocks: BLOCKS,
  sourceAttachmentId: null,
  summary: {
    id: 'v-1',
    seq: 1,
    label: '征求意见稿',
    note: '首次起草',
    contentHash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
    charCount: 120,
    createdAt: '2025-03-03T02:00:00.000Z',
    createdBy: 'u-1',
    createdByName: '王起草',
  },
};

const QUOTED = selectorFor('p1', ARTICLE, ARTICLE.indexOf('具有'), ARTICLE.indexOf('的行政机关'));

const THREAD: AnnotationThread = {
  id: 'a-1',
  documentId: 'doc-1',
  originVersionId: 'v-1',
  originSelector: QUOTED,
  selector: QUOTED,
  status: 'exact',
  body: '“具有行政处罚权”应写明依据。',
  state: 'open',
  createdAt: '2025-03-04T02:00:00.000Z',
  createdBy: 'u-2',
  createdByName: '李审核',
  resolvedAt: null,
  resolvedByName: null,
  replies: [],
};

function openVersion(channels: FakeChannels = {}) {
  const bridge = installBridge({
    ...signedInChannels(),
    'documents.get': documentDetail(),
    'versions.get': DETAIL,
    'annotations.list': [THREAD],
    ...channels,
  });
  renderApp('/documents/doc-1/versions/v-1');
  return bridge;
}

function blockElement(id: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-block-id="${id}"]`);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

/** Selects [start, end) of a block's text as the browser would, then ends the gesture. */
function select(startBlock: string, start: number, endBlock: string, end: number) {
  const locate = (blockId: string, offset: number): [Node, number] => {
    const walker = document.createTreeWalker(blockElement(blockId), NodeFilter.SHOW_TEXT);
    let rest = offset;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      if (rest <= length) return [node, rest];
      rest -= length;
    }
    throw new Error('offset beyond the block');
  };
  const range = document.createRange();
  range.setStart(...locate(startBlock, start));
  range.setEnd(...locate(endBlock, end));
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  fireEvent.mouseUp(blockElement(endBlock));
}

const addButton = () => screen.getByRole('button', { name: /添加批注/ });

describe('version viewer', { timeout: 20_000 }, () => {
  it('shows the version read-only as a page: title, heading levels, runs, a real table, each block with its id', async () => {
    openVersion();
    expect(await screen.findByText(/第 1 版 · 征求意见稿/)).toBeTruthy();
    expect(screen.getByText('王起草')).toBeTruthy();
    expect(screen.getByText('a1b2c3d4e5f6')).toBeTruthy();
    expect(screen.getByText('首次起草')).toBeTruthy();
    const page = screen.getByRole('article', { name: '正文' });
    expect(blockElement('t1').tagName).toBe('H1');
    expect(blockElement('h1').className).toContain('nd-heading-1');
    expect(blockElement('h2').className).toContain('nd-heading-2');
    const article = blockElement('p1');
    expect(article.textContent).toBe(ARTICLE);
    expect(within(article).getByText('行政处罚').tagName).toBe('STRONG');
    expect(article.querySelector('em')?.textContent).toContain('由具有');
    expect(article.querySelector('u')?.textContent).toContain('范围内实施。');
    const table = page.querySelector('table');
    expect(table?.closest('[data-table-id="tb"]')).toBeTruthy();
    expect(
      [...(table?.querySelectorAll('td [data-block-id]') ?? [])].map((cell) => cell.textContent),
    ).toEqual(['处罚种类', '罚款、警告']);
    expect(page.isContentEditable).toBe(false);
  });

  it('marks the words a thread stands on, without changing the block’s text', async () => {
    openVersion();
    await screen.findByText('“具有行政处罚权”应写明依据。');
    const mark = await waitFor(() => {
      const found = blockElement('p1').querySelector('mark[data-threads="a-1"]');
      if (!found) throw new Error('no mark yet');
      return found;
    });
    expect(mark.textContent).toBe('具有行政处罚权');
    expect(blockElement('p1').textContent).toBe(ARTICLE);
  });

  it('clicking marked words focuses their card', async () => {
    openVersion();
    await screen.findByText('“具有行政处罚权”应写明依据。');
    const mark = await waitFor(() => {
      const found = document.querySelector('mark[data-threads="a-1"]');
      if (!found) throw new Error('no mark yet');
      return found;
    });
    document.getSelection()?.removeAllRanges();
    fireEvent.click(mark);
    await waitFor(() =>
      expect(document.querySelector('[data-thread-id="a-1"]')?.getAttribute('data-active')).toBe('true'),
    );
    expect(mark.className).toContain('is-active');
  });

  it('turns a selection inside a block into a selector with context and starts a thread on it', async () => {
    const bridge = openVersion({ 'annotations.create': THREAD });
    await screen.findByText('“具有行政处罚权”应写明依据。');
    expect(addButton().hasAttribute('disabled')).toBe(true);
    const start = ARTICLE.indexOf('在法定');
    select('p1', start, 'p1', ARTICLE.length - 1);
    await waitFor(() => expect(addButton().hasAttribute('disabled')).toBe(false));
    fireEvent.click(addButton());
    const form = await screen.findByTestId('new-thread');
    expect(within(form).getByText('在法定职权范围内实施')).toBeTruthy();
    // The selection waits for its comment as a mark of its own.
    expect(blockElement('p1').querySelector('mark.is-pending')?.textContent).toBe('在法定职权范围内实施');
    fireEvent.change(within(form).getByLabelText('批注内容'), { target: { value: '建议写明职权依据。' } });
    fireEvent.click(within(form).getByRole('button', { name: '发表批注' }));
    await waitFor(() => expect(bridge.inputsOf('annotations.create')).toHaveLength(1));
    expect(bridge.inputsOf('annotations.create')[0]).toEqual({
      documentId: 'doc-1',
      versionId: 'v-1',
      selector: {
        blockId: 'p1',
        start,
        end: ARTICLE.length - 1,
        exact: '在法定职权范围内实施',
        prefix: ARTICLE.slice(start - 32 < 0 ? 0 : start - 32, start),
        suffix: '。',
      },
      body: '建议写明职权依据。',
    });
  });

  it('clips a selection across blocks to the first one and says so', async () => {
    openVersion();
    await screen.findByText('“具有行政处罚权”应写明依据。');
    select('p1', ARTICLE.indexOf('在法定'), 'p2', 4);
    await waitFor(() => expect(addButton().hasAttribute('disabled')).toBe(false));
    fireEvent.click(addButton());
    expect(await screen.findByText('选区跨越了多个段落，只批注第一个段落中选中的文字。')).toBeTruthy();
    const form = await screen.findByTestId('new-thread');
    expect(within(form).getByText('在法定职权范围内实施。')).toBeTruthy();
  });

  it('says so when the version does not belong to the document or does not exist', async () => {
    openVersion({ 'versions.get': fail('NOT_FOUND', '版本不存在。') });
    expect(await screen.findByText('版本不存在')).toBeTruthy();
    expect(screen.getByRole('button', { name: /返回文件/ })).toBeTruthy();
  });

  it('is reached from the version list of the document page', async () => {
    installBridge({
      ...signedInChannels(),
      'documents.get': documentDetail({ versions: [DETAIL.summary] }),
    });
    renderApp('/documents/doc-1');
    const link = await screen.findByRole('link', { name: '征求意见稿' });
    expect(link.getAttribute('href')).toBe('#/documents/doc-1/versions/v-1');
  });
});

describe('runs cut into segments for marks', () => {
  it('cuts at style and mark boundaries and keeps every character', () => {
    const runs = [{ text: '第十五条 ' }, { text: '行政处罚', bold: true }, { text: '由具有' }];
    const segments = segmentRuns(runs, [
      { key: 'a', start: 3, end: 7 },
      { key: 'b', start: 5, end: 11 },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe('第十五条 行政处罚由具有');
    expect(segments.map((segment) => [segment.text, segment.bold, segment.marks])).toEqual([
      ['第十五', false, []],
      ['条 ', false, ['a']],
      ['行政', true, ['a', 'b']],
      ['处罚', true, ['b']],
      ['由具', false, ['b']],
      ['有', false, []],
    ]);
  });

  it('drops empty runs and clamps spans to the text', () => {
    expect(segmentRuns([{ text: '' }], [{ key: 'a', start: 0, end: 3 }])).toEqual([]);
    expect(
      segmentRuns([{ text: '' }, { text: '罚款', italic: true }], [{ key: 'a', start: 1, end: 9 }]),
    ).toEqual([
      { text: '罚', bold: false, italic: true, underline: false, marks: [] },
      { text: '款', bold: false, italic: true, underline: false, marks: ['a'] },
    ]);
  });
});
