import { render, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { docxToBlocks } from '../../../src/main/import/docxToBlocks';
import type { AnnotationThread, TextSelector } from '../../../src/shared/api';
import { selectorFor } from '../../../src/shared/domain/anchoring';
import { blockText, type Block } from '../../../src/shared/domain/blocks';
import { AppProviders } from '../../../src/renderer/src/AppProviders';
import { AntdProviders } from '../../../src/renderer/src/lib/antd/AntdProviders';
import { AnnotationPanel, useAnnotationView } from '../../../src/renderer/src/features/annotations';
import { buildOutline } from '../../../src/renderer/src/features/drafting/outline/buildOutline';
import { OutlinePanel } from '../../../src/renderer/src/features/drafting/outline/OutlinePanel';
import { createQueryClient } from '../../../src/renderer/src/lib/queryClient';
import { installBridge } from '../support/fakeBridge';
import { articleItemsDocx } from '../../support/wordListDocx';

/** The blocks of a real Word file whose 第五条 has numbered-list （一）（二）（三）. */
let blocks: Block[];

beforeAll(async () => {
  let next = 0;
  blocks = (await docxToBlocks(await articleItemsDocx('numbered'), () => String(++next))).blocks;
});

function selectorOn(text: string, quote: string): TextSelector {
  const block = blocks.find((candidate) => blockText(candidate) === text);
  if (!block) throw new Error(`no block ${text}`);
  const start = text.indexOf(quote);
  return selectorFor(block.id, text, start, start + quote.length);
}

describe('a Word file with list items inside an article', { timeout: 20_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('has an outline with 第六条 at the level of 第五条, not under （三）', () => {
    // happy-dom lays nothing out: give the outline's scroller the height it has on screen.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(240);
    render(<OutlinePanel entries={buildOutline(blocks)} onSelect={() => undefined} height={600} />);
    const outline = screen.getByRole('navigation', { name: '文档大纲' });
    const lines = [...outline.querySelectorAll<HTMLElement>('a')].map((link) => ({
      label: link.textContent ?? '',
      indent: link.style.paddingLeft,
    }));
    expect(lines.map((line) => line.label.slice(0, 3))).toEqual([
      '某区统',
      '第四条',
      '第五条',
      '第六条',
      '第七条',
    ]);
    const indentOf = (label: string) => lines.find((line) => line.label.startsWith(label))?.indent;
    expect(indentOf('第六条')).toBe(indentOf('第五条'));
    expect(indentOf('第七条')).toBe(indentOf('第四条'));
    expect(lines.some((line) => line.label.startsWith('（'))).toBe(false);
  });

  it('names 第五条 › 第一款 › 第（二）项 for a comment on the second item', async () => {
    const selector = selectorOn('（二）调查方案，包括调查表式和填报说明；', '调查表式');
    const thread: AnnotationThread = {
      id: 'a-1',
      documentId: 'doc-1',
      originVersionId: 'v-1',
      originSelector: selector,
      selector,
      status: 'exact',
      state: 'open',
      body: '调查表式应附样表。',
      createdAt: '2026-04-30T02:00:00.000Z',
      createdBy: 'u-2',
      createdByName: '李审核',
      resolvedAt: null,
      resolvedByName: null,
      replies: [],
    };
    installBridge({ 'annotations.list': [thread] });
    function Harness() {
      const view = useAnnotationView();
      const { setPending } = view;
      useEffect(() => setPending(selectorOn('（三）部门职责依据。', '职责依据')), [setPending]);
      return <AnnotationPanel documentId="doc-1" versionId="v-1" blocks={blocks} view={view} />;
    }
    render(
      <AppProviders client={createQueryClient()}>
        <AntdProviders>
          <Harness />
        </AntdProviders>
      </AppProviders>,
    );
    await screen.findByText('调查表式应附样表。');
    const card = document.querySelector<HTMLElement>('[data-thread-id="a-1"]');
    expect(within(card as HTMLElement).getByText('第五条 › 第一款 › 第（二）项')).toBeTruthy();
    const pending = await screen.findByTestId('new-thread');
    expect(within(pending).getByText('第五条 › 第一款 › 第（三）项')).toBeTruthy();
  });
});
