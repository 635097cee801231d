import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, WorkflowView } from '../../../src/shared/api';
import { RuleProfile } from '../../../src/shared/domain/ruleProfileSchema';
import { ADMIN, fail, installBridge, signedInChannels, type FakeChannels } from '../support/fakeBridge';
import { documentDetail, documentSummary } from '../support/documents';
import { labelled, typeInto } from '../support/forms';
import { renderApp } from '../support/renderApp';
import { caseSummary, version, workflowView } from '../review/fixtures';

const DRAFTER: Account = {
  ...ADMIN,
  id: 'u-drafter',
  username: 'wang',
  displayName: '王起草',
  roles: ['drafter'],
};
const VERSIONS = [version(), version({ id: 'v-2', seq: 2, label: '修改稿' })];
const MISSING = '送审材料不齐全，尚缺：起草说明。材料齐备后才能开始审核，审核期限自材料齐备之日起计算。';

function openReviewTab(view: WorkflowView, account: Account = ADMIN, extra: FakeChannels = {}) {
  const bridge = installBridge({
    ...signedInChannels(account),
    'documents.get': documentDetail({ versions: VERSIONS }),
    'workflow.get': view,
    'reviews.list': [],
    'signoffs.list': [],
    'fairCompetition.get': {
      documentId: 'doc-1',
      applies: false,
      answer: null,
      suggestion: { suggested: false, sentences: [] },
      touchesBusiness: false,
      reviews: [],
      lockedReason: null,
    },
    ...extra,
  });
  renderApp('/documents/doc-1');
  return bridge;
}

async function showTab() {
  fireEvent.click(await screen.findByRole('tab', { name: '审核' }));
  return screen.findByTestId('workflow-panel');
}

function eventButton(panel: HTMLElement, type: string): HTMLButtonElement {
  const found = panel.querySelector<HTMLButtonElement>(`button[data-event="${type}"]`);
  if (!found) throw new Error(`no button for ${type}`);
  return found;
}

/** A disabled button gets no mouse events; its tooltip listens on the wrapper around it. */
function hover(element: HTMLElement): void {
  fireEvent.mouseEnter(element.parentElement ?? element);
}

