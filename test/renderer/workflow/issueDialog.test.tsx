import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Account, ChannelInput, IssuancePreview } from '../../../src/shared/api';
import { ADMIN, installBridge, signedInChannels, type FakeChannels } from '../support/fakeBridge';
import { documentDetail, documentSummary } from '../support/documents';
import { labelled } from '../support/forms';
import { renderApp } from '../support/renderApp';
import { version, workflowView } from '../review/fixtures';

/**
 * The 印发 dialog shows the numbers main will give (read-only unless the account is an administrator),
 * the format in words, the 有效期 and 施行 rules of the profile, and sends a number only when an
 * administrator changed it.
 */

const LEADER: Account = {
  ...ADMIN,
  id: 'u-leader',
  username: 'zhang',
  displayName: '张局长',
  roles: ['leader'],
};
const CHIEF: Account = { ...LEADER, id: 'u-chief', roles: ['leader', 'admin'] };

function preview(input: ChannelInput<'issuance.preview'>, canChangeNumbers: boolean): IssuancePreview {
  const publishedOn = input.publishedOn ?? dayjs().format('YYYY-MM-DD');
  const year = Number(publishedOn.slice(0, 4));
  return {
    documentId: 'doc-1',
    publishedOn,
    year,
    docNumber: {
      number: `区统〔${year}〕7号`,
      format: '机关代字“区统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位',
      note: null,
    },
    registrationNumber: {
      number: `区统规〔${year}〕003`,
      format: '区域简称“区统”＋“规”＋六角括号年份＋三位流水号（不足三位前面补零）',
      note: null,
    },
    canChangeNumbers,
    validity: {
      defaultYears: 2,
      maxYears: 2,
      basis: '名称冠以“暂行”的，有效期默认 2 年、一般不超过 2 年，自施行之日起计算',
      source: '上海市行政规范性文件制定和备案规定第二十六条（依据为外地做法，请按本地规定核实）',
      validUntil: input.effectiveOn
        ? dayjs(input.effectiveOn).add(2, 'year').subtract(1, 'day').format('YYYY-MM-DD')
        : null,
    },
    effectiveDate: {
      minDaysAfterPublication: 30,
      earliestEffectiveOn: dayjs(publishedOn).add(30, 'day').format('YYYY-MM-DD'),
      reasonRequired: true,
      source: '自公布之日起30日后施行（鹤壁规定第二十七条等地方规定）（依据为外地做法，请按本地规定核实）',
    },
    filingDueOn: dayjs(publishedOn).add(30, 'day').format('YYYY-MM-DD'),
  };
}

function openIssueDialog(account: Account, extra: FakeChannels = {}) {
  const bridge = installBridge({
    ...signedInChannels(account),
    'documents.get': documentDetail({
      document: documentSummary({ status: 'deliberated', title: '某区统计数据质量管理暂行办法' }),
      versions: [version()],
    }),
    'workflow.get': workflowView({
      state: 'deliberated',
      stateLabel: '集体审议',
      events: [{ type: 'ISSUE', label: '印发', blockedReason: null, roles: ['leader'] }],
    }),
    'reviews.list': [],
    'signoffs.list': [],
    'issuance.preview': (input) => preview(input, account.roles.includes('admin')),
    'workflow.transition': workflowView({ state: 'issued', stateLabel: '印发', events: [] }),
    ...extra,
  });
  renderApp('/documents/doc-1');
  return bridge;
}

async function dialogOpened(numberLabel = '发文字号'): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('tab', { name: '审核' }));
  const panel = await screen.findByTestId('workflow-panel');
  const button = panel.querySelector<HTMLButtonElement>('button[data-event="ISSUE"]');
  if (!button) throw new Error('no 印发 button');
  fireEvent.click(button);
  const dialog = await screen.findByRole('dialog');
  const year = dayjs().year();
  await waitFor(() => expect(labelled(numberLabel, dialog).value).toBe(`区统〔${year}〕7号`));
  return dialog;
}

const submit = (dialog: HTMLElement) =>
  fireEvent.click(within(dialog).getByRole('button', { name: /印\s*发/ }));

