import type { DocumentFilingView, FilingRegisterRow, FilingSubmission } from '../../../src/shared/api';

export function registerRow(overrides: Partial<FilingRegisterRow> = {}): FilingRegisterRow {
  return {
    key: 'sub-1',
    submissionId: 'sub-1',
    documentId: 'doc-1',
    title: '某区统计数据质量管理办法',
    kind: 'admin_normative',
    docNumber: '某统〔2026〕7号',
    registrationNumber: '区统规〔2026〕001',
    publishedOn: '2026-09-07',
    recipient: '上一级人民政府',
    method: 'platform',
    round: 1,
    sentOn: '2026-09-18',
    dueOn: '2026-10-08',
    late: false,
    state: 'awaiting',
    outcomeLabel: null,
    outcomeOn: null,
    writtenReminder: false,
    correctionDueOn: null,
    clock: null,
    ...overrides,
  };
}

export function submission(overrides: Partial<FilingSubmission> = {}): FilingSubmission {
  return {
    id: 'sub-1',
    packageId: 'pkg-1',
    packageFileName: '备案材料.zip',
    reportNumber: '区统规备〔2026〕3号',
    packageSha256: 'a'.repeat(64),
    round: 1,
    recipient: '上一级人民政府',
    method: 'platform',
    sentOn: '2026-09-18',
    dueOn: '2026-10-08',
    late: false,
    state: 'awaiting',
    outcome: null,
    outcomeLabel: null,
    outcomeOn: null,
    outcomeNote: '',
    writtenReminder: false,
    correctionDueOn: null,
    clock: null,
    letters: [],
    ...overrides,
  };
}

export function filingView(overrides: Partial<DocumentFilingView> = {}): DocumentFilingView {
  return {
    documentId: 'doc-1',
    kind: 'admin_normative',
    status: 'issued',
    required: true,
    period: { text: '30日', basis: '地方备案规定：自公布之日起30日内报送备案' },
    materials: '备案报告、正式文本、制定说明',
    issuance: {
      docNumber: '某统〔2026〕7号',
      registrationNumber: '区统规〔2026〕001',
      publishedOn: '2026-09-07',
      effectiveOn: '2026-10-08',
      validUntil: '2031-10-07',
      filingDueOn: '2026-10-08',
    },
    state: 'to_submit',
    stateLabel: '待报送',
    clock: { dueOn: '2026-10-08', workingDaysLeft: 9, overdue: false },
    submissions: [],
    packages: [
      {
        id: 'pkg-1',
        fileName: '备案材料.zip',
        reportNumber: '区统规备〔2026〕3号',
        recipients: ['上一级人民政府', '本级人大常委会'],
        sha256: 'a'.repeat(64),
        builtAt: '2026-09-10T02:00:00.000Z',
        latest: true,
      },
    ],
    nextRecipients: ['上一级人民政府', '本级人大常委会'],
    nextRound: 1,
    submitBlockedReason: null,
    outcomes: [
      {
        code: 'REGISTERED',
        label: '予以备案登记',
        result: 'filed',
        writtenReminder: false,
        correctionPeriod: null,
        basis: '地方备案规定',
      },
      {
        code: 'DEFERRED',
        label: '暂缓办理备案登记（限期补正）',
        result: 'correction',
        writtenReminder: false,
        correctionPeriod: '15日',
        basis: '法规规章备案审查条例第九条',
      },
    ],
    letterPeriod: { text: '30日', basis: '地方备案规定' },
    ...overrides,
  };
}
