import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ListValidityInput, ValidityPage, ValidityRow } from '../../../src/shared/api';
import { installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';

const RULE = {
  reminderMonths: 6,
  reminder: '有效期届满前6个月开始评估',
  terms: '一般规范性文件5年；名称冠以“暂行”“试行”的2年；名称为“通告”的1年',
  basis: '上海市行政规范性文件制定和备案规定第二十六条、第二十七条',
};

type RowOverrides = Omit<Partial<ValidityRow>, 'lifecycle'> & {
  lifecycle?: Partial<ValidityRow['lifecycle']>;
};

function row(overrides: RowOverrides): ValidityRow {
  return {
    documentId: 'doc-1',
    title: '某区统计数据报送暂行规定',
    kind: 'admin_normative',
    kindLabel: '行政规范性文件',
    docNumber: '某统〔2026〕2号',
    registrationNumber: null,
    publishedOn: '2026-03-02',
    effectiveOn: '2026-04-01',
    ...overrides,
    lifecycle: {
      state: 'expiring',
      label: '即将到期',
      since: '2027-09-30',
      reminderFrom: '2027-09-30',
      validUntil: '2028-03-31',
      daysLeft: 175,
      lastDecision: null,
      ...overrides.lifecycle,
    },
  };
}

function page(view: ValidityPage['view'], items: ValidityRow[]): ValidityPage {
  return {
    view,
    today: '2027-10-08',
    expiringMonths: 6,
    items,
    total: items.length,
    page: 1,
    pageSize: 50,
    rule: RULE,
  };
}

const VIEWS: Record<string, ValidityRow[]> = {
  expiring: [row({})],
  expired_undecided: [
    row({
      documentId: 'doc-2',
      title: '某区统计调查项目管理办法',
      lifecycle: { state: 'expired', label: '已失效（有效期届满）', validUntil: '2027-09-30', daysLeft: -8 },
    }),
  ],
};

describe('有效期监测', () => {
  it('opens the view the dashboard links to, states the rule with its source, and switches views', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'validity.summary': { today: '2027-10-08', expiring: 1, expiredUndecided: 1, rule: RULE },
      'validity.list': (input: Partial<ListValidityInput>) =>
        page(input.view ?? 'expiring', VIEWS[input.view ?? 'expiring'] ?? []),
    });
    renderApp('/');
    const link = await screen.findByText('到期未处理', { selector: 'a *' });
    expect(link.closest('a')?.getAttribute('href')).toBe('#/cleanup?tab=validity&view=expired_undecided');
    fireEvent.click(link);

    const title = await screen.findByRole('link', { name: '某区统计调查项目管理办法' });
    expect(title.getAttribute('href')).toBe('#/documents/doc-2');
    const tableRow = title.closest('tr') as HTMLElement;
    expect(within(tableRow).getByText('已失效（有效期届满）')).toBeTruthy();
    expect(within(tableRow).getByText('已过 8 天', { exact: false })).toBeTruthy();
    expect(bridge.inputsOf('validity.list').at(-1)).toMatchObject({ view: 'expired_undecided' });
    const rule = document.querySelector('[data-validity-rule]')?.textContent ?? '';
    expect(rule).toContain(
      '有效期届满前6个月开始评估（依据：上海市行政规范性文件制定和备案规定第二十六条、第二十七条）',
    );
    expect(rule).not.toMatch(/\[L\]|\.json|§/);

    fireEvent.click(screen.getByText('即将到期', { selector: '.ant-segmented-item-label' }));
    expect(await screen.findByRole('link', { name: '某区统计数据报送暂行规定' })).toBeTruthy();
    await waitFor(() => expect(bridge.inputsOf('validity.list').at(-1)).toMatchObject({ view: 'expiring' }));
    expect(screen.getByText('175 天')).toBeTruthy();
  });
});
