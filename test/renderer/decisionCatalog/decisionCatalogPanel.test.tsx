import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Account, DecisionCatalogView, DecisionItemView } from '../../../src/shared/api';
import { procedureProgress } from '../../../src/shared/domain/decisionCatalog';
import { AppProviders } from '../../../src/renderer/src/AppProviders';
import { DecisionCatalogPanel } from '../../../src/renderer/src/features/decisionCatalog';
import { AntdProviders } from '../../../src/renderer/src/lib/antd/AntdProviders';
import { createQueryClient } from '../../../src/renderer/src/lib/queryClient';
import { MemoryRouter } from 'react-router';
import { ADMIN, fail, installBridge, signedInChannels } from '../support/fakeBridge';
import { button, typeInto } from '../support/forms';

const account = (roles: Account['roles']): Account => ({ ...ADMIN, id: `u-${roles.join('-')}`, roles });

const ITEM: DecisionItemView = {
  id: 'item-1',
  seq: 1,
  number: 1,
  name: '某区统计数据质量提升三年行动方案',
  decisionType: 'public_policy',
  decisionTypeLabel: '重大公共政策和措施',
  leadUnit: '综合统计科',
  basis: '《中华人民共和国统计法》第六条',
  plannedCompletion: '2026-06',
  plannedCompletionLabel: '2026年6月',
  documentId: 'doc-1',
  document: {
    id: 'doc-1',
    title: '某区统计数据质量提升三年行动方案',
    status: 'in_review',
    statusLabel: '审核中',
    procedures: procedureProgress({
      procedures: {
        public_participation: { completedOn: '2026-02-10' },
        expert_argument: { completedOn: '2026-02-12' },
        risk_assessment: { notApplicableReason: '仅涉及统计系统内部工作' },
      },
      review: { concludedOn: null, allowsDeliberation: false },
    }),
  },
  state: 'active',
};

function catalog(overrides: Partial<DecisionCatalogView>): DecisionCatalogView {
  return {
    id: 'cat-2026',
    year: 2026,
    title: '某市某区统计局2026年度重大行政决策事项目录',
    status: 'collecting',
    statusLabel: '征集中',
    nextMove: 'recordCheck',
    check: null,
    approval: null,
    publication: null,
    items: [ITEM],
    changes: [],
    ...overrides,
  };
}

const PUBLISHED = catalog({
  status: 'published',
  statusLabel: '已公布',
  nextMove: null,
  check: { on: '2026-03-02', byName: '李审核', opinion: '符合规定。' },
  approval: { on: '2026-03-05', byName: '张局长', reference: '区委常委会2026年第5次会议' },
  publication: { on: '2026-03-10', byName: '李审核', channels: ['政府网站'] },
});

function renderPanel(roles: Account['roles'], current: DecisionCatalogView | null) {
  const bridge = installBridge({
    ...signedInChannels(account(roles)),
    'decisionCatalogs.get': () => current,
  });
  render(
    <AppProviders client={createQueryClient()}>
      <AntdProviders>
        <MemoryRouter>
          <DecisionCatalogPanel />
        </MemoryRouter>
      </AntdProviders>
    </AppProviders>,
  );
  return bridge;
}

// antd tables are slow to render in happy-dom on a busy machine.
describe('decision catalog panel', { timeout: 20_000 }, () => {
  it('offers 新建 for a year without a catalog and shows it once created', async () => {
    const bridge = renderPanel(['drafter'], null);
    expect(await screen.findByText(/年度的重大行政决策事项目录尚未建立/)).toBeTruthy();
    const created = catalog({ items: [] });
    bridge.set({
      'decisionCatalogs.create': () => created,
      'decisionCatalogs.get': () => created,
    });
    fireEvent.click(button('新建'));
    expect(await screen.findByText('某市某区统计局2026年度重大行政决策事项目录')).toBeTruthy();
    expect(bridge.inputsOf('decisionCatalogs.create')).toHaveLength(1);
    expect(screen.getByText('目录中还没有事项')).toBeTruthy();
    // The 法治审查 is a reviewer's: a drafter sees it, disabled.
    expect(button('法治审查').closest('button')?.disabled).toBe(true);
  });

  it('shows the linked decision and its five procedures as tags', async () => {
    renderPanel(['reviewer'], catalog({}));
    const row = (await screen.findByRole('link', { name: ITEM.name })).closest('tr') as HTMLElement;
    const states = [...row.querySelectorAll('[data-procedure]')].map((tag) => [
      tag.textContent,
      tag.getAttribute('data-state'),
    ]);
    expect(states).toEqual([
      ['公众参与', 'done'],
      ['专家论证', 'done'],
      ['风险评估（不适用）', 'not_applicable'],
      ['合法性审查（未完成）', 'pending'],
      ['集体讨论决定（未完成）', 'pending'],
    ]);
    expect(within(row).getByText('（审核中）')).toBeTruthy();
    expect(button('法治审查').closest('button')?.disabled).toBe(false);
  });

  it('asks for the reason of an adjustment once published, and keeps the refusal in the dialog', async () => {
    const bridge = renderPanel(['drafter'], PUBLISHED);
    await screen.findByText('区委常委会2026年第5次会议', { exact: false });
    fireEvent.click(button('修改'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('调整事项')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('请说明调整理由')).toBeTruthy();
    expect(bridge.inputsOf('decisionCatalogs.updateItem')).toHaveLength(0);

    bridge.set({
      'decisionCatalogs.updateItem': fail(
        'INVALID_STATE',
        '事项“某区统计数据质量提升三年行动方案”已移出目录。',
      ),
    });
    typeInto('调整理由', '上级部署调整');
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(
      await within(dialog).findByText('事项“某区统计数据质量提升三年行动方案”已移出目录。'),
    ).toBeTruthy();
    await waitFor(() =>
      expect(bridge.inputsOf('decisionCatalogs.updateItem')).toEqual([
        {
          itemId: 'item-1',
          name: ITEM.name,
          decisionType: 'public_policy',
          leadUnit: '综合统计科',
          basis: ITEM.basis,
          plannedCompletion: '2026-06',
          documentId: 'doc-1',
          reason: '上级部署调整',
        },
      ]),
    );
  });
});
