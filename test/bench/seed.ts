import { DOCUMENT_KINDS, type DocumentKind } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../src/shared/domain/documentStatus';
import type { App } from '../../src/main/app';
import type { Db } from '../../src/main/db/connection';
import { insertDocument } from '../../src/main/db/repos/documents';
import { insertIssuance } from '../../src/main/db/repos/issuances';
import { insertVersion } from '../../src/main/db/repos/versions';
import { corpusTitles } from '../support/corpus';

/** Inserts `count` documents spread over kinds, statuses and ten years, in one transaction. */
export function seedDocuments(app: App, createdBy: string, count: number): void {
  const titles = corpusTitles();
  const units = ['办公室', '法制科', '综合统计科', '执法监督科', '社会科技统计科', '农村统计科'];
  app.deps.db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const year = 2017 + (i % 10);
      const at = new Date(Date.UTC(year, i % 12, 1 + (i % 28), 8, i % 60)).toISOString();
      insertDocument(app.deps.db, {
        id: `bench-${String(i).padStart(6, '0')}`,
        kind: DOCUMENT_KINDS[i % DOCUMENT_KINDS.length] ?? 'admin_normative',
        title: `${titles[i % titles.length] ?? '文件'}（${i}）`,
        draftingUnit: units[i % units.length] ?? '法制科',
        issuingAuthority: '某区统计局',
        responsiblePerson: '张三',
        status: DOCUMENT_STATUSES[(i * 7) % DOCUMENT_STATUSES.length] ?? 'drafting',
        year,
        docNumber: i % 3 === 0 ? `某统规〔${year}〕${(i % 40) + 1}号` : null,
        versionCount: 0,
        createdAt: at,
        createdBy,
        updatedAt: at,
      });
    }
  })();
}

/** What differs between the issued documents the benches seed; the rest is the same for all. */
export interface IssuedSeed {
  index: number;
  kind: DocumentKind;
  title: string;
  issuingAuthority: string;
  status: DocumentStatus;
  publishedOn: string;
  effectiveOn: string;
  validUntil: string | null;
  docNumber: string;
  registrationNumber: string;
  filingDueOn: string | null;
  userId: string;
}

/**
 * One issued document through the repos: the document `doc-{index}`, its 正式文本 `ver-{index}` and its
 * issuance, all dated on the publication day. The caller owns the transaction.
 */
export function seedIssuedDocument(db: Db, seed: IssuedSeed): string {
  const documentId = `doc-${seed.index}`;
  const versionId = `ver-${seed.index}`;
  const at = `${seed.publishedOn}T02:00:00.000Z`;
  insertDocument(db, {
    id: documentId,
    kind: seed.kind,
    title: seed.title,
    draftingUnit: '法制科',
    issuingAuthority: seed.issuingAuthority,
    responsiblePerson: '张三',
    status: seed.status,
    year: Number(seed.publishedOn.slice(0, 4)),
    docNumber: seed.docNumber,
    versionCount: 1,
    createdAt: at,
    createdBy: seed.userId,
    updatedAt: at,
  });
  insertVersion(db, {
    id: versionId,
    documentId,
    label: '正式文本',
    note: '',
    contentJson: '[]',
    plainText: '',
    contentHash: 'h',
    createdAt: at,
    createdBy: seed.userId,
    sourceAttachmentId: null,
  });
  insertIssuance(db, {
    documentId,
    versionId,
    deliberationId: null,
    docNumber: seed.docNumber,
    registrationNumber: seed.registrationNumber,
    publishedOn: seed.publishedOn,
    effectiveOn: seed.effectiveOn,
    validUntil: seed.validUntil,
    shortEffectReason: '',
    publishedIn: ['政府网站'],
    filingDueOn: seed.filingDueOn,
    approvedBy: seed.userId,
    approvedAt: at,
  });
  return documentId;
}
