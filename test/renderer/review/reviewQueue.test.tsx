import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, ReviewCaseSummary } from '../../../src/shared/api';
import { dueLevel, dueText } from '../../../src/renderer/src/features/review/dueStatus';
import { ADMIN, installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';
import { caseSummary, dayFromToday } from './fixtures';

const HOLIDAY_WARNING = '2026 年的节假日安排尚未收录，期限按周末计算，可能不准确。';

/** Cases due in -1, 0, 2 and 3 working days, and one concluded after its due date. */
const CASES: ReviewCaseSummary[] = [
  caseSummary({ id: 'c-late', documentTitle: '超期的办法', dueOn: dayFromToday(-1), workingDaysLeft: -1 }),
  caseSummary({ id: 'c-today', documentTitle: '今日到期的规定', dueOn: dayFromToday(0), workingDaysLeft: 0 }),
  caseSummary({ id: 'c-two', documentTitle: '两日内到期的通知', dueOn: dayFromToday(2), workingDaysLeft: 2 }),
  caseSummary({
    id: 'c-three',
    documentTitle: '三日后到期的意见',
    dueOn: dayFromToday(5),
    workingDaysLeft: 3,
    dueWarnings: [{ code: 'NO_HOLIDAY_DATA', year: 2026, message: HOLIDAY_WARNING }],
  }),
  caseSummary({
    id: 'c-done',
    documentTitle: '已审结的细则',
    dueOn: dayFromToday(-12),
    workingDaysLeft: -8,
    state: 'concluded',
    conclusion: 'LAWFUL',
    conclusionLabel: '合法',
    concludedOn: dayFromToday(-14),
  }),
];

function rowOf(title: string): HTMLElement {
  const row = screen.getByRole('link', { name: title }).closest('tr');
  if (!row) throw new Error(`no row for ${title}`);
  return row;
}

describe('due highlighting', () => {
  it('is red after the due date, orange on it and up to 2 working days before, plain otherwise', () => {
    const today = '2025-03-12';
    const level = (workingDaysLeft: number, dueOn: string) =>
      dueLevel({ state: 'open', workingDaysLeft, dueOn }, today);
    expect(level(-3, '2025-03-07')).toBe('overdue');
    expect(level(-1, '2025-03-11')).toBe('overdue');
    expect(level(0, '2025-03-12')).toBe('soon');
    expect(level(1, '2025-03-13')).toBe('soon');
    expect(level(2, '2025-03-14')).toBe('soon');
    expect(level(3, '2025-03-17')).toBe('normal');
    expect(level(10, '2025-03-26')).toBe('normal');
    expect(dueLevel({ state: 'concluded', workingDaysLeft: -5, dueOn: '2025-03-05' }, today)).toBe(
      'concluded',
    );
    const text = (workingDaysLeft: number, dueOn: string) =>
      dueText({ state: 'open', workingDaysLeft, dueOn, concludedOn: null }, today);
    expect(text(-2, '2025-03-10')).toBe('已超期 2 个工作日');
    expect(text(0, '2025-03-12')).toBe('今日到期');
    expect(text(2, '2025-03-14')).toBe('剩余 2 个工作日');
  });

  it('does not remind after the due date on the rest days that follow it', () => {
    // Due Friday 2025-03-14; on Saturday no working day has passed, yet the case is overdue.
    const saturday = { state: 'open' as const, workingDaysLeft: 0, dueOn: '2025-03-14', concludedOn: null };
    expect(dueLevel(saturday, '2025-03-15')).toBe('overdue');
    expect(dueText(saturday, '2025-03-15')).toBe('已超过审核期限');
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
