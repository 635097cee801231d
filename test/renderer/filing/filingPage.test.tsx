import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ListFilingsInput } from '../../../src/shared/api';
import { installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';
import { registerRow } from './fixtures';

const ROWS = [
  registerRow({
    key: 'issued:doc-2',
    submissionId: null,
    documentId: 'doc-2',
    title: '某区统计调查项目管理规定',
    recipient: null,
    method: null,
    round: null,
    sentOn: null,
    dueOn: '2026-09-02',
    state: 'to_submit',
    clock: { dueOn: '2026-09-02', workingDaysLeft: -12, overdue: true },
  }),
  registerRow({ late: true, dueOn: '2026-09-02', sentOn: '2026-09-18' }),
  registerRow({
    key: 'sub-3',
    submissionId: 'sub-3',
    recipient: '本级人大常委会',
    state: 'correction',
    outcomeLabel: '暂缓办理备案登记（限期补正）',
    correctionDueOn: '2026-10-10',
    clock: { dueOn: '2026-10-10', workingDaysLeft: 6, overdue: false },
  }),
];

describe('备案 page (the filing register)', () => {
  it('lists the register with deadlines, working days left in red when overdue, and late filings tagged', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'filings.list': (input: Partial<ListFilingsInput>) => {
        const items = ROWS.filter((row) => !input.view || row.state === input.view);
        return {
          items,
          total: items.length,
          page: 1,
          pageSize: 50,
          recipients: ['上一级人民政府', '本级人大常委会'],
        };
      },
    });
    renderApp('/filing');
    expect(await screen.findByText('某区统计调查项目管理规定')).toBeTruthy();
    const overdue = screen.getByText('已逾期 12 个工作日');
    expect(overdue.getAttribute('data-overdue')).toBe('true');
    expect(overdue.className).toContain('red');
    expect(screen.getByText('逾期报送')).toBeTruthy();
    expect(screen.getByText('剩余 6 个工作日')).toBeTruthy();
    expect(screen.getByText('某区统计调查项目管理规定').closest('a')?.getAttribute('href')).toBe(
      '#/documents/doc-2',
    );

    fireEvent.click(screen.getByRole('tab', { name: '暂缓/补正中' }));
    await waitFor(() => expect(bridge.inputsOf('filings.list').at(-1)).toMatchObject({ view: 'correction' }));
    await waitFor(() => expect(screen.queryByText('某区统计调查项目管理规定')).toBeNull());
    expect(screen.getByText('本级人大常委会')).toBeTruthy();
  });
});
