import { DOCUMENT_KINDS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUSES } from '../../src/shared/domain/documentStatus';
import type { App } from '../../src/main/app';
import { insertDocument } from '../../src/main/db/repos/documents';
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
