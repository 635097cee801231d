import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import libraryData from '../../../resources/laws/library.json';
import type { ChannelInput, ChannelOutput } from '../../../src/shared/api';
import { ADMIN, installBridge, signedInChannels } from '../support/fakeBridge';
import { typeInto } from '../support/forms';
import { renderApp } from '../support/renderApp';

type Law = ChannelOutput<'laws.search'>['items'][number];

interface ShippedLaw {
  id: string;
  title: string;
  shortTitle: string;
  level?: string;
  issuer?: string;
  promulgated?: string;
  effective?: string;
  status: Law['status'];
  supersededBy?: string;
}

/** The shipped library as the server lists it (no local edits). */
const LAWS: Law[] = (libraryData.laws as ShippedLaw[]).map((law) => ({
  id: law.id,
  title: law.title,
  level: law.level ?? '',
  issuer: law.issuer ?? '',
  promulgated: law.promulgated ?? '',
  effective: law.effective ?? '',
  status: law.status,
  supersededBy: law.supersededBy ?? null,
  note: '',
  edited: false,
}));

function search(input: ChannelInput<'laws.search'>): ChannelOutput<'laws.search'> {
  const q = input.q ?? '';
  const matches = LAWS.filter(
    (law) => (!input.status || law.status === input.status) && (!q || law.title.includes(q)),
  );
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 50;
  return { items: matches.slice((page - 1) * pageSize, page * pageSize), total: matches.length };
}

function lawRow(title: string): HTMLElement {
  const cell = screen.getByText(title, { selector: 'td' });
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

/** Types into the search box and presses Enter. */
function searchFor(text: string) {
  const box = screen.getByRole('searchbox', { name: '搜索法律法规' });
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

async function openLibrary(roles = ADMIN.roles) {
  const bridge = installBridge({ ...signedInChannels({ ...ADMIN, roles }), 'laws.search': search });
  renderApp('/laws');
  await screen.findByText(`共 ${LAWS.length} 件`);
  return bridge;
}

describe('法规库', { timeout: 40_000 }, () => {
  it('is reached from the navigation after 清理 and 统计', async () => {
    installBridge({ ...signedInChannels(), 'laws.search': search });
    renderApp('/');
    const items = (await screen.findAllByRole('menuitem')).map((item) => item.textContent);
    expect(items.indexOf('统计')).toBe(items.indexOf('清理') + 1);
    expect(items.indexOf('法规库')).toBe(items.indexOf('统计') + 1);
    fireEvent.click(screen.getByRole('menuitem', { name: /法规库/ }));
    expect(await screen.findByText(`共 ${LAWS.length} 件`)).toBeTruthy();
  });

  it('pages, searches and filters by status on the server', async () => {
    const bridge = await openLibrary();
    expect(bridge.inputsOf('laws.search')[0]).toEqual({ q: '', page: 1, pageSize: 50 });
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() =>
      expect(bridge.inputsOf('laws.search').at(-1)).toEqual({ q: '', page: 2, pageSize: 50 }),
    );
    expect(await screen.findByText(LAWS[50]?.title ?? '', { selector: 'td' })).toBeTruthy();

    // A new search starts again at page 1.
    searchFor('统计');
    const statistics = search({ q: '统计', page: 1, pageSize: 50 });
    expect(await screen.findByText(`共 ${statistics.total} 件`)).toBeTruthy();
    expect(bridge.inputsOf('laws.search').at(-1)).toEqual({ q: '统计', page: 1, pageSize: 50 });

    // 统计法实施细则 was repealed by 统计法实施条例 (第五十五条).
    const repealed = lawRow('中华人民共和国统计法实施细则');
    expect(within(repealed).getByText('已废止').className).toMatch(/ant-tag-red/);
    expect(within(repealed).getByText('《中华人民共和国统计法实施条例》')).toBeTruthy();
    expect(within(lawRow('中华人民共和国统计法')).getByText('有效').className).toMatch(/ant-tag-green/);

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '按状态筛选' }));
    fireEvent.click(await screen.findByTitle('已废止'));
    await waitFor(() =>
      expect(bridge.inputsOf('laws.search').at(-1)).toEqual({
        q: '统计',
        status: '已废止',
        page: 1,
        pageSize: 50,
      }),
    );
    const repealedOnly = search({ q: '统计', status: '已废止' });
    expect(await screen.findByText(`共 ${repealedOnly.total} 件`)).toBeTruthy();
    expect(screen.queryByText('中华人民共和国统计法', { selector: 'td' })).toBeNull();
  });

  it('lets a reviewer record the repeal of a law with its date, replacement and note, and shows what it triggers', async () => {
    const bridge = await openLibrary(['reviewer']);
    bridge.set({
      'laws.mark': (input) => {
        const law = LAWS.find((candidate) => candidate.id === input.lawId) as Law;
        return {
          change: {
            id: 'change-1',
            lawId: law.id,
            title: law.title,
            change: input.change,
            changeLabel: '废止',
            changedOn: input.changedOn,
            supersededBy: input.supersededBy ?? null,
            note: input.note ?? '',
            origin: 'edit',
            recordedAt: '2026-12-07T02:00:00.000Z',
            recordedByName: '李审核',
            documentCount: 2,
            inForceCount: 1,
          },
          documents: [],
        };
      },
    });
    searchFor('海关统计条例');
    await screen.findByText('共 1 件');
    fireEvent.click(screen.getByRole('button', { name: '修改《中华人民共和国海关统计条例》的状态' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: '已废止' }));
    // The field is named for what it means once the law is repealed; the change is a repeal.
    await within(dialog).findByText('被替代为');
    expect(within(dialog).getByRole('radio', { name: '废止' })).toHaveProperty('checked', true);
    typeInto('被替代为', '中华人民共和国海关统计工作管理规定', dialog);
    typeInto('备注', '示例：按本地清理结果标注。', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    await waitFor(() => expect(bridge.inputsOf('laws.mark')).toHaveLength(1));
    expect(bridge.inputsOf('laws.mark')[0]).toEqual({
      lawId: '海关统计条例',
      change: 'repealed',
      changedOn: dayjs().format('YYYY-MM-DD'),
      supersededBy: '中华人民共和国海关统计工作管理规定',
      note: '示例：按本地清理结果标注。',
    });
    expect(bridge.inputsOf('laws.setStatus')).toHaveLength(0);
    expect(await screen.findByText('引用该法规、在此之前印发的文件 2 件（现行有效 1 件）。')).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看涉及的文件' }).getAttribute('href')).toBe(
      '#/cleanup?tab=law-changes&change=change-1',
    );
    // The list is asked again so that it shows the change.
    await waitFor(() =>
      expect(
        bridge.inputsOf('laws.search').filter((input) => (input as { q: string }).q === '海关统计条例')
          .length,
      ).toBeGreaterThan(1),
    );
  });

  it('offers no status edits to accounts that are neither administrators nor reviewers', async () => {
    await openLibrary(['drafter']);
    expect(screen.queryByRole('columnheader', { name: '操作' })).toBeNull();
    expect(screen.queryByRole('button', { name: /的状态$/ })).toBeNull();
  });
});
