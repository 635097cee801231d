import type { DocumentDetail, DocumentSummary } from '../../../src/shared/api';

export function documentSummary(overrides: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id: 'doc-1',
    kind: 'admin_normative',
    title: '某市某区统计局统计数据质量管理办法',
    draftingUnit: '综合统计科',
    issuingAuthority: '某市某区统计局',
    responsiblePerson: '李四',
    status: 'drafting',
    year: 2025,
    docNumber: null,
    versionCount: 0,
    createdAt: '2025-03-02T02:00:00.000Z',
    updatedAt: '2025-03-05T06:30:00.000Z',
    ...overrides,
  };
}

export function documentDetail(overrides: Partial<DocumentDetail> = {}): DocumentDetail {
  return {
    document: documentSummary(),
    versions: [],
    events: [],
    deliberations: [],
    issuance: null,
    ...overrides,
  };
}
