import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SearchInput, SearchResult } from '../../../src/shared/api';
import { installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';

const RESULT: SearchResult = {
  terms: ['罚款'],
  documentCount: 1,
  more: false,
  hitCount: 7,
  millis: 3,
  documents: [
    {
      documentId: 'd1',
      title: '某区行政处罚实施办法',
      kind: 'admin_normative',
      status: 'drafting',
      year: 2026,
      docNumber: null,
      hitCount: 7,
      hits: [
        {
          source: 'version',
          sourceId: 'v1',
          versionId: 'v1',
          versionTitle: '第 1 版 · 征求意见稿',
          blockId: 'b12',
          path: '第二章 › 第九条',
          segments: [
            { text: '（二）', mark: false },
            { text: '罚款', mark: true },
            { text: '、没收违法所得', mark: false },
          ],
        },
        {
          source: 'draft',
          sourceId: 'main',
          versionId: null,
          versionTitle: null,
          blockId: 'b40',
          path: '第四章 › 第二十九条',
          segments: [{ text: '罚款', mark: true }],
        },
      ],
    },
  ],
};

describe('搜索 page', () => {
  it('shows documents with marked excerpts, where each hit is, and links that open the block', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'search.query': (input: SearchInput) =>
        input.q === '罚款'
          ? RESULT
          : { ...RESULT, documentCount: 0, hitCount: 0, documents: [], terms: [input.q] },
    });
    renderApp('/search?q=%E7%BD%9A%E6%AC%BE&kind=admin_normative&where=version,draft');
    expect(await screen.findByText('找到 1 个文件，共 7 处')).toBeTruthy();
    const marks = document.querySelectorAll('.nd-search-snippet mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['罚款', '罚款']);
    const links = [...document.querySelectorAll('a.nd-search-hit')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['#/documents/d1/versions/v1?block=b12', '#/documents/d1/draft?block=b40']);
    expect(screen.getByText('第 1 版 · 征求意见稿 › 第二章 › 第九条')).toBeTruthy();
    expect(screen.getByText('还有 5 处，可加上更多文字或按位置筛选以缩小范围。')).toBeTruthy();
    // The filters of the address are what was asked for.
    expect(bridge.inputsOf('search.query')[0]).toMatchObject({
      q: '罚款',
      kinds: ['admin_normative'],
      sources: ['version', 'draft'],
    });
  });

  it('says when nothing is found, and what to do before anything is searched', async () => {
    installBridge({
      ...signedInChannels(),
      'search.query': (input: SearchInput) => ({
        ...RESULT,
        documentCount: 0,
        hitCount: 0,
        documents: [],
        terms: [input.q],
      }),
    });
    renderApp('/search');
    expect(await screen.findByText(/输入要查找的文字后按回车/)).toBeTruthy();
    const box = screen.getByLabelText('搜索内容');
    fireEvent.change(box, { target: { value: '不存在' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() =>
      expect(screen.getByText('没有找到包含“不存在”的内容。可以减少文字或取消筛选后再试。')).toBeTruthy(),
    );
  });

  it('Ctrl+K opens the search box from any page', async () => {
    installBridge({ ...signedInChannels(), 'search.query': () => RESULT });
    renderApp('/search');
    await screen.findByText(/输入要查找的文字后按回车/);
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});