describe('workflow panel on the document page', () => {
  it('shows the lifecycle, the current state, and a button per allowed step with blocked ones disabled', async () => {
    openReviewTab(
      workflowView({
        state: 'submitted',
        stateLabel: '送审',
        submittedVersionId: 'v-2',
        events: [
          { type: 'START_REVIEW', label: '受理并开始审核', blockedReason: MISSING, roles: ['reviewer'] },
          { type: 'RETURN', label: '退回补正', blockedReason: null, roles: ['reviewer'] },
        ],
      }),
    );
    const panel = await showTab();
    expect(panel.querySelector('.ant-steps-item-process')?.textContent).toContain('送审');
    const steps = [...panel.querySelectorAll('.ant-steps-item-title')].map((step) => step.textContent);
    expect(steps).toEqual(['起草', '送审', '审核中', '审核完成', '集体审议', '印发', '已备案', '有效']);
    expect(within(panel).getByRole('link', { name: '第 2 版 · 修改稿' })).toBeTruthy();

    expect(eventButton(panel, 'START_REVIEW').disabled).toBe(true);
    expect(eventButton(panel, 'RETURN').disabled).toBe(false);
    // The reason is written beside the buttons and shown as the disabled button's tooltip.
    expect(panel.textContent).toContain(`受理并开始审核：${MISSING}`);
    hover(eventButton(panel, 'START_REVIEW'));
    await waitFor(() => expect(document.querySelector('.ant-tooltip')?.textContent).toBe(MISSING));
  });

  it('disables a step the account may not take and says which role may', async () => {
    openReviewTab(
      workflowView({
        state: 'submitted',
        stateLabel: '送审',
        events: [{ type: 'RETURN', label: '退回补正', blockedReason: null, roles: ['reviewer'] }],
      }),
      DRAFTER,
    );
    const panel = await showTab();
    const returnButton = eventButton(panel, 'RETURN');
    expect(returnButton.disabled).toBe(true);
    hover(returnButton);
    await waitFor(() =>
      expect(document.querySelector('.ant-tooltip')?.textContent).toBe('仅审核人员可以执行“退回补正”。'),
    );
  });

  it('submits the chosen version without a date and reads the document again for the timeline', async () => {
    const bridge = openReviewTab(workflowView(), DRAFTER, {
      'workflow.transition': (input) =>
        workflowView({
          state: 'submitted',
          stateLabel: '送审',
          submittedVersionId: String(input.event.versionId),
          events: [],
        }),
    });
    const panel = await showTab();
    const loadsBefore = bridge.inputsOf('documents.get').length;
    fireEvent.click(eventButton(panel, 'SUBMIT'));
    const dialog = await screen.findByRole('dialog');
    // The newest version is preselected.
    expect(within(dialog).getByText(/第 2 版 · 修改稿/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /送\s*审/ }));
    await waitFor(() => expect(bridge.inputsOf('workflow.transition')).toHaveLength(1));
    expect(bridge.inputsOf('workflow.transition')[0]).toEqual({
      documentId: 'doc-1',
      event: { type: 'SUBMIT', versionId: 'v-2', versionLabel: '第 2 版 · 修改稿' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(bridge.inputsOf('documents.get').length).toBeGreaterThan(loadsBefore));
    expect((await screen.findByTestId('workflow-panel')).textContent).toContain(
      '当前状态没有可执行的流程操作',
    );
  });

  it('records a meeting with its attendees and keeps the guard reason of a refusal in the dialog, in Chinese', async () => {
    const reason = '审核结论为“退回补正程序”，不能提交集体审议。';
    const bridge = openReviewTab(
      workflowView({
        state: 'reviewed',
        stateLabel: '审核完成',
        events: [
          { type: 'RECORD_DELIBERATION', label: '记录集体审议', blockedReason: null, roles: ['leader'] },
        ],
      }),
      ADMIN,
      {
        'workflow.transition': fail('INVALID_STATE', reason),
        'materials.list': { checks: [], files: [], legalBases: [] },
      },
    );
    const panel = await showTab();
    fireEvent.click(eventButton(panel, 'RECORD_DELIBERATION'));
    const dialog = await screen.findByRole('dialog');
    typeInto('会议类型', '局长办公会议', dialog);
    typeInto('会议名称', '2025年第3次局长办公会议', dialog);
    const attendees = labelled('出席人员', dialog);
    for (const name of ['张局长', '李副局长']) {
      fireEvent.change(attendees, { target: { value: name } });
      fireEvent.keyDown(attendees, { key: 'Enter', code: 'Enter', keyCode: 13 });
    }
    fireEvent.mouseDown(labelled('审议结果', dialog));
    fireEvent.click(await screen.findByTitle('审议通过'));
    fireEvent.change(labelled('不同意见', dialog), { target: { value: '李副局长建议延长过渡期。' } });
    // No minutes on file yet: the dialog offers an upload; here they follow later on 材料.
    fireEvent.click(within(dialog).getByText('稍后在“材料”中上传'));
    fireEvent.click(within(dialog).getByRole('button', { name: '记录集体审议' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(reason);
    expect(bridge.inputsOf('workflow.transition')[0]).toEqual({
      documentId: 'doc-1',
      event: {
        type: 'RECORD_DELIBERATION',
        meetingType: '局长办公会议',
        meetingName: '2025年第3次局长办公会议',
        attendees: ['张局长', '李副局长'],
        decision: 'approved',
        dissent: '李副局长建议延长过渡期。',
      },
    });
  });

  it('asks for the reason of a return before sending anything', async () => {
    const bridge = openReviewTab(
      workflowView({
        state: 'in_review',
        stateLabel: '审核中',
        events: [{ type: 'RETURN', label: '退回补正', blockedReason: null, roles: ['reviewer'] }],
      }),
      ADMIN,
      { 'reviews.list': [caseSummary()] },
    );
    const panel = await showTab();
    fireEvent.click(eventButton(panel, 'RETURN'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /退回补正/ }));
    expect(await within(dialog).findByText('请填写退回理由')).toBeTruthy();
    expect(bridge.inputsOf('workflow.transition')).toHaveLength(0);
  });

  it('shows a returned document on the review step, in red', async () => {
    openReviewTab(workflowView({ state: 'returned', stateLabel: '退回补正', events: [] }), ADMIN, {
      'documents.get': documentDetail({
        document: documentSummary({ status: 'returned' }),
        versions: VERSIONS,
      }),
    });
    const panel = await showTab();
    const current = panel.querySelector('.ant-steps-item-error');
    expect(current?.textContent).toContain('审核中');
    expect(current?.textContent).toContain('退回补正');
  });
});

describe('concluding a 党内规范性文件 review', () => {
  const profile = RuleProfile.parse(
    JSON.parse(readFileSync(join(process.cwd(), 'resources/rule-profiles/national-default.json'), 'utf8')),
  );

  it('asks for the four dimensions when the conclusion rests on them, and sends each finding', async () => {
    const bridge = openReviewTab(
      workflowView({
        kind: 'party_normative',
        state: 'in_review',
        stateLabel: '前置审核中',
        reviewName: '前置审核',
        events: [
          { type: 'CONCLUDE_REVIEW', label: '作出前置审核结论', blockedReason: null, roles: ['reviewer'] },
        ],
      }),
      ADMIN,
      {
        'documents.get': documentDetail({
          document: documentSummary({ kind: 'party_normative', status: 'in_review' }),
          versions: VERSIONS,
        }),
        'reviews.list': [caseSummary({ kind: 'party_normative', earliestConclusionOn: '2000-01-01' })],
        'rules.get': {
          profile,
          customized: false,
          customUnreadable: false,
          builtins: [],
          holidayYears: [2025],
          importedHolidayYears: [],
        },
        'workflow.transition': workflowView({ kind: 'party_normative', state: 'reviewed', events: [] }),
      },
    );
    const panel = await showTab();
    fireEvent.click(eventButton(panel, 'CONCLUDE_REVIEW'));
    const dialog = await screen.findByRole('dialog');
    // 退回补充材料 is not judged on the dimensions.
    fireEvent.click(await within(dialog).findByText('退回补充材料'));
    expect(within(dialog).queryByText('审查四个方面')).toBeNull();

    fireEvent.click(within(dialog).getByText('通过前置审核（书面提醒）'));
    await within(dialog).findByText('审查四个方面');
    fireEvent.click(within(dialog).getByRole('button', { name: '作出前置审核结论' }));
    expect(await within(dialog).findByText('请选择政治性审查结果')).toBeTruthy();
    expect(bridge.inputsOf('workflow.transition')).toHaveLength(0);

    const dimensions = profile.partyReviewDimensions;
    for (const dimension of dimensions) {
      const item = within(dialog).getByText(dimension.label).closest('.ant-form-item');
      const answer = dimension.id === 'standardization' ? '存在问题' : '未发现问题';
      fireEvent.click(within(item as HTMLElement).getByText(answer));
    }
    fireEvent.change(within(dialog).getByLabelText('规范性说明'), {
      target: { value: '个别条款表述不够规范。' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: '作出前置审核结论' }));
    await waitFor(() => expect(bridge.inputsOf('workflow.transition')).toHaveLength(1));
    expect(bridge.inputsOf('workflow.transition')[0]).toEqual({
      documentId: 'doc-1',
      event: {
        type: 'CONCLUDE_REVIEW',
        conclusion: 'PARTY_PASSED_WITH_REMINDER',
        dimensions: {
          political: { hasProblem: false },
          compliance: { hasProblem: false },
          reasonableness: { hasProblem: false },
          standardization: { hasProblem: true, note: '个别条款表述不够规范。' },
        },
      },
    });
  });
});
