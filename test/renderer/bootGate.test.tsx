import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, AGENCY, installBridge, signedInChannels } from './support/fakeBridge';
import { renderApp } from './support/renderApp';

describe('boot gate', () => {
  it('shows the setup wizard on a workspace that is not initialized', async () => {
    const bridge = installBridge({ 'setup.status': { initialized: false, agencyName: null } });
    renderApp();
    expect(await screen.findByText('NormDesk 初始设置')).toBeTruthy();
    expect(screen.getByText('机关信息')).toBeTruthy();
    expect(screen.getByText('管理员账号')).toBeTruthy();
    // Nobody is signed in yet, so the page must not ask who is.
    expect(bridge.inputsOf('auth.me')).toHaveLength(0);
  });

  it('shows the sign-in page when there is no session', async () => {
    installBridge({ 'setup.status': { initialized: true, agencyName: AGENCY.agencyName }, 'auth.me': null });
    renderApp();
    expect(await screen.findByRole('button', { name: /登\s*录/ })).toBeTruthy();
    expect(screen.getByText(`${AGENCY.agencyName} · 规范性文件审核备案工作台`)).toBeTruthy();
  });

  it('shows the shell with agency, account and roles when signed in', async () => {
    installBridge(signedInChannels());
    renderApp();
    expect(await screen.findByText(AGENCY.agencyName)).toBeTruthy();
    // The account bar (antd) arrives just after the frame.
    expect(await screen.findByRole('button', { name: /退出登录/ })).toBeTruthy();
    expect(screen.getByText(ADMIN.displayName)).toBeTruthy();
    for (const label of ['管理员', '起草人员', '审核人员', '法律顾问', '负责人']) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    for (const section of ['工作台', '文件库', '审核', '备案', '清理', '设置']) {
      expect(screen.getByRole('menuitem', { name: new RegExp(section) })).toBeTruthy();
    }
  });
});
