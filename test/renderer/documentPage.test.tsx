import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../src/shared/api';
import { fail, installBridge, signedInChannels } from './support/fakeBridge';
import { documentDetail, documentSummary } from './support/documents';
import { typeInto } from './support/forms';
import { renderApp } from './support/renderApp';
import { workflowView } from './review/fixtures';

const DETAIL: DocumentDetail = documentDetail({
  document: documentSummary({ title: '关于加强统计数据质量管理的若干规定', responsiblePerson: '' }),
  versions: [
    {
      id: 'v-1',
      seq: 1,
      label: '征求意见稿',
      note: '首次起草',
      contentHash: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
      charCount: 3456,
      createdAt: '2025-03-03T02:00:00.000Z',
      createdBy: 'u-admin',
      createdByName: '张三',
    },
  ],
  events: [
    {
      id: 'e-1',
      kind: 'registered',
      at: '2025-03-02T02:00:00.000Z',
      actorId: 'u-admin',
      actorName: '张三',
      detail: { title: '关于加强统计数据质量管理的规定' },
    },
    {
      id: 'e-2',
      kind: 'metadata_changed',
      at: '2025-03-05T06:30:00.000Z',
      actorId: 'u-admin',
      actorName: '张三',
      detail: {
        title: { from: '关于加强统计数据质量管理的规定', to: '关于加强统计数据质量管理的若干规定' },
        kind: { from: 'party_normative', to: 'admin_normative' },
        responsiblePerson: { from: '李四', to: '' },
      },
    },
  ],
});

describe('document page', () => {
  it('shows the metadata, with 未编号 when there is no 文号', async () => {
    installBridge({ ...signedInChannels(), 'documents.get': DETAIL });
    renderApp('/documents/doc-1');
    expect(await screen.findByRole('heading', { name: '关于加强统计数据质量管理的若干规定' })).toBeTruthy();
    expect(screen.getByText('未编号')).toBeTruthy();
    expect(screen.getByText('综合统计科')).toBeTruthy();
    expect(screen.getAllByText('行政规范性文件').length).toBeGreaterThan(0);
    expect(screen.getAllByText('起草').length).toBeGreaterThan(0);
  });

  it('shows the 三统一 numbers and dates once issued, and the deliberation record on the 审核 tab', async () => {
    installBridge({
      ...signedInChannels(),
      'documents.get': {
        ...DETAIL,
        document: { ...DETAIL.document, status: 'issued', docNumber: '某统〔2026〕7号' },
        deliberations: [
          {
            id: 'd-1',
            versionId: 'v-1',
            versionSeq: 1,
            versionLabel: '征求意见稿',
            meetingType: '局务会议',
            meetingName: '2026年第12次局务会议',
            heldOn: '2026-05-12',
            attendees: ['张局长', '李副局长', '王副局长'],
            decision: 'approved',
            decisionLabel: '审议通过',
            dissent: '王副局长：建议第二条增加过渡期规定。',
            minutes: { id: 'a-9', fileName: '局务会议纪要.pdf', withdrawn: false },
            materials: [{ item: 'review_opinion', label: '合法性审核意见', present: true, note: '合法' }],
            recordedAt: '2026-05-12T02:00:00.000Z',
            recordedByName: '张局长',
          },
        ],
        issuance: {
          versionId: 'v-1',
          versionSeq: 1,
          docNumber: '某统〔2026〕7号',
          registrationNumber: '某统规〔2026〕003',
          publishedOn: '2026-05-20',
          effectiveOn: '2026-06-20',
          validUntil: '2031-06-19',
          publishedIn: ['政府网站', '政府公报'],
          shortEffectReason: '',
          filingDueOn: '2026-06-22',
          approvedByName: '张局长',
          approvedAt: '2026-05-20T02:00:00.000Z',
        },
      },
      'workflow.get': { ...workflowView({ state: 'issued', stateLabel: '印发', events: [] }) },
      'reviews.list': [],
      'signoffs.list': [],
      'materials.download': { fileName: '局务会议纪要.pdf', mediaType: 'application/pdf', data: 'JVBERg==' },
    });
    renderApp('/documents/doc-1');
    await screen.findByRole('heading', { name: '关于加强统计数据质量管理的若干规定' });
    const fields = [
      '某统〔2026〕7号',
      '某统规〔2026〕003',
      '2026-05-20',
      '2026-06-20',
      '2031-06-19',
      '政府网站、政府公报',
    ];
    for (const field of fields) expect(screen.getAllByText(field).length).toBeGreaterThan(0);
    expect(screen.getByText('有效期至')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    const records = await screen.findByTestId('deliberation-records');
    expect(records.textContent).toContain('2026年第12次局务会议');
    expect(records.textContent).toContain('审议通过');
    expect(records.textContent).toContain('张局长、李副局长、王副局长');
    expect(records.textContent).toContain('王副局长：建议第二条增加过渡期规定。');
    expect(within(records).getByRole('button', { name: /局务会议纪要\.pdf/ })).toBeTruthy();
  });

  it('lists versions with the first 12 characters of the content hash', async () => {
    installBridge({ ...signedInChannels(), 'documents.get': DETAIL });
    renderApp('/documents/doc-1');
    expect(await screen.findByText('征求意见稿')).toBeTruthy();
    expect(screen.getByText('a1b2c3d4e5f6')).toBeTruthy();
    expect(screen.getByText('3456')).toBeTruthy();
    expect(screen.getByRole('tab', { name: '版本（1）' })).toBeTruthy();
  });

  it('shows each field a metadata change touched on the timeline, old → new', async () => {
    installBridge({ ...signedInChannels(), 'documents.get': DETAIL });
    renderApp('/documents/doc-1');
    fireEvent.click(await screen.findByRole('tab', { name: '时间线' }));
    expect(await screen.findByText('修改文件信息')).toBeTruthy();
    expect(
      screen.getByText('标题：关于加强统计数据质量管理的规定 → 关于加强统计数据质量管理的若干规定'),
    ).toBeTruthy();
    expect(screen.getByText('类别：党内规范性文件 → 行政规范性文件')).toBeTruthy();
    expect(screen.getByText('责任人：李四 → （空）')).toBeTruthy();
    expect(screen.getByText('登记')).toBeTruthy();
  });

  it('says so when the document does not exist', async () => {
    installBridge({ ...signedInChannels(), 'documents.get': fail('NOT_FOUND', '文件不存在。') });
    renderApp('/documents/missing');
    expect(await screen.findByText('文件不存在')).toBeTruthy();
    expect(screen.getByText('该文件可能已被删除，或地址有误。')).toBeTruthy();
  });

  it('saves edited metadata through documents.update', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'documents.get': DETAIL,
      'documents.update': (input) => ({ ...DETAIL.document, ...input }),
    });
    renderApp('/documents/doc-1');
    fireEvent.click(await screen.findByRole('button', { name: /编辑信息/ }));
    const dialog = await screen.findByRole('dialog');
    typeInto('责任人', '王五', dialog);
    fireEvent.click(within(dialog).getByRole('button', { name: /^保\s*存$/ }));
    expect(await screen.findByText('文件信息已保存')).toBeTruthy();
    expect(bridge.inputsOf('documents.update')).toEqual([
      {
        id: 'doc-1',
        kind: 'admin_normative',
        title: '关于加强统计数据质量管理的若干规定',
        draftingUnit: '综合统计科',
        issuingAuthority: '某市某区统计局',
        responsiblePerson: '王五',
      },
    ]);
  });
});
