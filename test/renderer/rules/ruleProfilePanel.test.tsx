import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RuleProfile } from '../../../src/shared/domain/ruleProfileSchema';
import { builtinRuleProfile } from '../../../src/shared/domain/builtinRuleProfiles';
import { ADMIN, fail, installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';
import { rulesView } from './fixtures';

function row(key: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`tr[data-row-key="${key}"]`);
  if (!element) throw new Error(`no rule row ${key}`);
  return element;
}

async function openRules(account = ADMIN, view = rulesView()) {
  const bridge = installBridge({ ...signedInChannels(account), 'rules.get': view });
  renderApp('/settings?tab=rules');
  await screen.findByRole('region', { name: '审核期限' });
  return bridge;
}

// Whole-app renders with antd tables and forms are slow in happy-dom on a busy two-core machine.
describe('设置 › 规则配置', { timeout: 40_000 }, () => {
  it('shows every value grouped, with its basis and confidence tag; unverified values in the warning colour', async () => {
    await openRules();
    expect(screen.getByText('全国通用默认规则', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('内置')).toBeTruthy();
    for (const title of [
      '审核期限',
      '征求意见期限',
      '有效期',
      '施行日间隔',
      '备案期限与计算方式',
      '审核结论',
      '备案结果',
      '文号与登记号格式',
    ]) {
      expect(screen.getByRole('region', { name: title })).toBeTruthy();
    }

    // 国办发〔2018〕115号 5–15 working days: remembered, not checked against the text (M).
    const adminReview = row('reviewPeriod-admin_normative');
    const unverified = within(adminReview).getByText('不少于 5 个工作日，最长不超过 15 个工作日');
    expect(unverified.className).toMatch(/ant-typography-warning/);
    expect(within(adminReview).getByText('M 待核实')).toBeTruthy();
    expect(within(adminReview).getByText(/国办发〔2018〕115号/)).toBeTruthy();

    // 重大行政决策程序暂行条例 第二十六条: checked against the text (P), shown in the normal colour.
    const majorReview = row('reviewPeriod-major_decision');
    const checked = within(majorReview).getByText('不少于 7 个工作日，最长不超过 15 个工作日');
    expect(checked.className).not.toMatch(/warning/);
    expect(within(majorReview).getByText('P 原文确认')).toBeTruthy();
    expect(within(row('reviewPeriod-contract')).getByText('本地设置')).toBeTruthy();
    expect(within(row('validity-provisional')).getByText('默认 2 年，最长 2 年')).toBeTruthy();
    expect(within(row('validity-provisional')).getByText('L 地方规定')).toBeTruthy();

    const filing = row('filing-admin_normative');
    expect(within(filing).getByText('自公布之日起 30日内报送备案')).toBeTruthy();
    expect(within(filing).getByText(/按自然日计算.*顺延至下一个工作日/)).toBeTruthy();
    expect(
      within(row('review-admin_normative-LAWFUL_WITH_CHANGES')).getByText('修改后提交（可提交集体审议）'),
    ).toBeTruthy();
    expect(within(row('numbering-doc')).getByText('示例：某统字〔2025〕7号')).toBeTruthy();
    expect(screen.getByText(/项取值标为“M 待核实”/)).toBeTruthy();
  });

  it('keeps the built-in checks’ sources and tags here, and says whose local rules count as 本地规定', async () => {
    await openRules();
    expect(screen.getByText(/所在地：未设定/)).toBeTruthy();
    fireEvent.click(await screen.findByText(/预审规则的依据出处/));
    const license = await waitFor(() => row('power.license'));
    expect(within(license).getByText(/中华人民共和国行政许可法第十七条/)).toBeTruthy();
    expect(within(license).getByText(/RULES §1\.3/)).toBeTruthy();
    expect(within(license).getByText('P 原文确认')).toBeTruthy();
    fireEvent.click(screen.getByText(/送审材料要求的依据出处/));
    expect(await screen.findAllByText(/荆州/)).not.toHaveLength(0);
  });

  it('warns when the edited copy could not be read back and a built-in profile applies', async () => {
    await openRules(ADMIN, { ...rulesView(), customUnreadable: true });
    expect(screen.getByText(/本机修改过的规则配置无法读取/)).toBeTruthy();
    expect(screen.getByText('内置')).toBeTruthy();
  });

  it('lets only administrators switch or edit the profile', async () => {
    await openRules({ ...ADMIN, roles: ['reviewer'] });
    expect(screen.getByText('规则配置只能由管理员更换或修改。')).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: '选择内置规则配置' })).toBeNull();
    expect(screen.queryByRole('button', { name: /修改规则配置/ })).toBeNull();
  });

  it('switches to a built-in profile after a confirmation', async () => {
    const shanghai = builtinRuleProfile('shanghai-example') as RuleProfile;
    const bridge = await openRules();
    bridge.set({ 'rules.setProfile': rulesView({ profile: shanghai }) });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '选择内置规则配置' }));
    fireEvent.click(await screen.findByTitle(shanghai.name));
    const dialog = await screen.findByRole('dialog');
    // antd repeats the confirmation's title for screen readers.
    expect(within(dialog).getAllByText(`启用“${shanghai.name}”？`).length).toBeGreaterThan(0);
    fireEvent.click(within(dialog).getByRole('button', { name: /启\s*用/ }));
    await waitFor(() => expect(bridge.inputsOf('rules.setProfile')).toEqual([{ id: 'shanghai-example' }]));
    expect(await screen.findByText(`已启用“${shanghai.name}”`)).toBeTruthy();
    expect(await screen.findByText(shanghai.name, { selector: 'strong' })).toBeTruthy();
  });

  it('saves changed numbers as an edited copy whose changed rules are marked 本地设置', async () => {
    const bridge = await openRules();
    bridge.set({
      'rules.setProfile': (input) =>
        rulesView({ profile: (input as { profile: RuleProfile }).profile, customized: true }),
    });
    fireEvent.click(screen.getByRole('button', { name: /修改规则配置/ }));
    const minimum = await screen.findByLabelText('行政规范性文件最短审核期限');
    fireEvent.change(minimum, { target: { value: '7' } });
    fireEvent.blur(minimum);
    fireEvent.click(screen.getByRole('button', { name: /保存修改/ }));

    await waitFor(() => expect(bridge.inputsOf('rules.setProfile')).toHaveLength(1));
    const sent = (bridge.inputsOf('rules.setProfile')[0] as { profile: RuleProfile }).profile;
    expect(sent.reviewPeriod.admin_normative.minWorkingDays).toBe(7);
    expect(sent.reviewPeriod.admin_normative.source.confidence).toBe('local');
    expect(sent.reviewPeriod.admin_normative.source.basis).toMatch(/^本机关设置（原依据：国办发/);
    // Untouched rules keep their source.
    expect(sent.reviewPeriod.major_decision.source.confidence).toBe('P');
    expect(sent.validity.source.confidence).toBe('L');

    expect(await screen.findByText('本机修改')).toBeTruthy();
    const adminReview = row('reviewPeriod-admin_normative');
    expect(within(adminReview).getByText('不少于 7 个工作日，最长不超过 15 个工作日')).toBeTruthy();
    expect(within(adminReview).getByText('本地设置')).toBeTruthy();
  });

  it('reports a JSON syntax error in Chinese and the server’s validation issues by place', async () => {
    const bridge = await openRules();
    bridge.set({
      'rules.setProfile': fail('INVALID_INPUT', undefined, [
        'profile.reviewPeriod.admin_normative.minWorkingDays：最短审核期限不能长于最长审核期限',
        'profile.numbering.docNumber.template：发文字号的顺序号前不加“第”字',
      ]),
    });
    fireEvent.click(screen.getByRole('button', { name: /修改规则配置/ }));
    fireEvent.click(await screen.findByRole('tab', { name: '全部内容（JSON）' }));
    const editor = await screen.findByLabelText('规则配置 JSON');
    fireEvent.change(editor, { target: { value: '{\n  "name": "本区规则",\n}' } });
    fireEvent.click(screen.getByRole('button', { name: /保存 JSON/ }));
    expect(await screen.findByText(/不是有效的 JSON：第 3 行第 1 列附近有格式错误/)).toBeTruthy();
    expect(bridge.inputsOf('rules.setProfile')).toHaveLength(0);

    const edited = { ...rulesView().profile, name: '本区规则' };
    fireEvent.change(editor, { target: { value: JSON.stringify(edited) } });
    fireEvent.click(screen.getByRole('button', { name: /保存 JSON/ }));
    expect(await screen.findByText('规则配置未保存（2 处问题）')).toBeTruthy();
    expect(bridge.inputsOf('rules.setProfile')).toEqual([{ profile: edited }]);
    expect(
      screen.getByText('审核期限 › 行政规范性文件 › 最短：最短审核期限不能长于最长审核期限'),
    ).toBeTruthy();
    expect(screen.getByText('编号格式 › 发文字号 › 格式：发文字号的顺序号前不加“第”字')).toBeTruthy();
  });

  it('names the place of a value that does not fit the profile before sending it', async () => {
    const bridge = await openRules();
    fireEvent.click(screen.getByRole('button', { name: /修改规则配置/ }));
    fireEvent.click(await screen.findByRole('tab', { name: '全部内容（JSON）' }));
    const profile = structuredClone(rulesView().profile);
    const wrong = { ...profile, reviewPeriod: { ...profile.reviewPeriod } } as Record<string, unknown>;
    (wrong.reviewPeriod as Record<string, unknown>).admin_normative = {
      ...profile.reviewPeriod.admin_normative,
      source: { basis: '本区规定', confidence: 'X' },
    };
    fireEvent.change(await screen.findByLabelText('规则配置 JSON'), {
      target: { value: JSON.stringify(wrong, null, 2) },
    });
    fireEvent.click(screen.getByRole('button', { name: /保存 JSON/ }));
    expect(await screen.findByText('规则配置未保存（1 处问题）')).toBeTruthy();
    expect(screen.getByText(/^审核期限 › 行政规范性文件 › 依据 › 可信度：/)).toBeTruthy();
    expect(bridge.inputsOf('rules.setProfile')).toHaveLength(0);
  });
});
