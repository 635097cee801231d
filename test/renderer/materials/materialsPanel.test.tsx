import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Account, AttachmentSummary, MaterialsOverview } from '../../../src/shared/api';
import { checkMaterials } from '../../../src/shared/domain/materials';
import { ADMIN, fail, installBridge, signedInChannels } from '../support/fakeBridge';
import { documentDetail } from '../support/documents';
import { button, typeInto } from '../support/forms';
import { renderApp } from '../support/renderApp';

const SHA = '4a83af154d7c9e0b1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80';

function attachment(overrides: Partial<AttachmentSummary> = {}): AttachmentSummary {
  return {
    id: 'att-1',
    documentId: 'doc-1',
    materialKind: 'drafting_explanation',
    fileName: '起草说明.pdf',
    mediaType: 'application/pdf',
    size: 300_000,
    sha256: SHA,
    note: '第二稿',
    createdAt: '2025-03-04T02:00:00.000Z',
    createdByName: '王起草',
    withdrawnAt: null,
    ...overrides,
  };
}

/** The overview main would return: checks computed by the same shared rule as the server's. */
function overview(files: AttachmentSummary[], legalBases: MaterialsOverview['legalBases'] = []) {
  const counts: Record<string, number> = {};
  for (const file of files)
    if (!file.withdrawnAt) counts[file.materialKind] = (counts[file.materialKind] ?? 0) + 1;
  const checks = checkMaterials('admin_normative', {
    files: counts,
    legalBases: legalBases.length,
    explanationWritten: false,
  }).map(({ kind, label, stage, required, condition, source, confidence, present }) => ({
    kind,
    label,
    stage,
    required,
    source,
    confidence,
    present,
    ...(condition ? { condition } : {}),
  }));
  return { checks, files, legalBases };
}

const WITHDRAWN = attachment({
  id: 'att-0',
  fileName: '旧版征求意见汇总.docx',
  materialKind: 'consultation',
  sha256: 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100',
  withdrawnAt: '2025-03-05T03:00:00.000Z',
});

function openMaterials(account: Account = ADMIN, data = overview([attachment(), WITHDRAWN])) {
  const bridge = installBridge({
    ...signedInChannels(account),
    'documents.get': documentDetail(),
    'materials.list': data,
  });
  renderApp('/documents/doc-1');
  return bridge;
}

async function showTab() {
  fireEvent.click(await screen.findByRole('tab', { name: '材料' }));
  return screen.findByText('送审材料清单');
}

function checklistRow(label: string): HTMLElement {
  const table = screen.getByText('送审材料清单').nextElementSibling?.nextElementSibling;
  const row = [...(table?.querySelectorAll('tr') ?? [])].find(
    (candidate) => candidate.querySelector('td')?.firstElementChild?.textContent === label,
  );
  if (!row) throw new Error(`no checklist row ${label}`);
  return row;
}

function fileInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('form[aria-label="上传材料"] input[type=file]');
  if (!input) throw new Error('no file input');
  return input;
}

function chooseKind(label: string) {
  const form = screen.getByRole('form', { name: '上传材料' });
  const select = within(form).getByRole('combobox');
  fireEvent.mouseDown(select);
  // The option list is virtual: search so that the option is rendered.
  fireEvent.change(select, { target: { value: label } });
  fireEvent.click(within(document.body).getAllByTitle(label).at(-1) as HTMLElement);
}

afterEach(() => vi.restoreAllMocks());