describe('the 印发 dialog', () => {
  it('shows the numbers it will give, read-only, with the format and the profile’s rules in words', async () => {
    const bridge = openIssueDialog(LEADER);
    const dialog = await dialogOpened();
    const year = dayjs().year();
    const docNumber = labelled('发文字号', dialog);
    expect(docNumber.disabled).toBe(true);
    expect(labelled('登记号', dialog).value).toBe(`区统规〔${year}〕003`);
    expect(labelled('登记号', dialog).disabled).toBe(true);
    const text = dialog.textContent ?? '';
    expect(text).toContain('机关代字“区统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位');
    expect(text).toContain('区域简称“区统”＋“规”＋六角括号年份＋三位流水号（不足三位前面补零）');
    expect(text).not.toMatch(/\{(agencyCode|year|seq|region)/);
    expect(text).toContain('名称冠以“暂行”的，有效期默认 2 年');
    expect(text).toContain('一般自公布之日起 30 日后施行');
    // 施行日期 starts at the earliest day the profile allows, and 有效期至 follows it.
    const effectiveOn = dayjs().add(30, 'day');
    await waitFor(() => expect(labelled('施行日期', dialog).value).toBe(effectiveOn.format('YYYY-MM-DD')));
    await within(dialog).findByText(effectiveOn.add(2, 'year').subtract(1, 'day').format('YYYY-MM-DD'));

    submit(dialog);
    expect(await within(dialog).findByText('请选择公布渠道（至少一项）')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('政府网站'));
    fireEvent.click(within(dialog).getByText('政府公报'));
    submit(dialog);
    await waitFor(() => expect(bridge.inputsOf('workflow.transition')).toHaveLength(1));
    expect(bridge.inputsOf('workflow.transition')[0]).toEqual({
      documentId: 'doc-1',
      event: {
        type: 'ISSUE',
        publishedOn: dayjs().format('YYYY-MM-DD'),
        effectiveOn: effectiveOn.format('YYYY-MM-DD'),
        publishedIn: ['政府公报', '政府网站'],
      },
    });
  });

  it('warns when 施行 comes sooner than the profile allows and asks the reason', async () => {
    const bridge = openIssueDialog(LEADER);
    const dialog = await dialogOpened();
    const soon = dayjs().add(10, 'day').format('YYYY-MM-DD');
    const input = labelled('施行日期', dialog);
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: soon } });
    fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await within(dialog).findByText(
      '施行日期距公布日期仅 10 日，不足 30 日，应当说明理由（如因灾情、疫情等紧急情况）。',
    );
    fireEvent.click(within(dialog).getByText('政府网站'));
    submit(dialog);
    expect(await within(dialog).findByText('请说明理由')).toBeTruthy();
    fireEvent.change(labelled('施行日期较近的理由（写入备案说明）', dialog), {
      target: { value: '与国家统计调查同步实施' },
    });
    submit(dialog);
    await waitFor(() => expect(bridge.inputsOf('workflow.transition')).toHaveLength(1));
    expect(bridge.inputsOf('workflow.transition')[0]).toMatchObject({
      event: { effectiveOn: soon, shortEffectReason: '与国家统计调查同步实施' },
    });
  });

  it('lets an administrator change a number, and sends only the changed one', async () => {
    const bridge = openIssueDialog(CHIEF);
    const dialog = await dialogOpened('发文字号（管理员可修改）');
    const year = dayjs().year();
    const docNumber = labelled('发文字号（管理员可修改）', dialog);
    expect(docNumber.disabled).toBe(false);
    fireEvent.change(docNumber, { target: { value: `区统〔${year}〕12号` } });
    fireEvent.click(within(dialog).getByText('政府网站'));
    submit(dialog);
    await waitFor(() => expect(bridge.inputsOf('workflow.transition')).toHaveLength(1));
    const sent = bridge.inputsOf('workflow.transition')[0] as { event: Record<string, unknown> };
    expect(sent.event.docNumber).toBe(`区统〔${year}〕12号`);
    expect(sent.event).not.toHaveProperty('registrationNumber');
  });
});
