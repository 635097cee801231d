import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, AGENCY, fail, installBridge, signedInChannels } from './support/fakeBridge';
import { button, labelled, typeInto } from './support/forms';
import { renderApp } from './support/renderApp';

function signedOut() {
  return installBridge({
    'setup.status': { initialized: true, agencyName: AGENCY.agencyName },
    'auth.me': null,
  });
}

describe('sign-in page', () => {
  it('asks for both fields before calling the API', async () => {
    const bridge = signedOut();
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(bridge.inputsOf('auth.signIn')).toHaveLength(0);
  });

  it('shows the BAD_CREDENTIALS message in Chinese and clears the password', async () => {
    const bridge = signedOut();
    bridge.set({ 'auth.signIn': fail('BAD_CREDENTIALS') });
    renderApp();
    await screen.findByRole('button', { name: /登\s*录/ });
    typeInto('用户名', 'zhangsan');
    typeInto('密码', 'wrong-password');
    fireEvent.click(button('登录'));
    expect(await screen.findByText('用户名或密码不正确。')).toBeTruthy();
    expect(labelled('密码').value).toBe('');
    expect(bridge.inputsOf('auth.signIn')).toEqual([{ username: 'zhangsan', password: 'wrong-password' }]);
  });

  it('shows a disabled account as such', async () => {
    const bridge = signedOut();
    bridge.set({ 'auth.signIn': fail('ACCOUNT_DISABLED') });
    renderApp();
    await screen.findByRole('button', { name: /登\s*录/ });
    typeInto('用户名', 'lisi');
    typeInto('密码', 'password123');
    fireEvent.click(button('登录'));
    expect(await screen.findByText('该账号已停用，请联系管理员。')).toBeTruthy();
  });

  it('opens the shell after a successful sign-in and returns here after sign-out', async () => {
    const bridge = signedOut();
    bridge.set({
      'auth.signIn': () => {
        bridge.set({ ...signedInChannels(), 'auth.signOut': null });
        return ADMIN;
      },
    });
    renderApp();
    await screen.findByRole('button', { name: /登\s*录/ });
    typeInto('用户名', 'zhangsan');
    typeInto('密码', 'password123');
    fireEvent.click(button('登录'));
    fireEvent.click(await screen.findByRole('button', { name: /退出登录/ }));
    expect(await screen.findByRole('button', { name: /登\s*录/ })).toBeTruthy();
    expect(bridge.inputsOf('auth.signOut')).toHaveLength(1);
  });
});
