import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../src/shared/api';
import { compareVersions } from '../../../src/shared/compare';
import { type FakeChannels, installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';
import { useCompareEnvironment } from './environment';
import { comparison, DETAIL, OLD_BLOCKS, RESULT } from './fixtures';

useCompareEnvironment();

function openCompare(route: string, channels: FakeChannels = {}) {
  const bridge = installBridge({
    ...signedInChannels(),
    'documents.get': DETAIL,
    'compare.run': comparison(RESULT),
    ...channels,
  });
  renderApp(route);
  return bridge;
}

/** The redline row of the first pair of the unit whose change is labelled `label`. */
function rowOf(label: string, view: ParentNode = document): HTMLElement {
  const change = RESULT.changes.find((entry) => entry.label === label);
  if (!change) throw new Error(`no change ${label}`);
  const row = view.querySelector<HTMLElement>(`.nd-cmp-row[data-unit="${change.unit}"]`);
  if (!row) throw new Error(`row of ${label} not rendered`);
  return row;
}

/** An <ins> or <del> by its whole text (words of legal force inside it are wrapped in <mark>). */
function markWithText(tag: 'ins' | 'del', text: string | RegExp): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>(tag)].find((mark) =>
    typeof text === 'string' ? mark.textContent === text : text.test(mark.textContent ?? ''),
  );
  if (!found) throw new Error(`no <${tag}> with ${String(text)}`);
  return found;
}

