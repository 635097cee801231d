import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReviewCaseDetail } from '../../../src/shared/api';
import { installBridge, signedInChannels, type FakeChannels } from '../support/fakeBridge';
import { documentDetail } from '../support/documents';
import { typeInto } from '../support/forms';
import { renderApp } from '../support/renderApp';
import { caseDetail, caseSummary, version, workflowView } from './fixtures';

const SEVENTH = '第七条　企业迟报统计报表的，每迟报一次处以2000元罚款。';
const CONCLUDE = {
  type: 'CONCLUDE_REVIEW',
  label: '出具合法性审核意见',
  blockedReason: null,
  roles: ['reviewer'],
};

function openCase(detail: ReviewCaseDetail = caseDetail(), extra: FakeChannels = {}) {
  let current = detail;
  const bridge = installBridge({
    ...signedInChannels(),
    'reviews.get': () => current,
    'documents.get': documentDetail({ versions: [version()] }),
    'workflow.get': workflowView({ state: 'in_review', stateLabel: '审核中', events: [CONCLUDE] }),
    'signoffs.list': [],
    'annotations.list': [
      {
        id: 'thread-1',
        documentId: 'doc-1',
        originVersionId: 'v-1',
        originSelector: { blockId: 'b8', start: 0, end: 3, exact: '第七条', prefix: '', suffix: '' },
        selector: { blockId: 'b8', start: 0, end: 3, exact: '第七条', prefix: '', suffix: '' },
        status: 'exact',
        body: '罚款无上位法依据',
        state: 'open',
        createdAt: '2025-03-10T02:00:00.000Z',
        createdBy: 'u-2',
        createdByName: '李审核',
        resolvedAt: null,
        resolvedByName: null,
        replies: [],
      },
    ],
    'versions.get': {
      documentId: 'doc-1',
      summary: version(),
      sourceAttachmentId: null,
      blocks: [
        { id: 'b1', kind: 'title', runs: [{ text: '关于进一步加强规模以上企业统计报表报送管理的规定' }] },
        { id: 'b8', kind: 'paragraph', runs: [{ text: SEVENTH }] },
      ],
    },
    'reviews.setItem': (input) => {
      current = {
        ...current,
        items: current.items.map((item) =>
          item.element.id === input.elementId
            ? {
                ...item,
                verdict: input.verdict,
                note: input.note ?? '',
                updatedAt: '2025-03-10T02:00:00.000Z',
                updatedByName: '张三',
              }
            : item,
        ),
      };
      return current;
    },
    ...extra,
  });
  renderApp('/reviews/case-1');
  return bridge;
}

function element(title: string): HTMLElement {
  return screen.getByRole('group', { name: title });
}

/** The button once the workflow has loaded and allows the step. */
function enabledButton(name: string): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const found = screen.getByRole<HTMLButtonElement>('button', { name });
    if (found.disabled) throw new Error(`${name} is disabled`);
    return found;
  });
}

afterEach(() => vi.restoreAllMocks());