// antd tables are slow to render in happy-dom on a busy machine.
describe('materials tab', { timeout: 20_000 }, () => {
  it('marks each required material present or missing, with stage, condition and source', async () => {
    openMaterials();
    await showTab();
    const explanation = checklistRow('起草说明');
    expect(within(explanation).getByText('✓ 已提供')).toBeTruthy();
    expect(within(explanation).getByText('送审前')).toBeTruthy();
    expect(within(explanation).getByText('必需')).toBeTruthy();
    expect(
      within(explanation)
        .getByRole('link', { name: /在编辑器中撰写起草说明/ })
        .getAttribute('href'),
    ).toBe('#/documents/doc-1/draft?part=explanation');
    // The withdrawn file does not count.
    expect(within(checklistRow('征求意见及采纳情况')).getByText('✗ 缺少')).toBeTruthy();
    const fair = checklistRow('公平竞争审查结论');
    expect(within(fair).getByText('视情况')).toBeTruthy();
    expect(within(fair).getByText('涉及经营者经济活动的')).toBeTruthy();
    expect(within(fair).getByText('✗ 未提供')).toBeTruthy();
    expect(within(checklistRow('集体审议（讨论）记录')).getByText('审议前')).toBeTruthy();
    expect(
      screen.getByText(/还缺 3 项必需材料：制定依据、征求意见及采纳情况、集体审议（讨论）记录/),
    ).toBeTruthy();
  });

  it('lists files with kind, size, uploader, hash prefix; a withdrawn one struck through with its time', async () => {
    openMaterials();
    await showTab();
    const row = screen.getByText('起草说明.pdf').closest('tr') as HTMLElement;
    expect(within(row).getByText('起草说明')).toBeTruthy();
    expect(within(row).getByText('293.0 KB')).toBeTruthy();
    expect(within(row).getByText('王起草')).toBeTruthy();
    expect(within(row).getByText(SHA.slice(0, 12))).toBeTruthy();
    const withdrawn = screen.getByText('旧版征求意见汇总.docx');
    expect(withdrawn.closest('del')).toBeTruthy();
    const withdrawnRow = withdrawn.closest('tr') as HTMLElement;
    expect(within(withdrawnRow).getByText(/已于 2025-03-05 \d\d:00 撤回/)).toBeTruthy();
    expect(within(withdrawnRow).queryByRole('button', { name: /撤回/ })).toBeNull();
  });

  it('downloads a file: base64 from the API becomes a Blob saved under its name', async () => {
    const bridge = openMaterials();
    bridge.set({
      'materials.download': { fileName: '起草说明.pdf', mediaType: 'application/pdf', data: 'JVBERi0xLjQK' },
    });
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.set('blob:test', blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) saved.push({ name: this.download, blob });
    });
    await showTab();
    const row = screen.getByText('起草说明.pdf').closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /下载/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe('起草说明.pdf');
    expect(saved[0]?.blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(await saved[0]?.blob.arrayBuffer())).toBe('%PDF-1.4\n');
    expect(bridge.inputsOf('materials.download')).toEqual([{ id: 'att-1' }]);
  });

  it('uploads a picked file as base64 under the chosen kind', async () => {
    const bridge = openMaterials();
    bridge.set({ 'materials.upload': (input) => attachment({ id: 'att-2', fileName: input.fileName }) });
    await showTab();
    chooseKind('征求意见及采纳情况');
    fireEvent.change(fileInput(), {
      target: { files: [new File(['征求意见汇总'], '征求意见汇总.txt', { type: 'text/plain' })] },
    });
    await screen.findByTitle('征求意见汇总.txt');
    typeInto('说明', '共收到意见 12 条');
    fireEvent.click(button('上传'));
    expect(await screen.findByText('已上传“征求意见汇总.txt”')).toBeTruthy();
    expect(bridge.inputsOf('materials.upload')).toEqual([
      {
        documentId: 'doc-1',
        materialKind: 'consultation',
        fileName: '征求意见汇总.txt',
        mediaType: 'text/plain',
        data: Buffer.from('征求意见汇总').toString('base64'),
        note: '共收到意见 12 条',
      },
    ]);
  });

  it('refuses a file over 50 MB before reading it, in Chinese', async () => {
    const bridge = openMaterials();
    await showTab();
    chooseKind('其他材料');
    const big = new File(['x'], '全部扫描件.zip', { type: 'application/zip' });
    Object.defineProperty(big, 'size', { value: 51 * 1024 * 1024 });
    fireEvent.change(fileInput(), { target: { files: [big] } });
    await screen.findByTitle('全部扫描件.zip');
    fireEvent.click(button('上传'));
    expect(await screen.findByText('文件大小为 51.0 MB，超过了 50 MB 的上限，不能上传')).toBeTruthy();
    expect(bridge.inputsOf('materials.upload')).toEqual([]);
  });

  it('withdraws a file only with a reason', async () => {
    const bridge = openMaterials();
    bridge.set({ 'materials.withdraw': () => attachment({ withdrawnAt: '2025-03-06T02:00:00.000Z' }) });
    await showTab();
    const row = screen.getByText('起草说明.pdf').closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /撤回/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /撤\s*回/ }));
    expect(await within(dialog).findByText('请说明撤回原因')).toBeTruthy();
    typeInto('撤回原因', '上传错了文件', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /撤\s*回/ }));
    expect(await screen.findByText('材料已撤回')).toBeTruthy();
    expect(bridge.inputsOf('materials.withdraw')).toEqual([{ id: 'att-1', reason: '上传错了文件' }]);
  });

  it('shows 制定依据 with 《》 and adds one through the form', async () => {
    const basis = {
      id: 'lb-1',
      seq: 1,
      lawTitle: '中华人民共和国统计法',
      article: '第七条',
      note: '统计调查对象的义务',
      createdAt: '2025-03-04T02:00:00.000Z',
    };
    const bridge = openMaterials(ADMIN, overview([], [basis]));
    bridge.set({ 'legalBases.add': (input) => ({ ...basis, id: 'lb-2', lawTitle: input.lawTitle }) });
    await showTab();
    expect(screen.getByText('《中华人民共和国统计法》')).toBeTruthy();
    expect(screen.getByText('第七条')).toBeTruthy();
    expect(within(checklistRow('制定依据')).getByText('✓ 已提供')).toBeTruthy();
    typeInto('法律法规名称', '中华人民共和国统计法实施条例');
    typeInto('条款', '第十二条');
    fireEvent.click(screen.getByRole('button', { name: /添加依据/ }));
    expect(await screen.findByText('已添加《中华人民共和国统计法实施条例》')).toBeTruthy();
    expect(bridge.inputsOf('legalBases.add')).toEqual([
      { documentId: 'doc-1', lawTitle: '中华人民共和国统计法实施条例', article: '第十二条', note: '' },
    ]);
  });

  it('offers no upload, withdraw or 制定依据 editing to a leader', async () => {
    openMaterials({ ...ADMIN, roles: ['leader'] });
    await showTab();
    expect(screen.queryByRole('form', { name: '上传材料' })).toBeNull();
    expect(screen.queryByRole('form', { name: '添加制定依据' })).toBeNull();
    expect(screen.queryByRole('button', { name: /撤回/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: /下载/ })).toHaveLength(2);
  });

  it('shows the Chinese error when the materials cannot be loaded', async () => {
    installBridge({
      ...signedInChannels(),
      'documents.get': documentDetail(),
      'materials.list': fail('FORBIDDEN'),
    });
    renderApp('/documents/doc-1');
    fireEvent.click(await screen.findByRole('tab', { name: '材料' }));
    expect(await screen.findByText('当前账号没有执行此操作的权限。')).toBeTruthy();
  });
});
