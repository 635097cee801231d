import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, fail, installBridge, signedInChannels } from './support/fakeBridge';
import { renderApp } from './support/renderApp';

describe('settings', () => {
  it('hides account management and the audit log from accounts that are not admins', async () => {
    installBridge(signedInChannels({ ...ADMIN, roles: ['drafter'] }));
    renderApp('/settings');
    expect(await screen.findByRole('tab', { name: '机关信息' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '修改我的密码' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '账号管理' })).toBeNull();
    expect(screen.queryByRole('tab', { name: '审计日志' })).toBeNull();
    expect(await screen.findByText('机关信息只能由管理员修改。')).toBeTruthy();
  });

  it('shows the own key fingerprint, and the key roster to administrators', async () => {
    installBridge({
      ...signedInChannels(),
      'signingKeys.getOwn': {
        fingerprint: 'ab12'.repeat(16),
        validFrom: '2025-03-01T02:00:00.000Z',
        publicKey: 'MCowBQYDK2VwAyEA',
      },
      'keyRoster.get': {
        entries: [
          {
            fingerprint: 'cd34'.repeat(16),
            accountId: 'u-counsel',
            username: 'counsel',
            displayName: '赵顾问',
            roles: ['counsel'],
            publicKey: 'MCowBQYDK2VwAyEA',
            validFrom: '2025-03-01T02:00:00.000Z',
            validUntil: '2025-03-05T02:00:00.000Z',
            endedBy: 'replaced',
          },
        ],
        lastSigned: null,
      },
    });
    renderApp('/settings?tab=signing');
    expect((await screen.findByTestId('own-key-fingerprint')).textContent).toContain('ab12 ab12 ab12');
    const roster = await screen.findByTestId('key-roster');
    const row = await within(roster).findByText('赵顾问');
    expect(row.closest('tr')?.textContent).toContain('法律顾问');
    expect(row.closest('tr')?.textContent).toContain('cd34 cd34');
    expect(row.closest('tr')?.textContent).toContain('已更换');
    expect(within(roster).getByText(/名册尚未签发/)).toBeTruthy();
  });

  it('confirms an intact audit log with the number of entries checked', async () => {
    installBridge({
      ...signedInChannels(),
      'audit.list': { total: 0, items: [] },
      'audit.verify': { ok: true, checked: 42, firstBrokenSeq: null, reason: null },
    });
    renderApp('/settings?tab=audit');
    fireEvent.click(await screen.findByRole('button', { name: /校验完整性/ }));
    expect(await screen.findByText('审计日志完整，已校验 42 条')).toBeTruthy();
  });

  it('shows the INVALID_STATE message when the last administrator would lose the role', async () => {
    const message = '不能停用或撤销最后一个管理员账号，否则将无人能管理系统。';
    installBridge({
      ...signedInChannels(),
      'users.list': [ADMIN],
      'users.update': fail('INVALID_STATE', message),
    });
    renderApp('/settings?tab=accounts');
    fireEvent.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '管理员' }));
    fireEvent.click(within(dialog).getByRole('button', { name: /^保\s*存$/ }));
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('returns to the sign-in page when the session has expired', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'users.list': () => {
        bridge.set({ 'auth.me': null });
        return fail('UNAUTHENTICATED');
      },
    });
    renderApp('/settings?tab=accounts');
    expect(await screen.findByRole('button', { name: /^登\s*录$/ })).toBeTruthy();
  });
});
