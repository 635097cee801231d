import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../src/shared/api';
import { compareVersions } from '../../../src/shared/compare';
import type { Block } from '../../../src/shared/domain/blocks';
import { ADMIN, fail, type FakeChannels, installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';
import { useCompareEnvironment } from './environment';
import { comparison, DETAIL, lawExcerpt, noteKeyOf, RESULT, STRICT } from './fixtures';

useCompareEnvironment();

afterEach(() => {
  vi.restoreAllMocks();
});

function openCompare(route: string, channels: FakeChannels = {}, account: Account = ADMIN) {
  const bridge = installBridge({
    ...signedInChannels(account),
    'documents.get': DETAIL,
    'compare.run': comparison(RESULT),
    'compare.saveNote': null,
    ...channels,
  });
  renderApp(route);
  return bridge;
}

const FOURTH = RESULT.changes.find((change) => change.label === '第三条 → 第四条');
const FOURTH_KEY = noteKeyOf(RESULT, '第三条 → 第四条');

function noteField(label: string): HTMLTextAreaElement {
  return screen.getByLabelText(`${label}的修改说明`);
}

describe('修改对照表', () => {
  it('has one row per changed unit with the old text, the new text and the saved 修改说明', async () => {
    const unit = String(FOURTH?.unit);
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=table', {
      'compare.run': comparison(RESULT, undefined, { [FOURTH_KEY]: '与上位法表述保持一致。' }),
    });
    const table = await screen.findByRole('region', { name: '修改对照表' });
    expect(screen.getByRole('columnheader', { name: '原条文' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '修改后条文' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '修改说明' })).toBeTruthy();
    expect(table.querySelectorAll('.nd-cmp-table-row')).toHaveLength(RESULT.changes.length);
    const row = table.querySelector(`[data-unit="${unit}"]`) as HTMLElement;
    expect(row.querySelector('[data-side="old"]')?.textContent).toBe(
      '第三条 公民、法人或者其他组织违反行政管理秩序的行为，应当给予行政处罚的，依照本法由法律、法规或者规章规定，并由行政机关依照本法规定的程序实施。' +
        '没有法定依据或者不遵守法定程序的，行政处罚无效。',
    );
    expect(row.querySelector('[data-side="new"]')?.textContent).toBe(
      '第四条 公民、法人或者其他组织违反行政管理秩序的行为，应当给予行政处罚的，依照本法由法律、法规、规章规定，并由行政机关依照本法规定的程序实施。',
    );
    expect(noteField('第三条 → 第四条').value).toBe('与上位法表述保持一致。');
    expect(within(row).getByText('法律效力变化')).toBeTruthy();
  });

  it('saves a 修改说明 through compare.saveNote when the field is left', async () => {
    const bridge = openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=table');
    await screen.findByRole('region', { name: '修改对照表' });
    const field = noteField('第三条 → 第四条');
    fireEvent.change(field, { target: { value: '删去“或者”，并删除第二款。' } });
    expect(within(field.closest('.nd-cmp-note') as HTMLElement).getByText('未保存')).toBeTruthy();
    fireEvent.blur(field);
    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(bridge.inputsOf('compare.saveNote')).toEqual([
      {
        documentId: 'doc-1',
        fromVersionId: 'v-1',
        toVersionId: 'v-2',
        noteKey: FOURTH_KEY,
        note: '删去“或者”，并删除第二款。',
        ignoreWhitespace: true,
        normalizeWidth: true,
      },
    ]);

    // Saved notes survive a change of view without comparing again.
    fireEvent.click(screen.getByText('修订视图'));
    await screen.findByRole('region', { name: '修订视图' });
    fireEvent.click(screen.getByText('修改对照表'));
    await screen.findByRole('region', { name: '修改对照表' });
    expect(noteField('第三条 → 第四条').value).toBe('删去“或者”，并删除第二款。');
    expect(bridge.inputsOf('compare.run')).toHaveLength(1);
  });

  it('saves by itself once typing pauses', async () => {
    const bridge = openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=table');
    await screen.findByRole('region', { name: '修改对照表' });
    fireEvent.change(noteField('第七条 → 第八条'), { target: { value: '文字修改。' } });
    await waitFor(() => expect(bridge.inputsOf('compare.saveNote')).toHaveLength(1), { timeout: 4000 });
    expect(await screen.findByText('已保存')).toBeTruthy();
  });

  it('tells why a note was not saved', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=table', {
      'compare.saveNote': fail('INVALID_INPUT', '输入有误：', ['修改说明最多 2000 个字符']),
    });
    await screen.findByRole('region', { name: '修改对照表' });
    const field = noteField('第三条 → 第四条');
    fireEvent.change(field, { target: { value: '说明' } });
    fireEvent.blur(field);
    expect(await screen.findByText(/保存失败/)).toBeTruthy();
    expect(await screen.findByText('输入有误：修改说明最多 2000 个字符')).toBeTruthy();
  });

  it('cannot take notes against the working draft, and says why', async () => {
    const bridge = openCompare('/documents/doc-1/compare?from=v-1&to=draft&view=table', {
      'compare.run': comparison(RESULT, null),
    });
    expect(await screen.findByText(/与草稿比对时不能填写修改说明/)).toBeTruthy();
    expect(noteField('第三条 → 第四条').disabled).toBe(true);
    expect(bridge.inputsOf('compare.run')[0]).toMatchObject({ toVersionId: null });
    expect(screen.getByTitle('当前草稿')).toBeTruthy();
  });

  it('shows and takes notes when whitespace and width count as differences', async () => {
    // The note key names the same blocks under every option, so the strict comparison finds the note too.
    expect(noteKeyOf(STRICT, '第三条 → 第四条')).toBe(FOURTH_KEY);
    const notes = { [FOURTH_KEY]: '与上位法表述保持一致。' };
    const bridge = openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=table', {
      'compare.run': (input) =>
        comparison(input.ignoreWhitespace || input.normalizeWidth ? RESULT : STRICT, undefined, notes),
    });
    await screen.findByRole('region', { name: '修改对照表' });
    expect(noteField('第三条 → 第四条').value).toBe('与上位法表述保持一致。');
    fireEvent.click(screen.getByRole('switch', { name: '忽略空白' }));
    fireEvent.click(screen.getByRole('switch', { name: '全半角视为相同' }));
    await waitFor(() =>
      expect(bridge.inputsOf('compare.run').at(-1)).toMatchObject({
        ignoreWhitespace: false,
        normalizeWidth: false,
      }),
    );
    await waitFor(() => expect(document.querySelector('.nd-cmp-table-lock')).toBeNull());
    const field = noteField('第三条 → 第四条');
    expect(field.disabled).toBe(false);
    expect(field.value).toBe('与上位法表述保持一致。');
    expect(screen.queryByText(/关闭这些选项后条目可能对不上/)).toBeNull();
  });

  it('saves a note under other options by its key, and every cached comparison of the two versions shows it', async () => {
    const bridge = openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=table', {
      'compare.run': (input) => comparison(input.ignoreWhitespace ? RESULT : STRICT),
    });
    await screen.findByRole('region', { name: '修改对照表' });
    fireEvent.click(screen.getByRole('switch', { name: '全半角视为相同' }));
    await waitFor(() => expect(bridge.inputsOf('compare.run')).toHaveLength(2));
    fireEvent.click(screen.getByRole('switch', { name: '忽略空白' }));
    await waitFor(() => expect(bridge.inputsOf('compare.run')).toHaveLength(3));
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: '忽略空白' }).getAttribute('aria-checked')).toBe('false'),
    );
    const field = noteField('第三条 → 第四条');
    fireEvent.change(field, { target: { value: '删去“或者”。' } });
    fireEvent.blur(field);
    expect(await screen.findByText('已保存')).toBeTruthy();
    expect(bridge.inputsOf('compare.saveNote')).toEqual([
      {
        documentId: 'doc-1',
        fromVersionId: 'v-1',
        toVersionId: 'v-2',
        noteKey: FOURTH_KEY,
        note: '删去“或者”。',
        ignoreWhitespace: false,
        normalizeWidth: false,
      },
    ]);

    // Back to the default options: the comparison cached before the note was written shows it.
    fireEvent.click(screen.getByRole('switch', { name: '忽略空白' }));
    fireEvent.click(screen.getByRole('switch', { name: '全半角视为相同' }));
    await waitFor(() => expect(noteField('第三条 → 第四条').value).toBe('删去“或者”。'));
    expect(bridge.inputsOf('compare.run')).toHaveLength(3);
  });

  it('is read-only for an account that neither drafts nor reviews', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2&view=table', {}, { ...ADMIN, roles: ['leader'] });
    expect(await screen.findByText('只有起草人员和审核人员可以填写修改说明。')).toBeTruthy();
    expect(noteField('第三条 → 第四条').disabled).toBe(true);
  });
});

