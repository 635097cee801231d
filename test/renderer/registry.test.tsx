import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ListDocumentsInput } from '../../src/shared/api';
import { installBridge, signedInChannels } from './support/fakeBridge';
import { documentSummary } from './support/documents';
import { typeInto } from './support/forms';
import { renderApp } from './support/renderApp';

const DOCUMENTS = [
  documentSummary(),
  documentSummary({
    id: 'doc-2',
    kind: 'party_normative',
    title: '中共某市某区统计局党组工作规则',
    status: 'in_force',
    docNumber: '某统党发〔2024〕3号',
    year: 2024,
    versionCount: 2,
  }),
  documentSummary({ id: 'doc-3', kind: 'contract', title: '统计调查辅助服务采购合同', status: 'in_review' }),
];

function registryBridge() {
  const bridge = installBridge({
    ...signedInChannels(),
    'documents.list': (input) => ({
      items: DOCUMENTS.filter((document) => !input.kind || document.kind === input.kind),
      total: 1234,
      page: input.page ?? 1,
      pageSize: input.pageSize ?? 50,
    }),
  });
  const lastQuery = () => bridge.inputsOf('documents.list').at(-1) as Partial<ListDocumentsInput>;
  return { bridge, lastQuery };
}

describe('registry (文件库)', () => {
  it('lists documents with kind and status labels, 文号 and the server total', async () => {
    registryBridge();
    renderApp('/documents');
    expect(await screen.findByText('某市某区统计局统计数据质量管理办法')).toBeTruthy();
    const partyRow = screen.getByText('中共某市某区统计局党组工作规则').closest('.nd-registry-row');
    expect(partyRow).toBeTruthy();
    const row = within(partyRow as HTMLElement);
    expect(row.getByText('党内规范性文件')).toBeTruthy();
    expect(row.getByText('有效')).toBeTruthy();
    expect(row.getByText('某统党发〔2024〕3号')).toBeTruthy();
    expect(screen.getByText('审核中')).toBeTruthy();
    expect(screen.getByText('合同')).toBeTruthy();
    expect(await screen.findByText('共 1234 件')).toBeTruthy();
    const link = screen.getByRole('link', { name: '中共某市某区统计局党组工作规则' });
    expect(link.getAttribute('href')).toBe('#/documents/doc-2');
  });

  it('reads its filters from the address, so a reload keeps them', async () => {
    const { lastQuery } = registryBridge();
    renderApp('/documents?kind=contract&status=in_review&year=2025&q=采购&sort=title&order=asc&pageSize=200');
    expect(await screen.findByText('统计调查辅助服务采购合同')).toBeTruthy();
    expect(lastQuery()).toEqual({
      kind: 'contract',
      status: 'in_review',
      year: 2025,
      q: '采购',
      sort: 'title',
      order: 'asc',
      page: 1,
      pageSize: 200,
    });
    expect((await screen.findByRole<HTMLInputElement>('searchbox')).value).toBe('采购');
  });

  it('drops a bad parameter from an edited address and keeps the others', async () => {
    const { lastQuery } = registryBridge();
    renderApp('/documents?kind=novel&year=2025');
    await screen.findByText('某市某区统计局统计数据质量管理办法');
    expect(lastQuery()).toMatchObject({ year: 2025 });
    expect(lastQuery().kind).toBeUndefined();
  });

  it('sends the search text to the server after typing pauses and writes it to the address', async () => {
    const { lastQuery } = registryBridge();
    renderApp('/documents');
    await screen.findByText('某市某区统计局统计数据质量管理办法');
    fireEvent.change(await screen.findByRole('searchbox'), { target: { value: '统计' } });
    await waitFor(() => expect(lastQuery().q).toBe('统计'));
    expect(window.location.hash).toContain('q=%E7%BB%9F%E8%AE%A1');
  });

  it('empties the search box when the address loses its search, e.g. from the menu', async () => {
    const { lastQuery } = registryBridge();
    renderApp('/documents?q=统计');
    await screen.findByText('某市某区统计局统计数据质量管理办法');
    expect((await screen.findByRole<HTMLInputElement>('searchbox')).value).toBe('统计');
    fireEvent.click(screen.getByRole('menuitem', { name: /文件库/ }));
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe(''));
    await waitFor(() => expect(lastQuery().q).toBeUndefined());
  });

  it('sorts on the server when a column header is clicked', async () => {
    const { lastQuery } = registryBridge();
    renderApp('/documents');
    await screen.findByText('某市某区统计局统计数据质量管理办法');
    fireEvent.click(screen.getByRole('columnheader', { name: /标题/ }));
    await waitFor(() => expect(lastQuery()).toMatchObject({ sort: 'title', order: 'desc' }));
  });

  it('offers 登记文件 to drafters and reviewers only', async () => {
    installBridge(signedInChannels({ ...signedInAccount(), roles: ['leader'] }));
    renderApp('/documents');
    await screen.findByText('没有符合条件的文件');
    expect(screen.queryByRole('button', { name: /登记文件/ })).toBeNull();
  });

  it('registers a document with the agency as default authority and opens its page', async () => {
    const { bridge } = registryBridge();
    bridge.set({
      'documents.create': (input) => documentSummary({ id: 'doc-new', ...input, responsiblePerson: '' }),
      'documents.get': {
        document: documentSummary({ id: 'doc-new', title: '新登记的文件' }),
        versions: [],
        events: [],
        deliberations: [],
        issuance: null,
      },
    });
    renderApp('/documents');
    fireEvent.click(await screen.findByRole('button', { name: /登记文件/ }));
    const dialog = await screen.findByRole('dialog');
    const authority = within(dialog).getByLabelText<HTMLInputElement>('制定机关');
    expect(authority.value).toBe('某市某区统计局');
    fireEvent.click(within(dialog).getByRole('button', { name: /^登\s*记$/ }));
    expect(await within(dialog).findByText('请选择类别')).toBeTruthy();
    expect(await within(dialog).findByText('请填写标题')).toBeTruthy();
    expect(bridge.inputsOf('documents.create')).toHaveLength(0);

    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('重大行政决策'));
    typeInto('标题', '新登记的文件', dialog);
    typeInto('起草单位', '法制科', dialog);
    // 涉及市场主体经济活动? is asked for a kind with a 公平竞争审查.
    expect(await within(dialog).findByText(/审查结论登记前不能提交集体审议/)).toBeTruthy();
    fireEvent.click(within(dialog).getByLabelText('否'));
    fireEvent.click(within(dialog).getByRole('button', { name: /^登\s*记$/ }));
    expect(await screen.findByRole('heading', { name: '新登记的文件' })).toBeTruthy();
    expect(window.location.hash).toBe('#/documents/doc-new');
    expect(bridge.inputsOf('documents.create')).toEqual([
      {
        kind: 'major_decision',
        title: '新登记的文件',
        draftingUnit: '法制科',
        issuingAuthority: '某市某区统计局',
        responsiblePerson: '',
        touchesBusiness: false,
      },
    ]);
  });
});

function signedInAccount() {
  return {
    id: 'u-2',
    username: 'wangwu',
    displayName: '王五',
    roles: [],
    active: true,
    createdAt: '2025-01-01',
  };
}
