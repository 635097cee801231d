import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../src/shared/api';
import { ADMIN, fail, installBridge, signedInChannels } from '../support/fakeBridge';
import { documentDetail, documentSummary } from '../support/documents';
import { renderApp } from '../support/renderApp';
import { filingView, submission } from './fixtures';

const REVIEWER: Account = { ...ADMIN, id: 'u-reviewer', displayName: '李审核', roles: ['reviewer'] };
const ISSUED = documentDetail({
  document: documentSummary({ status: 'issued', docNumber: '某统〔2026〕7号' }),
});
const FILED = documentDetail({
  document: documentSummary({ status: 'filed', docNumber: '某统〔2026〕7号' }),
});

async function openFilingTab() {
  fireEvent.click(await screen.findByRole('tab', { name: '备案' }));
  return screen.findByTestId('filing-tab');
}

describe('the document page’s 备案 tab', () => {
  it('submits the latest package and shows the new state and the document’s status at once', async () => {
    const awaiting = filingView({
      state: 'awaiting',
      stateLabel: '已报送待登记',
      clock: null,
      submitBlockedReason: '已报送备案，正在等待备案审查机关登记。',
      submissions: [submission(), submission({ id: 'sub-2', recipient: '本级人大常委会' })],
    });
    const bridge = installBridge({
      ...signedInChannels(REVIEWER),
      'documents.get': ISSUED,
      'filings.forDocument': filingView(),
      'filings.submit': (input) => {
        bridge.set({ 'filings.forDocument': awaiting, 'documents.get': FILED });
        expect(input).toMatchObject({
          documentId: 'doc-1',
          packageId: 'pkg-1',
          method: 'platform',
          recipients: ['上一级人民政府', '本级人大常委会'],
        });
        return awaiting;
      },
    });
    renderApp('/documents/doc-1');
    const tab = await openFilingTab();
    expect(within(tab).getByText('区统规〔2026〕001')).toBeTruthy();
    expect(within(tab).getByText('待报送')).toBeTruthy();
    expect(within(tab).getByText('剩余 9 个工作日')).toBeTruthy();
    expect(within(tab).getByText(/依据：地方备案规定/)).toBeTruthy();

    fireEvent.click(within(tab).getByRole('button', { name: '报送备案' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('本级人大常委会')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '报送备案' }));

    const state = () => document.querySelector('[data-filing-state]')?.getAttribute('data-filing-state');
    await waitFor(() => expect(state()).toBe('awaiting'));
    expect(document.querySelector('[data-filing-state]')?.textContent).toBe('已报送待登记');
    // The document's status in the header follows (documents.get is read again after the change).
    await waitFor(() => expect(bridge.inputsOf('documents.get').length).toBeGreaterThan(1));
    expect((await screen.findAllByText('已备案')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('本级人大常委会').length).toBeGreaterThan(0);
  });

  it('records an outcome from the profile’s choices, and keeps a refusal in the dialog', async () => {
    const awaiting = filingView({
      state: 'awaiting',
      stateLabel: '已报送待登记',
      submitBlockedReason: '已报送备案，正在等待备案审查机关登记。',
      submissions: [submission()],
    });
    const bridge = installBridge({
      ...signedInChannels(REVIEWER),
      'documents.get': ISSUED,
      'filings.forDocument': awaiting,
      'filings.recordOutcome': fail(
        'INVALID_INPUT',
        '登记日期（2026-09-01）不能早于报送日期（2026-09-18）。',
      ),
    });
    renderApp('/documents/doc-1');
    const tab = await openFilingTab();
    expect(within(tab).getByRole('button', { name: '报送备案' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(tab).getByRole('button', { name: '登记备案结果' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/法规规章备案审查条例第九条/)).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText(/暂缓办理备案登记/));
    fireEvent.click(within(dialog).getByRole('button', { name: '登记备案结果' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(within(dialog).getByText(/不能早于报送日期/)).toBeTruthy();
    expect(bridge.inputsOf('filings.recordOutcome')).toEqual([
      expect.objectContaining({ submissionId: 'sub-1', outcome: 'DEFERRED' }),
    ]);
  });

  it('shows the 补正 clock and letters, and offers no buttons to an account without the reviewer role', async () => {
    installBridge({
      ...signedInChannels({ ...ADMIN, roles: ['drafter'] }),
      'documents.get': ISSUED,
      'filings.forDocument': filingView({
        state: 'correction',
        stateLabel: '暂缓/补正中',
        clock: { dueOn: '2026-10-10', workingDaysLeft: -1, overdue: true },
        submissions: [
          submission({
            state: 'correction',
            outcome: 'DEFERRED',
            outcomeLabel: '暂缓办理备案登记（限期补正）',
            outcomeOn: '2026-09-25',
            correctionDueOn: '2026-10-10',
            clock: { dueOn: '2026-10-10', workingDaysLeft: -1, overdue: true },
            late: true,
            letters: [
              {
                id: 'l-1',
                submissionId: 'sub-1',
                kind: 'explanation_request',
                reference: '区人大法工委函〔2026〕12号',
                datedOn: '2026-09-25',
                dueOn: '2026-10-26',
                repliesTo: null,
                text: '请说明施行日期的理由。',
                replied: false,
                clock: { dueOn: '2026-10-26', workingDaysLeft: 10, overdue: false },
              },
            ],
          }),
        ],
      }),
    });
    renderApp('/documents/doc-1');
    const tab = await openFilingTab();
    expect(within(tab).getAllByText('已逾期 1 个工作日').length).toBe(2);
    expect(within(tab).getByText('逾期报送')).toBeTruthy();
    expect(within(tab).getByText(/区人大法工委函〔2026〕12号/)).toBeTruthy();
    expect(within(tab).getByText('剩余 10 个工作日')).toBeTruthy();
    for (const name of ['报送备案', '登记备案结果', '登记来函/答复']) {
      expect(within(tab).getByRole('button', { name }).hasAttribute('disabled')).toBe(true);
    }
  });
});
