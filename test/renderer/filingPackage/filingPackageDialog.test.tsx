import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../src/shared/api';
import type { FilingPackageCheck, FilingPackageSummary } from '../../../src/shared/api/schemas/filingPackage';
import { ADMIN, fail, installBridge, signedInChannels } from '../support/fakeBridge';
import { documentDetail } from '../support/documents';
import { renderApp } from '../support/renderApp';

const REVIEWER: Account = { ...ADMIN, id: 'u-reviewer', displayName: '李审核', roles: ['reviewer'] };

function check(overrides: Partial<FilingPackageCheck> = {}): FilingPackageCheck {
  return {
    required: true,
    issuerLevel: 'government',
    issuerLevelLabel: '人民政府（办公室）',
    recipientOptions: [
      { name: '上一级人民政府', issuers: ['government'], suggested: true },
      { name: '本级人大常委会', issuers: ['government'], suggested: true },
      { name: '本级人民政府', issuers: ['department'], suggested: false },
    ],
    recipients: ['上一级人民政府', '本级人大常委会'],
    period: '自公布之日起30日内',
    due: '2026-07-01',
    late: false,
    dueWarnings: [],
    materialsText: '备案报告、正式文本（含电子文本）、起草说明（制定说明）、制定依据、合法性审核意见',
    source: '自公布之日起30日内报送备案（多地规定）',
    materials: [{ key: 'explanation', label: '制定说明（起草说明）', present: true, note: '起草说明.docx' }],
    gaps: [],
    nextReportNumber: '某统规备字〔2026〕1号',
    versions: [{ id: 'v-1', seq: 1, label: '征求意见稿' }],
    issuedVersionId: 'v-2',
    canOverride: false,
    ...overrides,
  };
}

const BUILT: FilingPackageSummary = {
  id: 'p-1',
  documentId: 'doc-1',
  reportNumber: '某统规备字〔2026〕1号',
  recipients: ['上一级人民政府'],
  fileName: '备案材料包.zip',
  size: 1000,
  sha256: 'ab'.repeat(32),
  files: [{ name: '01-备案报告.docx', size: 10, sha256: 'cd'.repeat(32) }],
  overrideReason: '',
  builtAt: '2026-06-05T02:00:00.000Z',
  builtByName: '李审核',
};

async function openDialog(extra: Parameters<typeof installBridge>[0] = {}) {
  const bridge = installBridge({
    ...signedInChannels(REVIEWER),
    'documents.get': documentDetail(),
    'filingPackages.list': [],
    'filingPackages.check': check(),
    ...extra,
  });
  renderApp('/documents/doc-1');
  fireEvent.click(await screen.findByRole('tab', { name: '备案' }));
  fireEvent.click(await screen.findByRole('button', { name: /生成备案材料包/ }));
  return { bridge, dialog: await screen.findByTestId('filing-package-dialog') };
}

afterEach(() => vi.restoreAllMocks());

function type(dialog: HTMLElement, password: string) {
  fireEvent.change(within(dialog).getByLabelText('密码'), { target: { value: password } });
}

const checked = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole<HTMLInputElement>('checkbox', { name }).checked;

describe('生成备案材料包', () => {
  it('shows recipients preselected, the deadline and the number, and builds with the chosen recipients', async () => {
    const { bridge, dialog } = await openDialog({ 'filingPackages.build': BUILT });
    expect(dialog.textContent).toContain('截止 2026-07-01');
    expect(dialog.textContent).toContain('某统规备字〔2026〕1号');
    expect(checked(dialog, '上一级人民政府')).toBe(true);
    expect(checked(dialog, '本级人民政府')).toBe(false);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: '本级人大常委会' }));
    await waitFor(() =>
      expect(bridge.inputsOf('filingPackages.check').at(-1)).toMatchObject({
        recipients: ['上一级人民政府'],
      }),
    );
    type(dialog, 'secret-password-1');
    const build = screen.getByRole<HTMLButtonElement>('button', { name: /^生\s*成$/ });
    await waitFor(() => expect(build.disabled).toBe(false));
    fireEvent.click(build);
    expect(await screen.findByText(/已生成备案材料包，备案字号 某统规备字〔2026〕1号/)).toBeTruthy();
    expect(bridge.inputsOf('filingPackages.build')).toEqual([
      { documentId: 'doc-1', recipients: ['上一级人民政府'], password: 'secret-password-1' },
    ]);
    expect(screen.getByRole('button', { name: /^保\s*存$/ })).toBeTruthy();
  });

  it('names every gap and keeps 生成 disabled; a wrong password is said on the field', async () => {
    const { dialog } = await openDialog({
      'filingPackages.check': check({ gaps: ['缺少制定说明（起草说明）。', '合法性审核尚未作出结论。'] }),
    });
    expect(dialog.textContent).toContain('缺少制定说明（起草说明）。');
    expect(dialog.textContent).toContain('合法性审核尚未作出结论。');
    type(dialog, 'x');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /^生\s*成$/ }).disabled).toBe(true);
  });

  it('reports a wrong password without building', async () => {
    const { dialog } = await openDialog({ 'filingPackages.build': fail('BAD_CREDENTIALS') });
    type(dialog, 'wrong');
    fireEvent.click(screen.getByRole('button', { name: /^生\s*成$/ }));
    expect(await within(dialog).findByText('密码不正确。')).toBeTruthy();
  });
});