describe('review case page', () => {
  it('shows the reviewed version, the dates and the checklist with its sources', async () => {
    openCase();
    await screen.findByText('是否属于行政规范性文件');
    const versionLink = screen.getByRole('link', { name: '第 1 版 · 送审稿' });
    expect(versionLink.getAttribute('href')).toBe('#/documents/doc-1/versions/v-1');
    expect(screen.getByText('2025-03-04')).toBeTruthy();
    expect(screen.getByText('剩余 5 个工作日')).toBeTruthy();
    const nature = element('是否属于行政规范性文件');
    // Another city's standard is cited as 地方规定 with a plain note, not by that city's name.
    expect(nature.textContent).toContain('依据：地方合法性审核标准（文件性质判断）');
    expect(nature.textContent).toContain('依据为外地做法，请按本地规定核实');
    expect(nature.textContent).not.toContain('荆州');
    expect(within(element('制定主体是否合法')).getByText('依据待核实，请以正式文本为准')).toBeTruthy();
    expect(screen.getAllByTestId('basis-legend')[0]?.textContent).toContain('外地做法');
    expect(nature.textContent).toContain('不属于内部管理、工作方案、会议纪要等排除类型');
  });

  it('saves a verdict as soon as it is chosen and a note when the field is left', async () => {
    const bridge = openCase();
    await screen.findByText('制定主体是否合法');
    fireEvent.click(within(element('制定主体是否合法')).getByText('不符合'));
    await waitFor(() => expect(bridge.inputsOf('reviews.setItem')).toHaveLength(1));
    expect(bridge.inputsOf('reviews.setItem')[0]).toEqual({
      caseId: 'case-1',
      elementId: 'issuing_body',
      verdict: 'nonconforming',
      note: '',
      annotationIds: [],
    });
    await waitFor(() => expect(element('制定主体是否合法').textContent).toContain('张三'));

    const note = within(element('制定主体是否合法')).getByRole('textbox');
    fireEvent.change(note, { target: { value: '以综合统计科名义制发，属内设机构。' } });
    fireEvent.blur(note);
    await waitFor(() => expect(bridge.inputsOf('reviews.setItem')).toHaveLength(2));
    expect(bridge.inputsOf('reviews.setItem')[1]).toMatchObject({
      elementId: 'issuing_body',
      verdict: 'nonconforming',
      note: '以综合统计科名义制发，属内设机构。',
    });
  });

  it('links an element to a comment thread on the reviewed version', async () => {
    const bridge = openCase();
    await screen.findByText('制定主体是否合法');
    const select = await waitFor(() => within(element('制定主体是否合法')).getByRole('combobox'));
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByText('“第七条”：罚款无上位法依据'));
    await waitFor(() => expect(bridge.inputsOf('reviews.setItem')).toHaveLength(1));
    expect(bridge.inputsOf('reviews.setItem')[0]).toMatchObject({
      elementId: 'issuing_body',
      annotationIds: ['thread-1'],
    });
  });

  it('refuses to dismiss a finding without a reason, and sends the reason when given', async () => {
    const bridge = openCase(caseDetail(), {
      'reviews.decideFinding': (input) => {
        const detail = caseDetail();
        return {
          ...detail,
          findings: detail.findings.map((finding) =>
            finding.id === input.findingId
              ? { ...finding, state: input.accept ? 'accepted' : 'dismissed', reason: input.reason ?? '' }
              : finding,
          ),
        };
      },
    });
    const finding = await waitFor(() => {
      const card = document.querySelector<HTMLElement>('[data-finding-id="f-1"]');
      if (!card) throw new Error('finding not shown');
      return card;
    });
    expect(finding.textContent).toContain('错误');
    expect(finding.textContent).toContain('第一条');
    expect(finding.textContent).toContain('《中华人民共和国统计法实施细则》');
    expect(finding.textContent).toContain('依据：中华人民共和国统计法实施条例第五十条');

    fireEvent.click(within(finding).getByRole('button', { name: /不采纳/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /不采纳/ }));
    expect(await within(dialog).findByText('请填写不采纳的理由')).toBeTruthy();
    expect(bridge.inputsOf('reviews.decideFinding')).toHaveLength(0);

    typeInto('不采纳的理由', '  ', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /不采纳/ }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bridge.inputsOf('reviews.decideFinding')).toHaveLength(0);

    typeInto('不采纳的理由', '所引细则已由实施条例替代，起草单位已同意修改引用。', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /不采纳/ }));
    await waitFor(() => expect(bridge.inputsOf('reviews.decideFinding')).toHaveLength(1));
    expect(bridge.inputsOf('reviews.decideFinding')[0]).toEqual({
      findingId: 'f-1',
      accept: false,
      reason: '所引细则已由实施条例替代，起草单位已同意修改引用。',
    });
    await waitFor(() =>
      expect(document.querySelector('[data-finding-id="f-1"]')?.getAttribute('data-state')).toBe('dismissed'),
    );

    const fine = document.querySelector<HTMLElement>('[data-finding-id="f-2"]');
    fireEvent.click(within(fine ?? document.body).getByRole('button', { name: /^采\s*纳$/ }));
    await waitFor(() => expect(bridge.inputsOf('reviews.decideFinding')).toHaveLength(2));
    expect(bridge.inputsOf('reviews.decideFinding')[1]).toEqual({
      findingId: 'f-2',
      accept: true,
      reason: '',
    });
  });

  it('concludes through the workflow with the suggested conclusion preselected', async () => {
    const detail = caseDetail({
      suggestedConclusion: 'LAWFUL_WITH_CHANGES',
      case: caseSummary({ earliestConclusionOn: '2000-01-01' }),
    });
    const bridge = openCase(detail, {
      'workflow.transition': workflowView({ state: 'reviewed', stateLabel: '审核完成', events: [] }),
    });
    expect((await screen.findByTestId('suggested-conclusion')).textContent).toBe('修改后提交');
    fireEvent.click(await enabledButton('作出审核结论'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: /修改后提交/ })).toHaveProperty('checked', true);
    expect(within(dialog).queryByLabelText('提前作出结论的理由')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: '作出审核结论' }));
    await waitFor(() => expect(bridge.inputsOf('workflow.transition')).toHaveLength(1));
    expect(bridge.inputsOf('workflow.transition')[0]).toEqual({
      documentId: 'doc-1',
      event: { type: 'CONCLUDE_REVIEW', conclusion: 'LAWFUL_WITH_CHANGES' },
    });
  });

  it('never asks the reviewer for a reason to conclude early: the minimum period binds the sender', async () => {
    const bridge = openCase(
      caseDetail({
        case: caseSummary({
          earliestConclusionOn: '2999-12-31',
          requestedAnswerOn: '2025-03-06',
          earliestAnswerOn: '2025-03-10',
          submissionWarning: '期望答复日期（2025-03-06）过早：最早可要求于 2025-03-10 答复。',
        }),
      }),
      { 'workflow.transition': workflowView({ state: 'reviewed', stateLabel: '审核完成', events: [] }) },
    );
    expect(
      await screen.findByText('期望答复日期（2025-03-06）过早：最早可要求于 2025-03-10 答复。'),
    ).toBeTruthy();
    fireEvent.click(await enabledButton('作出审核结论'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByLabelText('提前作出结论的理由')).toBeNull();
    fireEvent.click(within(dialog).getByText('合法'));
    fireEvent.click(within(dialog).getByRole('button', { name: '作出审核结论' }));
    await waitFor(() => expect(bridge.inputsOf('workflow.transition')).toHaveLength(1));
  });

  it('downloads the 合法性审核意见书 under the name main gives it', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:opinion');
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const bridge = openCase(caseDetail(), {
      'reviews.exportOpinion': {
        fileName: '关于《关于进一步加强规模以上企业统计报表报送管理的规定》的合法性审核意见.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        data: btoa('PK'),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /导出合法性审核意见书/ }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(bridge.inputsOf('reviews.exportOpinion')[0]).toEqual({ caseId: 'case-1' });
    expect(clicked[0]).toBe('关于《关于进一步加强规模以上企业统计报表报送管理的规定》的合法性审核意见.docx');
    expect(created).toHaveBeenCalledOnce();
  });

  it('adds a clause-by-clause suggestion with the clause text filled in', async () => {
    const bridge = openCase(caseDetail(), {
      'reviews.addSuggestion': (input) => ({
        ...caseDetail(),
        suggestions: [
          {
            id: 's-1',
            seq: 1,
            blockId: input.blockId ?? null,
            label: input.label ?? '',
            original: input.original ?? '',
            suggestion: input.suggestion,
            createdAt: '2025-03-10T02:00:00.000Z',
            createdByName: '张三',
          },
        ],
      }),
    });
    const form = await screen.findByRole('form', { name: '添加修改建议' });
    fireEvent.mouseDown(within(form).getByRole('combobox'));
    // The clause keeps its full-width space, which the default matcher would collapse.
    fireEvent.click(await screen.findByTitle(SEVENTH, { normalizer: (text) => text }));
    await waitFor(() => expect(within(form).getByLabelText('条款序号')).toHaveProperty('value', '第七条'));
    typeInto('修改建议', '删除本条关于罚款的规定。', form);
    fireEvent.click(within(form).getByRole('button', { name: /添加修改建议/ }));
    await waitFor(() => expect(bridge.inputsOf('reviews.addSuggestion')).toHaveLength(1));
    expect(bridge.inputsOf('reviews.addSuggestion')[0]).toEqual({
      caseId: 'case-1',
      blockId: 'b8',
      label: '第七条',
      original: SEVENTH,
      suggestion: '删除本条关于罚款的规定。',
    });
    expect(await screen.findByText('删除本条关于罚款的规定。')).toBeTruthy();
  });
});
