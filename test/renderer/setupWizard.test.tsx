import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, AGENCY, fail, installBridge, signedInChannels } from './support/fakeBridge';
import { button, isShown, labelled, typeInto } from './support/forms';
import { renderApp } from './support/renderApp';

function freshWorkspace() {
  return installBridge({ 'setup.status': { initialized: false, agencyName: null } });
}

async function fillAgencyStep() {
  typeInto('机关名称', AGENCY.agencyName);
  typeInto('机关代字', AGENCY.agencyCode);
  fireEvent.click(button('下一步'));
  await waitFor(() => expect(isShown(labelled('用户名'))).toBe(true));
}

function fillAdminStep(password = 'password123', confirmation = password) {
  typeInto('用户名', 'zhangsan');
  typeInto('姓名', '张三');
  typeInto('密码', password);
  typeInto('确认密码', confirmation);
}

describe('setup wizard', () => {
  it('explains in Chinese what is missing on the agency step, with the contract messages', async () => {
    freshWorkspace();
    renderApp();
    await screen.findByText('NormDesk 初始设置');
    fireEvent.click(button('下一步'));
    expect(await screen.findByText('请填写机关名称')).toBeTruthy();
    expect(screen.getByText('请填写机关代字')).toBeTruthy();

    typeInto('机关代字', '某统字2');
    expect(await screen.findByText('机关代字只能包含汉字或字母')).toBeTruthy();
    // Still on the first step.
    expect(isShown(labelled('机关名称'))).toBe(true);
    expect(isShown(labelled('用户名'))).toBe(false);
  });

  it('checks the administrator fields and the password confirmation', async () => {
    freshWorkspace();
    renderApp();
    await screen.findByText('NormDesk 初始设置');
    await fillAgencyStep();

    typeInto('用户名', '张三');
    typeInto('密码', 'short');
    typeInto('确认密码', 'different');
    fireEvent.click(button('下一步'));
    expect(await screen.findByText('用户名只能包含字母、数字、下划线、点和连字符')).toBeTruthy();
    expect(screen.getByText('请填写姓名')).toBeTruthy();
    expect(screen.getByText('密码至少 8 位')).toBeTruthy();
    expect(screen.getByText('两次输入的密码不一致')).toBeTruthy();
  });

  it('offers every role besides 管理员, checked by default', async () => {
    freshWorkspace();
    renderApp();
    await screen.findByText('NormDesk 初始设置');
    await fillAgencyStep();
    for (const role of ['起草人员', '审核人员', '法律顾问', '负责人']) {
      expect(screen.getByRole('checkbox', { name: role })).toHaveProperty('checked', true);
    }
    expect(screen.getByText(/常由一人兼任/)).toBeTruthy();
  });

  it('submits the setup, signs in and shows the shell', async () => {
    const bridge = freshWorkspace();
    bridge.set({
      'setup.initialize': () => {
        bridge.set(signedInChannels());
        return ADMIN;
      },
    });
    renderApp();
    await screen.findByText('NormDesk 初始设置');
    await fillAgencyStep();
    fireEvent.click(screen.getByRole('checkbox', { name: '法律顾问' }));
    fillAdminStep();
    fireEvent.click(button('下一步'));
    await waitFor(() => expect(isShown(screen.getByText('创建演示工作区（十余件示例文件）'))).toBe(true));
    // The summary shows what the earlier steps hold, though they are no longer on screen.
    expect(screen.getByText('管理员、起草人员、审核人员、负责人')).toBeTruthy();
    expect(screen.getByText(AGENCY.agencyName)).toBeTruthy();
    expect(screen.getByText(AGENCY.agencyCode)).toBeTruthy();
    expect(screen.getByText('zhangsan')).toBeTruthy();
    expect(screen.getByText('张三')).toBeTruthy();

    fireEvent.click(button('完成设置'));
    expect(await screen.findByRole('button', { name: /退出登录/ })).toBeTruthy();
    expect(bridge.inputsOf('setup.initialize')).toEqual([
      {
        agency: AGENCY,
        admin: {
          username: 'zhangsan',
          displayName: '张三',
          password: 'password123',
          roles: ['admin', 'drafter', 'reviewer', 'leader'],
        },
        demo: false,
      },
    ]);
  });

  it('brings the user back to the field the server refused', async () => {
    const bridge = freshWorkspace();
    bridge.set({
      'setup.initialize': fail('INVALID_INPUT', undefined, ['agency.agencyName：机关名称最多 60 个字符']),
    });
    renderApp();
    await screen.findByText('NormDesk 初始设置');
    await fillAgencyStep();
    fillAdminStep();
    fireEvent.click(button('下一步'));
    fireEvent.click(await screen.findByRole('button', { name: /完成设置/ }));
    const error = await screen.findByText('机关名称最多 60 个字符');
    expect(isShown(error)).toBe(true);
    expect(isShown(labelled('机关名称'))).toBe(true);
    expect(labelled('机关名称').value).toBe(AGENCY.agencyName);
  });
});
