import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditListEntry, ListAuditInput } from '../../../src/shared/api';
import type { z } from 'zod';
import { ADMIN, installBridge, signedInChannels } from '../support/fakeBridge';
import { documentSummary } from '../support/documents';
import { renderApp } from '../support/renderApp';

type ListInput = z.input<typeof ListAuditInput>;

function entry(seq: number, extra: Partial<AuditListEntry>): AuditListEntry {
  return {
    seq,
    at: '2025-03-05T06:30:00.000Z',
    actorId: 'u-lqc',
    actorName: '李起草',
    actorLogin: 'lqc',
    action: 'versions.save',
    actionLabel: '保存版本',
    targetType: 'versions',
    targetId: 'v-1',
    subject: '《某区统计数据质量管理办法》第2版（送审稿，2025-03-05）',
    documentId: 'doc-1',
    documentTitle: '某区统计数据质量管理办法',
    detail: { title: '保存版本', input: { documentId: 'doc-1', label: '送审稿', note: '根据征求意见修改' } },
    hash: 'f'.repeat(64),
    ...extra,
  };
}

const ENTRIES = [
  entry(3, {}),
  entry(2, {
    actorName: null,
    actorLogin: null,
    actorId: null,
    action: 'auth.signIn.failed',
    actionLabel: '登录失败',
    targetType: 'users',
    subject: '账号 lisi',
    documentId: null,
    documentTitle: null,
    detail: { username: 'lisi' },
  }),
  entry(1, {
    actorName: '王管理',
    actorLogin: 'admin',
    action: 'users.update',
    actionLabel: '修改账号',
    subject: '账号 李起草（lqc）',
    documentId: null,
    documentTitle: null,
    detail: { title: '修改账号', input: { id: 'u-lqc', displayName: '李起草', roles: ['drafter'] } },
  }),
];

function openPanel() {
  return installBridge({
    ...signedInChannels(),
    'users.list': [
      ADMIN,
      { ...ADMIN, id: 'u-lqc', username: 'lqc', displayName: '李起草', roles: ['drafter'] },
    ],
    'documents.list': (input) => ({
      items: [documentSummary({ id: 'doc-1', title: '某区统计数据质量管理办法' })],
      total: 1,
      page: input.page ?? 1,
      pageSize: input.pageSize ?? 50,
    }),
    'audit.list': (input) => ({ total: 250_000, items: input.page === 1 ? ENTRIES : [entry(7, {})] }),
    'audit.verify': { ok: true, checked: 3, firstBrokenSeq: null, reason: null },
    'audit.export': {
      fileName: '审计日志（2025-03-05导出）.xlsx',
      mediaType: 'application/octet-stream',
      data: '',
    },
  });
}

/** Opens a searchable select, types the option's words (long lists render only what is in view) and picks it. */
async function choose(label: string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  fireEvent.mouseDown(select);
  fireEvent.change(select, { target: { value: option.slice(0, 4) } });
  fireEvent.click((await within(document.body).findAllByTitle(option)).at(-1) as HTMLElement);
}

describe('the audit log panel', () => {
  it('shows each entry by name with the chain check on top and no ids or codes', async () => {
    openPanel();
    renderApp('/settings?tab=audit');
    const table = await screen.findByTestId('audit-table', {}, { timeout: 10_000 });
    expect(
      await within(table).findByText('《某区统计数据质量管理办法》第2版（送审稿，2025-03-05）'),
    ).toBeTruthy();
    expect(within(table).getByText('账号 李起草（lqc）')).toBeTruthy();
    expect(within(table).getByText('登录失败')).toBeTruthy();
    expect(within(table).getAllByText('（lqc）').length).toBeGreaterThan(0);
    const text = table.textContent ?? '';
    for (const raw of ['versions.save', 'u-lqc', 'doc-1', '{', 'auth.signIn'])
      expect(text).not.toContain(raw);
    expect(screen.getByText('共 250000 条')).toBeTruthy();

    // The chain check stands above the filters and the table.
    const verify = screen.getByRole('button', { name: /校验完整性/ });
    const filters = screen.getByTestId('audit-filters');
    expect(verify.compareDocumentPosition(filters) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    // 详情 opens the recorded fields under Chinese names.
    fireEvent.click(within(table).getAllByRole('button', { name: '详情' })[0] as HTMLElement);
    const detail = await screen.findByTestId('audit-detail-3');
    expect(detail.textContent).toContain('版本名称送审稿');
    expect(detail.textContent).toContain('说明根据征求意见修改');
    expect(detail.textContent).not.toContain('doc-1');
  });

  it('sends each filter to main and goes back to the first page', async () => {
    const bridge = openPanel();
    renderApp('/settings?tab=audit');
    await screen.findByText('账号 李起草（lqc）', {}, { timeout: 10_000 });
    const lastInput = () => bridge.inputsOf('audit.list').at(-1) as ListInput;

    fireEvent.click(screen.getByTitle('3'));
    await waitFor(() => expect(lastInput()).toMatchObject({ page: 3, pageSize: 100 }));

    await choose('操作人', '李起草（lqc）');
    await waitFor(() => expect(lastInput()).toMatchObject({ accountId: 'u-lqc', page: 1 }));
    await choose('操作', '保存版本');
    await waitFor(() => expect(lastInput()).toMatchObject({ accountId: 'u-lqc', action: 'versions.save' }));
    await choose('操作', '文件登记（全部操作）');
    await waitFor(() => expect(lastInput()).toMatchObject({ area: 'documents' }));
    expect(lastInput().action).toBeUndefined();
    await choose('文件', '某区统计数据质量管理办法');
    await waitFor(() => expect(lastInput()).toMatchObject({ documentId: 'doc-1', area: 'documents' }));

    const search = screen.getByRole('searchbox', { name: '搜索审计日志' });
    fireEvent.change(search, { target: { value: '送审稿' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(lastInput()).toMatchObject({ q: '送审稿', documentId: 'doc-1', page: 1 }));

    fireEvent.click(screen.getByRole('button', { name: /导出 Excel/ }));
    await waitFor(() => expect(bridge.inputsOf('audit.export')).toHaveLength(1));
    expect(bridge.inputsOf('audit.export')[0]).toEqual({
      accountId: 'u-lqc',
      area: 'documents',
      action: undefined,
      documentId: 'doc-1',
      q: '送审稿',
    });
  });
});