describe('exports and folding', () => {
  it('downloads both Word exports under the names main gives', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test-${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const bridge = openCompare('/documents/doc-1/compare?from=v-1&to=v-2', {
      'compare.export': (input) => ({
        fileName: input.format === 'tracked' ? '办法（修订）.docx' : '办法修改对照表.docx',
        mediaType: docx,
        data: Buffer.from(`PK${input.format}`).toString('base64'),
      }),
    });
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    fireEvent.click(screen.getByRole('button', { name: /导出修订版（Word）/ }));
    expect(await screen.findByText('已导出“办法（修订）.docx”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /导出修改对照表（Word）/ }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((file) => file.name)).toEqual(['办法（修订）.docx', '办法修改对照表.docx']);
    expect(saved[0]?.blob.type).toBe(docx);
    expect(new TextDecoder().decode(await saved[1]?.blob.arrayBuffer())).toBe('PKtable');
    expect(bridge.inputsOf('compare.export')).toEqual([
      {
        documentId: 'doc-1',
        fromVersionId: 'v-1',
        toVersionId: 'v-2',
        ignoreWhitespace: true,
        normalizeWidth: true,
        format: 'tracked',
      },
      {
        documentId: 'doc-1',
        fromVersionId: 'v-1',
        toVersionId: 'v-2',
        ignoreWhitespace: true,
        normalizeWidth: true,
        format: 'table',
      },
    ]);
  });

  it('shows the reason in Chinese when an export fails', async () => {
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2', {
      'compare.export': fail('NOT_FOUND', '该文件没有这个版本。'),
    });
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    fireEvent.click(screen.getByRole('button', { name: /导出修改对照表（Word）/ }));
    expect(await screen.findByText('该文件没有这个版本。')).toBeTruthy();
  });

  it('folds a long unchanged stretch and unfolds it on a click', async () => {
    // 第九条 法律可以设定… → 应当 in 26 paragraphs of the 2017 text: everything before it is unchanged.
    const before = lawExcerpt('xingzhengchufafa_2017.txt', 26, 'o');
    const after: Block[] = before.map((block, index) =>
      index === 24
        ? { ...block, runs: [{ text: (block.runs[0]?.text ?? '').replace('可以', '应当') }] }
        : block,
    );
    const result = compareVersions(before, after);
    expect(result.summary.modified).toBe(1);
    openCompare('/documents/doc-1/compare?from=v-1&to=v-2', { 'compare.run': comparison(result) });
    const gap = await screen.findByRole('button', { name: /此处 \d+ 段未变，点击展开/ });
    const hidden = Number(/此处 (\d+) 段/.exec(gap.textContent ?? '')?.[1]);
    expect(hidden).toBeGreaterThan(10);
    const shown = () => document.querySelectorAll('.nd-cmp-row').length;
    expect(shown()).toBe(result.pairs.length - hidden);
    fireEvent.click(gap);
    await waitFor(() => expect(shown()).toBe(result.pairs.length));
    expect(markText('ins')).toEqual(['应当']);
    expect(markText('del')).toEqual(['可以']);
  });
});

function markText(tag: 'ins' | 'del'): string[] {
  return [...document.querySelectorAll(tag)].map((mark) => mark.textContent ?? '');
}
