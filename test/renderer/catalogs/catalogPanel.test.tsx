import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CatalogPreview } from '../../../src/shared/api';
import type { CatalogRow } from '../../../src/shared/domain/filing/catalog';
import { AppProviders } from '../../../src/renderer/src/AppProviders';
import { CatalogPanel } from '../../../src/renderer/src/features/catalogs';
import { AntdProviders } from '../../../src/renderer/src/lib/antd/AntdProviders';
import { createQueryClient } from '../../../src/renderer/src/lib/queryClient';
import { installBridge } from '../support/fakeBridge';
import { button } from '../support/forms';

function row(overrides: Partial<CatalogRow> & Pick<CatalogRow, 'seq' | 'documentId' | 'title'>): CatalogRow {
  return {
    docNumber: `区统〔2026〕${overrides.seq}号`,
    registrationNumber: null,
    issuingAuthority: '某区统计局',
    publishedOn: '2026-03-31',
    effectiveOn: '2026-05-01',
    validUntil: '2031-04-30',
    filingDueOn: '2026-04-30',
    filings: [],
    late: false,
    unsentResult: '未报送',
    ...overrides,
  };
}

const FILED = row({
  seq: 1,
  documentId: 'd-1',
  title: '某区统计数据质量管理办法',
  unsentResult: null,
  filings: [
    { recipient: '某区人民政府', sentOn: '2026-04-10', late: false, result: '予以备案登记' },
    { recipient: '某区人大常委会', sentOn: '2026-05-06', late: true, result: '已报送，等待审查结果' },
  ],
  late: true,
});
const ON_TIME = row({
  seq: 2,
  documentId: 'd-2',
  title: '某区统计调查项目管理暂行办法',
  unsentResult: null,
  filings: [{ recipient: '某区人民政府', sentOn: '2026-02-01', late: false, result: '予以备案登记' }],
});

function preview(input: { year: number; quarter?: number | null }): CatalogPreview {
  const quarter = input.quarter ?? null;
  const label =
    quarter === null ? `${input.year}年度` : `${input.year}年第${['一', '二', '三', '四'][quarter - 1]}季度`;
  return {
    year: input.year,
    quarter,
    title: quarter === null ? `某区统计局${label}规范性文件目录` : `某区统计局${label}规范性文件备案目录`,
    periodLabel: label,
    from: `${input.year}-01-01`,
    to: `${input.year}-12-31`,
    annualDueOn: `${input.year + 1}-01-31`,
    annualDueText: `${input.year}年度目录应于${input.year + 1}年1月31日前报送`,
    rows: quarter === 2 ? [] : [FILED, ON_TIME],
  };
}

function renderPanel() {
  const bridge = installBridge({
    'catalogs.preview': preview,
    'catalogs.export': (input) => ({
      fileName: `目录.${input.format}`,
      mediaType: 'application/octet-stream',
      data: input.format === 'docx' ? 'UEsDBA==' : 'UEsDBAo=',
    }),
  });
  render(
    <AppProviders client={createQueryClient()}>
      <AntdProviders>
        <CatalogPanel initialYear={2026} />
      </AntdProviders>
    </AppProviders>,
  );
  return bridge;
}

function choose(label: string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  fireEvent.mouseDown(select);
  fireEvent.click(within(document.body).getAllByTitle(option).at(-1) as HTMLElement);
}

afterEach(() => vi.restoreAllMocks());

// antd tables are slow to render in happy-dom on a busy machine.
describe('catalog panel', { timeout: 20_000 }, () => {
  it('previews the whole year with the annual due date in words and the late rows marked', async () => {
    const bridge = renderPanel();
    expect(await screen.findByText('某区统计局2026年度规范性文件目录')).toBeTruthy();
    expect(screen.getByTestId('catalog-due').textContent).toContain('2026年度目录应于2027年1月31日前报送');
    expect(bridge.inputsOf('catalogs.preview')).toEqual([{ year: 2026, quarter: null }]);
    const late = screen.getByText('某区统计数据质量管理办法').closest('tr') as HTMLElement;
    expect(late.getAttribute('data-late')).toBe('true');
    expect(within(late).getByText('逾期')).toBeTruthy();
    expect(within(late).getByText('已报送，等待审查结果（逾期报送）')).toBeTruthy();
    expect(within(late).getByText('某区人大常委会')).toBeTruthy();
    const onTime = screen.getByText('某区统计调查项目管理暂行办法').closest('tr') as HTMLElement;
    expect(onTime.getAttribute('data-late')).toBe('false');
    expect(within(onTime).queryByText('逾期')).toBeNull();
  });

  it('asks for the chosen quarter and says when it has no documents', async () => {
    const bridge = renderPanel();
    await screen.findByText('某区统计局2026年度规范性文件目录');
    choose('季度', '第二季度');
    expect(await screen.findByText('某区统计局2026年第二季度规范性文件备案目录')).toBeTruthy();
    expect(bridge.inputsOf('catalogs.preview').at(-1)).toEqual({ year: 2026, quarter: 2 });
    expect(await screen.findByText('本期没有公布的规范性文件')).toBeTruthy();
    choose('年份', '2025年');
    await screen.findByText('某区统计局2025年第二季度规范性文件备案目录');
    expect(screen.getByTestId('catalog-due').textContent).toContain('2025年度目录应于2026年1月31日前报送');
  });

  it('saves the catalogue as Word and as Excel under the names main gives', async () => {
    const bridge = renderPanel();
    await screen.findByText('某区统计局2026年度规范性文件目录');
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:catalog');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    fireEvent.click(button('导出 Word'));
    await waitFor(() => expect(saved).toEqual(['目录.docx']));
    fireEvent.click(button('导出 Excel'));
    await waitFor(() => expect(saved).toEqual(['目录.docx', '目录.xlsx']));
    expect(bridge.inputsOf('catalogs.export')).toEqual([
      { year: 2026, quarter: null, format: 'docx' },
      { year: 2026, quarter: null, format: 'xlsx' },
    ]);
  });
});
