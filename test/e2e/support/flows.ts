import type { Page } from 'playwright-core';

export interface AdminAccount {
  username: string;
  displayName: string;
  password: string;
}

export const AGENCY = { agencyName: '某市某区统计局', agencyCode: '某统字' };
export const ADMIN: AdminAccount = { username: 'zhangsan', displayName: '张三', password: 'password-123' };

/** antd spaces out two-character button labels ("登 录"); match either way, exactly. */
export function buttonName(label: string): RegExp {
  return new RegExp(`^${label.split('').join('\\s*')}$`);
}

/**
 * Walks the first-run wizard: agency, administrator, confirmation (with or without the demo workspace).
 * `agencyCode` replaces the shared 机关代字 for a test that reads the numbers it gives.
 */
export async function completeSetup(
  page: Page,
  options: { demo?: boolean; agencyCode?: string } = {},
): Promise<void> {
  await page.getByLabel('机关名称').fill(AGENCY.agencyName);
  await page.getByLabel('机关代字').fill(options.agencyCode ?? AGENCY.agencyCode);
  await page.getByRole('button', { name: buttonName('下一步') }).click();
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.displayName);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByRole('button', { name: buttonName('下一步') }).click();
  const demo = page.getByRole('checkbox', { name: '创建演示工作区（十余件示例文件）' });
  await demo.waitFor();
  if (options.demo) await demo.check();
  await page.getByRole('button', { name: buttonName('完成设置') }).click();
  await page.getByRole('button', { name: /退出登录/ }).waitFor();
}

export async function signIn(page: Page, account: AdminAccount = ADMIN): Promise<void> {
  await page.getByLabel('用户名').fill(account.username);
  await page.getByLabel('密码').fill(account.password);
  await page.getByRole('button', { name: buttonName('登录') }).click();
  await page.getByRole('button', { name: /退出登录/ }).waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /退出登录/ }).click();
  await page.getByRole('button', { name: buttonName('登录') }).waitFor();
}