describe('compare page', () => {
  it('shows the summary counts computed from the real 行政处罚法 texts', async () => {
    const bridge = openCompare('/documents/doc-1/compare?from=v-1&to=v-2');
    const { summary } = RESULT;
    expect(await screen.findByText(`新增 ${summary.added} 条`)).toBeTruthy();
    expect(screen.getByText(`删除 ${summary.deleted} 条`)).toBeTruthy();
    expect(screen.getByText(`修改 ${summary.modified} 条`)).toBeTruthy();
    expect(screen.getByText(`移动 ${summary.moved} 条`)).toBeTruthy();
    expect(screen.getByText(`仅序号变化 ${summary.renumbered} 条`)).toBeTruthy();
    expect(summary.renumbered).toBe(4);
    expect(screen.getByText(/条文以外的段落：新增 4/)).toBeTruthy();
    expect(screen.getByText('用时 12 毫秒')).toBeTruthy();
    expect(screen.getByText(`法律效力变化 ${RESULT.flags.length} 处`)).toBeTruthy();
    expect(bridge.inputsOf('compare.run')).toEqual([
      {
        documentId: 'doc-1',
        fromVersionId: 'v-1',
        toVersionId: 'v-2',
        ignoreWhitespace: true,
        normalizeWidth: true,
      },
    ]);
  });

  it('shows a renumbered article with its old number struck and the new one inserted, nothing else', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2');
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    const row = rowOf('第二条 → 第三条', screen.getByRole('region', { name: '修订视图' }));
    expect(within(row).getByText('仅序号变化')).toBeTruthy();
    expect([...row.querySelectorAll('del')].map((mark) => mark.textContent)).toEqual(['第二条 ']);
    expect([...row.querySelectorAll('ins')].map((mark) => mark.textContent)).toEqual(['第三条 ']);
    expect(row.querySelector('.nd-cmp-text')?.textContent).toBe(
      '第二条 第三条 行政处罚的设定和实施，适用本法。',
    );
  });

  it('underlines insertions and strikes deletions, in colour and in black and white', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2');
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    // 第三条 → 第四条: 法律、法规或者规章 became 法律、法规、规章, and its second paragraph was deleted.
    const row = rowOf('第三条 → 第四条');
    const deleted = within(row).getByText('或者', { selector: 'del' });
    const inserted = within(row).getByText('、', { selector: 'ins' });
    const insertedStyle = getComputedStyle(inserted);
    const deletedStyle = getComputedStyle(deleted);
    expect(insertedStyle.textDecoration).toContain('underline');
    expect(deletedStyle.textDecoration).toContain('line-through');
    expect(insertedStyle.color).toBe('#0a5c36');
    expect(deletedStyle.color).toBe('#a8071a');
    expect(inserted.className).toBe('nd-cmp-ins');
    expect(deleted.className).toBe('nd-cmp-del');
    // Whole paragraphs: the deleted second paragraph of 第三条 and the new 第二条.
    const removed = markWithText('del', '没有法定依据或者不遵守法定程序的，行政处罚无效。');
    expect(removed.closest('.nd-cmp-row')?.getAttribute('data-kind')).toBe('deleted');
    const added = markWithText('ins', /^第二条 行政处罚是指/);
    expect(added.closest('.nd-cmp-row')?.getAttribute('data-kind')).toBe('added');
  });

  it('puts the two versions side by side, aligned by pair', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=side');
    const view = await screen.findByRole('region', { name: '左右对照视图' });
    expect(screen.getByText('原文：第 1 版 · 征求意见稿')).toBeTruthy();
    expect(screen.getByText('修改后：第 2 版 · 送审稿')).toBeTruthy();
    const row = rowOf('第三条 → 第四条', view);
    const [oldCell, newCell] = [...row.querySelectorAll('.nd-cmp-cell')];
    expect(oldCell?.querySelector('del')?.textContent).toBe('第三条 ');
    expect(within(oldCell as HTMLElement).getByText('或者', { selector: 'del' })).toBeTruthy();
    expect(oldCell?.querySelector('ins')).toBeNull();
    expect(within(newCell as HTMLElement).getByText('、', { selector: 'ins' })).toBeTruthy();
    expect(newCell?.querySelector('del')).toBeNull();
  });

  it('walks from change to change with the buttons, the keyboard and the list', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2');
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    const total = RESULT.changes.length;
    const position = screen.getByTestId('change-position');
    expect(position.textContent).toBe(`共 ${total} 处`);

    fireEvent.click(screen.getByRole('button', { name: /下一处/ }));
    expect(position.textContent).toBe(`第 1 / ${total} 处`);
    fireEvent.keyDown(window, { key: 'ArrowDown', altKey: true });
    fireEvent.keyDown(window, { key: 'n' });
    expect(position.textContent).toBe(`第 3 / ${total} 处`);
    fireEvent.keyDown(window, { key: 'ArrowUp', altKey: true });
    expect(position.textContent).toBe(`第 2 / ${total} 处`);
    const second = RESULT.changes[1];
    await waitFor(() =>
      expect(
        document.querySelector(`.nd-cmp-row[data-unit="${second?.unit}"]`)?.getAttribute('data-active'),
      ).toBe('true'),
    );

    // N / P work with the focus on the view switch, not while typing in a field.
    fireEvent.keyDown(screen.getByRole('radio', { name: '修订视图' }), { key: 'n' });
    expect(position.textContent).toBe(`第 3 / ${total} 处`);
    fireEvent.keyDown(screen.getByRole('combobox', { name: '原版本' }), { key: 'p' });
    expect(position.textContent).toBe(`第 3 / ${total} 处`);

    const list = screen.getByRole('region', { name: '变化列表' });
    fireEvent.click(within(list).getByText('第七条 → 第八条'));
    const index = RESULT.changes.findIndex((change) => change.label === '第七条 → 第八条');
    expect(position.textContent).toBe(`第 ${index + 1} / ${total} 处`);
    const rows = document.querySelectorAll('.nd-cmp-row[data-active="true"]');
    expect(rows.length).toBe(2);
    expect(rows[0]?.textContent).toContain('因违法行为受到行政处罚');
  });

  it('lists the legal-force changes and tags their articles', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2');
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    fireEvent.click(screen.getByRole('tab', { name: /法律效力/ }));
    const flag = RESULT.flags.find((entry) => entry.label === '第四条');
    expect(flag?.message).toBe('第四条：许可/处罚/强制/收费用语删除“处罚”');
    fireEvent.click(await screen.findByText(flag?.message ?? ''));
    const row = rowOf('第三条 → 第四条');
    expect(row.getAttribute('data-active')).toBe('true');
    expect(within(row).getByText('法律效力变化')).toBeTruthy();
    const marks = document.querySelectorAll(`.nd-cmp-row[data-unit="${flag?.unit}"] del mark.nd-cmp-force`);
    expect([...marks].map((mark) => mark.textContent)).toEqual(['处罚']);
  });

  it('tells flags of whole new articles from edits, and filters them apart', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2');
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    fireEvent.click(screen.getByRole('tab', { name: /法律效力/ }));
    const list = await screen.findByRole('region', { name: '法律效力变化' });
    // The new 第二条 (行政处罚的定义) is one flag with its own tag; 第四条 lost a sentence on 处罚.
    const added = within(list).getByText('第二条：新增条文，含“处罚”').closest('button') as HTMLElement;
    expect(added.getAttribute('data-scope')).toBe('added');
    expect(within(added).getByText('新增条文')).toBeTruthy();
    const edited = within(list).getByText('第四条：许可/处罚/强制/收费用语删除“处罚”').closest('button');
    expect(within(edited as HTMLElement).getByText('许可/处罚/强制/收费')).toBeTruthy();

    fireEvent.click(screen.getByText('修改 1'));
    expect(within(list).queryByText('第二条：新增条文，含“处罚”')).toBeNull();
    expect(within(list).getByText('第四条：许可/处罚/强制/收费用语删除“处罚”')).toBeTruthy();
    fireEvent.click(screen.getByText('新增 1'));
    expect(within(list).getByText('第二条：新增条文，含“处罚”')).toBeTruthy();
    expect(within(list).queryByText(/^第四条/)).toBeNull();
    expect(screen.getByText('删除 0').closest('.ant-segmented-item-disabled')).toBeTruthy();
  });

  it('tags an article that moved at its new place, without marks inside, and marks where it stood as 移出', async () => {
    // 第五条 of the 2017 text taken out and put after 第七条, words unchanged.
    const before = OLD_BLOCKS;
    const fifth = before[10];
    if (!fifth) throw new Error('excerpt too short');
    const after = [...before.slice(0, 10), ...before.slice(11), fifth];
    const result = compareVersions(before, after);
    expect(result.summary).toMatchObject({ moved: 1, modified: 0, added: 0, deleted: 0 });
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2', { 'compare.run': comparison(result) });
    const tag = await screen.findByText('移动', { selector: '.nd-cmp-tags .ant-tag' });
    const row = tag.closest('.nd-cmp-row') as HTMLElement;
    expect(row.textContent).toContain('第五条 实施行政处罚');
    expect(row.querySelectorAll('ins, del')).toHaveLength(0);
    const rows = [...document.querySelectorAll('.nd-cmp-row')];
    expect(rows.indexOf(row)).toBe(rows.length - 1);
    // Where it stood, as the Word redline writes it moved away: just before the old 第六条.
    const away = document.querySelector('[data-kind="moved-away"]') as HTMLElement;
    expect(away.textContent).toMatch(/^移出第五条 已移至 /);
    expect(rows[rows.indexOf(away) + 1]?.textContent).toContain('第六条');
  });

  it('shows 正在比对… until main answers', async () => {
    let answer: (value: { ok: true; value: ChannelOutput<'compare.run'> }) => void = () => undefined;
    installBridge({ ...signedInChannels(), 'documents.get': DETAIL });
    const fake = window.normdesk;
    window.normdesk = new Proxy(
      {},
      {
        get: (_target, channel: string) =>
          channel === 'compare.run' ? () => new Promise((resolve) => (answer = resolve)) : fake?.[channel],
      },
    );
    renderApp('/documents/doc-1/compare');
    expect(await screen.findByText('正在比对…')).toBeTruthy();
    answer({ ok: true, value: comparison(RESULT) });
    expect(await screen.findByText(`新增 ${RESULT.summary.added} 条`)).toBeTruthy();
    expect(screen.queryByText('正在比对…')).toBeNull();
  });
});
