import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account, Signoff } from '../../../src/shared/api';
import { ADMIN, fail, installBridge, signedInChannels, type FakeChannels } from '../support/fakeBridge';
import { documentDetail } from '../support/documents';
import { typeInto } from '../support/forms';
import { renderApp } from '../support/renderApp';
import { signoff, version, workflowView } from '../review/fixtures';

const COUNSEL: Account = { ...ADMIN, id: 'u-counsel', displayName: '赵顾问', roles: ['counsel'] };
const DRAFTER: Account = { ...ADMIN, id: 'u-drafter', roles: ['drafter'] };
const VERSIONS = [version(), version({ id: 'v-2', seq: 2, label: '修改稿', contentHash: 'ab'.repeat(32) })];

function openSignoffs(signoffs: Signoff[], account: Account = COUNSEL, extra: FakeChannels = {}) {
  const bridge = installBridge({
    ...signedInChannels(account),
    'documents.get': documentDetail({ versions: VERSIONS }),
    'workflow.get': workflowView({ state: 'in_review', stateLabel: '审核中', events: [] }),
    'reviews.list': [],
    'signoffs.list': signoffs,
    ...extra,
  });
  renderApp('/documents/doc-1');
  return bridge;
}

async function panel(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('tab', { name: '审核' }));
  return screen.findByTestId('signoff-panel');
}

function rowOf(container: HTMLElement, text: string): HTMLElement {
  const row = [...container.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(text));
  if (!(row instanceof HTMLElement)) throw new Error(`no row with ${text}`);
  return row;
}

afterEach(() => vi.restoreAllMocks());

describe('sign-offs (签署意见)', () => {
  it('tags each sign-off valid or invalid, and stale once the document has a newer version', async () => {
    openSignoffs([
      signoff({
        id: 's-fresh',
        text: '同意提交审议。',
        opinion: 'agree',
        versionId: 'v-2',
        versionSeq: 2,
        versionLabel: '修改稿',
      }),
      signoff({ id: 's-stale', text: '建议删除第七条。', stale: true }),
      signoff({ id: 's-broken', text: '签名被改动的意见。', valid: false }),
    ]);
    const signoffs = await panel();
    await waitFor(() => expect(signoffs.querySelectorAll('tbody tr')).toHaveLength(3));

    const fresh = rowOf(signoffs, '同意提交审议。');
    expect(fresh.textContent).toContain('有效');
    expect(fresh.textContent).not.toContain('已过时');
    expect(fresh.textContent).toContain('第 2 版 · 修改稿');
    expect(fresh.textContent).toContain('法律顾问');
    // The key that signed, grouped as people compare it.
    expect(fresh.textContent).toContain('3f2a 9c01…');

    const stale = rowOf(signoffs, '建议删除第七条。');
    expect(stale.querySelector('.ant-tag-green')?.textContent).toBe('有效');
    expect(stale.querySelector('.ant-tag-orange')?.textContent).toBe('已过时（文件已有新版本）');
    expect(stale.textContent).toContain('修改后同意');

    const broken = rowOf(signoffs, '签名被改动的意见。');
    expect(broken.querySelector('.ant-tag-red')?.textContent).toBe('签名无效');
    expect(broken.textContent).not.toContain('有效');
  });

  it('signs the chosen version with the password re-entered, and reports a wrong password on the field', async () => {
    let attempts = 0;
    const bridge = openSignoffs([], COUNSEL, {
      'signoffs.sign': (input) => {
        attempts += 1;
        if (attempts === 1) return fail('BAD_CREDENTIALS');
        return signoff({ id: 's-new', versionId: input.versionId, text: input.text });
      },
    });
    const signoffs = await panel();
    fireEvent.click(within(signoffs).getByRole('button', { name: /签署法律意见/ }));
    const dialog = await screen.findByRole('dialog');
    // The newest version is preselected.
    expect(within(dialog).getByText(/第 2 版 · 修改稿/)).toBeTruthy();
    fireEvent.click(within(dialog).getByText('修改后同意'));
    typeInto('法律意见', '第七条设定罚款超越权限，建议删除后提交审议。', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /签\s*署/ }));
    expect(await within(dialog).findByText('请输入密码以签署')).toBeTruthy();
    expect(bridge.inputsOf('signoffs.sign')).toHaveLength(0);

    typeInto('登录密码', 'wrong-password', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /签\s*署/ }));
    expect(await within(dialog).findByText('密码不正确，未签署。')).toBeTruthy();

    typeInto('登录密码', 'password-123', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /签\s*署/ }));
    await waitFor(() => expect(bridge.inputsOf('signoffs.sign')).toHaveLength(2));
    expect(bridge.inputsOf('signoffs.sign')[1]).toEqual({
      documentId: 'doc-1',
      versionId: 'v-2',
      opinion: 'agree_with_changes',
      text: '第七条设定罚款超越权限，建议删除后提交审议。',
      password: 'password-123',
      signerId: 'u-counsel',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(bridge.inputsOf('signoffs.list').length).toBeGreaterThan(1));
  });

  it('offers signing only to counsel and reviewers, and the signature file to everyone', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:signature');
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const bridge = openSignoffs([signoff()], DRAFTER, {
      'signoffs.export': {
        fileName: '签署意见-赵顾问.json',
        mediaType: 'application/json',
        data: btoa('{}'),
      },
    });
    const signoffs = await panel();
    await waitFor(() => expect(signoffs.querySelectorAll('tbody tr')).toHaveLength(1));
    expect(within(signoffs).queryByRole('button', { name: /签署法律意见/ })).toBeNull();
    fireEvent.click(within(signoffs).getByRole('button', { name: /导出签名文件/ }));
    await waitFor(() => expect(saved).toEqual(['签署意见-赵顾问.json']));
    expect(bridge.inputsOf('signoffs.export')[0]).toEqual({ id: 's-1' });
  });
});
