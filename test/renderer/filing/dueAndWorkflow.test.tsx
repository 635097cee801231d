import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/shared/api';
import { ADMIN, installBridge, signedInChannels } from '../support/fakeBridge';
import { documentDetail, documentSummary } from '../support/documents';
import { renderApp } from '../support/renderApp';
import { workflowView } from '../review/fixtures';
import { filingView, registerRow } from './fixtures';

const REVIEWER: Account = { ...ADMIN, id: 'u-reviewer', roles: ['reviewer'] };

describe('filing outside the 备案 page', () => {
  it('the dashboard lists filings to send, corrections and letters with working days left', async () => {
    installBridge({
      ...signedInChannels(),
      'filings.due': {
        toSubmit: {
          total: 1,
          items: [
            registerRow({
              key: 'issued:doc-2',
              documentId: 'doc-2',
              title: '某区统计调查项目管理规定',
              state: 'to_submit',
              clock: { dueOn: '2026-09-02', workingDaysLeft: -3, overdue: true },
            }),
          ],
        },
        corrections: { total: 0, items: [] },
        letters: [],
      },
    });
    renderApp('/');
    const card = (await screen.findByText('待报送备案（1）')).closest('[data-due-list]');
    expect(card).toBeTruthy();
    expect(within(card as HTMLElement).getByText('某区统计调查项目管理规定')).toBeTruthy();
    expect(within(card as HTMLElement).getByText('已逾期 3 个工作日')).toBeTruthy();
    expect(screen.getByText('补正（纠正）（0）')).toBeTruthy();
  });

  it('the workflow panel’s 报送备案 opens the register’s dialog instead of a generic step', async () => {
    const bridge = installBridge({
      ...signedInChannels(REVIEWER),
      'documents.get': documentDetail({ document: documentSummary({ status: 'issued' }) }),
      'workflow.get': workflowView({
        state: 'issued',
        stateLabel: '印发',
        events: [{ type: 'SUBMIT_FILING', label: '报送备案', blockedReason: null, roles: ['reviewer'] }],
      }),
      'reviews.list': [],
      'signoffs.list': [],
      'filings.forDocument': filingView(),
    });
    renderApp('/documents/doc-1');
    fireEvent.click(await screen.findByRole('tab', { name: '审核' }));
    const panel = await screen.findByTestId('workflow-panel');
    const button = panel.querySelector<HTMLButtonElement>('button[data-event="SUBMIT_FILING"]');
    fireEvent.click(button as HTMLButtonElement);
    // The register's own dialog: the package to send, its filing organs, how and when.
    const title = await screen.findByText('报送备案', { selector: '.ant-modal-title' });
    const dialog = title.closest('[role="dialog"]') as HTMLElement;
    expect(await within(dialog).findByText(/区统规备〔2026〕3号/)).toBeTruthy();
    expect(within(dialog).getByText('备案材料包')).toBeTruthy();
    expect(bridge.inputsOf('workflow.transition')).toEqual([]);
  });
});
