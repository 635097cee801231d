import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, ReviewCaseSummary } from '../../../src/shared/api';
import { dueLevel, dueText } from '../../../src/renderer/src/features/review/dueStatus';
import { ADMIN, installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';
import { caseSummary } from './fixtures';

const HOLIDAY_WARNING = '2026 年的节假日安排尚未收录，期限按周末计算，可能不准确。';

/** Cases due in -1, 0, 2 and 3 working days, and one concluded after its due date. */
const CASES: ReviewCaseSummary[] = [
  caseSummary({ id: 'c-late', documentTitle: '超期的办法', dueOn: '2025-03-10', workingDaysLeft: -1 }),
  caseSummary({ id: 'c-today', documentTitle: '今日到期的规定', dueOn: '2025-03-11', workingDaysLeft: 0 }),
  caseSummary({ id: 'c-two', documentTitle: '两日内到期的通知', dueOn: '2025-03-13', workingDaysLeft: 2 }),
  caseSummary({
    id: 'c-three',
    documentTitle: '三日后到期的意见',
    dueOn: '2026-01-05',
    workingDaysLeft: 3,
    dueWarnings: [{ code: 'NO_HOLIDAY_DATA', year: 2026, message: HOLIDAY_WARNING }],
  }),
  caseSummary({
    id: 'c-done',
    documentTitle: '已审结的细则',
    dueOn: '2025-03-01',
    workingDaysLeft: -8,
    state: 'concluded',
    conclusion: 'LAWFUL',
    conclusionLabel: '合法',
    concludedOn: '2025-02-27',
  }),
];

function rowOf(title: string): HTMLElement {
  const row = screen.getByRole('link', { name: title }).closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

describe('due highlighting', () => {
  it('is red after the due date, orange on it and up to 2 working days before, plain otherwise', () => {
    const level = (workingDaysLeft: number) => dueLevel({ state: 'open', workingDaysLeft });
    expect([-3, -1, 0, 1, 2, 3, 10].map(level)).toEqual([
      'overdue',
      'overdue',
      'soon',
      'soon',
      'soon',
      'normal',
      'normal',
    ]);
    expect(dueLevel({ state: 'concluded', workingDaysLeft: -5 })).toBe('concluded');
    expect(dueText({ state: 'open', workingDaysLeft: -2, concludedOn: null })).toBe('已超期 2 个工作日');
    expect(dueText({ state: 'open', workingDaysLeft: 0, concludedOn: null })).toBe('今日到期');
    expect(dueText({ state: 'open', workingDaysLeft: 2, concludedOn: null })).toBe('剩余 2 个工作日');
  });
});

describe('审核 page', () => {
  it('lists my open cases soonest first with overdue and soon-due rows marked, and the holiday warning', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'reviews.list': (input) => CASES.filter((c) => !input.state || c.state === input.state),
    });
    renderApp('/review');
    await screen.findByRole('link', { name: '超期的办法' });
    expect(bridge.inputsOf('reviews.list')[0]).toEqual({ mine: true, state: 'open' });
    const titles = [...document.querySelectorAll('tbody tr a')].map((link) => link.textContent);
    expect(titles).toEqual(['超期的办法', '今日到期的规定', '两日内到期的通知', '三日后到期的意见']);

    expect(rowOf('超期的办法').dataset.due).toBe('overdue');
    expect(rowOf('超期的办法').textContent).toContain('已超期 1 个工作日');
    expect(rowOf('超期的办法').querySelector('.ant-tag-red')).toBeTruthy();
    expect(rowOf('今日到期的规定').dataset.due).toBe('soon');
    expect(rowOf('今日到期的规定').querySelector('.ant-tag-orange')?.textContent).toBe('今日到期');
    expect(rowOf('两日内到期的通知').dataset.due).toBe('soon');
    expect(rowOf('三日后到期的意见').dataset.due).toBe('normal');
    expect(rowOf('三日后到期的意见').querySelector('.ant-tag-orange, .ant-tag-red')).toBeNull();

    expect(screen.getByText(HOLIDAY_WARNING)).toBeTruthy();
    expect(screen.getByRole('link', { name: '超期的办法' }).getAttribute('href')).toBe('#/reviews/c-late');
  });

  it('shows only all cases to an account that does not review', async () => {
    const counsel: Account = { ...ADMIN, id: 'u-counsel', roles: ['counsel'] };
    const bridge = installBridge({ ...signedInChannels(counsel), 'reviews.list': CASES.slice(0, 1) });
    renderApp('/review');
    await screen.findByRole('link', { name: '超期的办法' });
    expect(screen.queryByRole('tab', { name: '我的待办' })).toBeNull();
    expect(bridge.inputsOf('reviews.list')[0]).toEqual({ mine: false, state: 'open' });
  });
});

describe('工作台 我的待办', () => {
  it('lists the reviews assigned to me with their due dates and keeps the counts', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'reviews.list': CASES.slice(0, 4),
    });
    renderApp('/');
    const queue = await screen.findByTestId('my-review-queue');
    await waitFor(() => expect(queue.querySelectorAll('tbody tr[data-due]')).toHaveLength(4));
    expect(bridge.inputsOf('reviews.list')).toContainEqual({ mine: true, state: 'open' });
    expect(queue.querySelector('tr[data-due="overdue"]')?.textContent).toContain('已超期 1 个工作日');
    expect(queue.querySelectorAll('tr[data-due="soon"]')).toHaveLength(2);
    expect(screen.getByText('文件总数')).toBeTruthy();
  });

  it('is not shown to an account that does not review', async () => {
    const drafter: Account = { ...ADMIN, id: 'u-drafter', roles: ['drafter'] };
    const bridge = installBridge({ ...signedInChannels(drafter) });
    renderApp('/');
    await screen.findByText('文件总数');
    expect(screen.queryByTestId('my-review-queue')).toBeNull();
    expect(bridge.inputsOf('reviews.list')).toHaveLength(0);
  });
});
