import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import type { Block } from '../../src/shared/domain/blocks';
import { blocksToPlainText } from '../../src/shared/domain/blocks';
import { XXE_DOCUMENT, encryptedDocxLike, sampleDocx, withPart, zipOf } from '../support/docxFixtures';
import { openTestApp, rowCounts as countRows, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';

const block = (id: string, text: string, kind: Block['kind'] = 'paragraph'): Block => ({
  id,
  kind,
  runs: [{ text }],
});

const DRAFT: Block[] = [
  block('t', '某区统计数据质量管理办法', 'title'),
  block('c1', '第一章　总则', 'heading'),
  block('a1', '第一条　为了保障统计数据质量，根据《中华人民共和国统计法》，制定本办法。'),
  block('a2', '第二条　本办法适用于本区统计机构组织实施的统计调查。'),
];

let app: TestApp;
let drafter: Session;
let reviewer: Session;
let documentId: string;

beforeEach(async () => {
  app = openTestApp();
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'reviewer', ['reviewer']);
  drafter = await signIn(app, 'drafter');
  reviewer = await signIn(app, 'reviewer');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '某区统计数据质量管理办法',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
});
afterEach(() => app.close());

const TABLES = [
  'documents',
  'document_versions',
  'drafts',
  'attachments',
  'events',
  'audit_log',
  'annotations',
];

function rowCounts(): Record<string, number> {
  return countRows(app, TABLES);
}

describe('working draft', () => {
  test('autosaves, survives reopening the database, and refuses a save built on a stale revision', async () => {
    const saved = expectOk(
      await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }),
    );
    expect(saved.revision).toBe(1);
    const reopened = openTestApp({ dataDir: app.dataDir });
    try {
      const draft = expectOk(
        await reopened.call(await signIn(reopened, 'drafter'), 'drafts.get', { documentId }),
      );
      expect(draft.blocks).toEqual(DRAFT);
      expect(draft.revision).toBe(1);
    } finally {
      reopened.deps.db.close();
    }
    const stale = await app.call(drafter, 'drafts.save', {
      documentId,
      blocks: DRAFT.slice(0, 2),
      revision: 0,
    });
    expect(expectError(stale, 'CONFLICT').message).toContain('其他窗口');
  });

  test('reviewers cannot edit the draft', async () => {
    expectError(
      await app.call(reviewer, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }),
      'FORBIDDEN',
    );
  });
});

describe('versions', () => {
  test('freeze the draft with label, author and hash; an unchanged draft is not saved twice', async () => {
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }));
    const version = expectOk(
      await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿', note: '第一稿' }),
    );
    expect(version).toMatchObject({
      seq: 1,
      label: '征求意见稿',
      note: '第一稿',
      createdByName: 'drafter 用户',
    });
    expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const detail = expectOk(await app.call(reviewer, 'versions.get', { id: version.id }));
    expect(detail.blocks).toEqual(DRAFT);
    expectError(await app.call(drafter, 'versions.save', { documentId, label: '送审稿' }), 'INVALID_STATE');
    const timeline = expectOk(await app.call(reviewer, 'documents.get', { id: documentId })).events.map(
      (e) => e.kind,
    );
    expect(timeline).toEqual(['registered', 'version_saved']);
  });

  test('a saved version cannot be changed in the database', async () => {
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }));
    expectOk(await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿' }));
    expect(() => app.deps.db.prepare("UPDATE document_versions SET label = 'x'").run()).toThrow(/immutable/);
  });

  test('restore-as-draft brings back an earlier text and keeps both versions', async () => {
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }));
    const first = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿' }));
    const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    const edited = [...DRAFT, block('a3', '第三条　本办法自2027年1月1日起施行。')];
    expectOk(
      await app.call(drafter, 'drafts.save', { documentId, blocks: edited, revision: draft.revision }),
    );
    expectOk(await app.call(drafter, 'versions.save', { documentId, label: '送审稿' }));
    const current = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    const restored = expectOk(
      await app.call(drafter, 'versions.restore', { versionId: first.id, revision: current.revision }),
    );
    expect(restored.blocks).toEqual(DRAFT);
    expect(expectOk(await app.call(drafter, 'documents.get', { id: documentId })).versions).toHaveLength(2);
  });
});

describe('Word import', () => {
  test('a real .docx becomes a version with its title, headings, articles, table and styles; the original is kept', async () => {
    const docx = await sampleDocx();
    const result = expectOk(
      await app.call(drafter, 'imports.docx', {
        documentId,
        fileName: '数据质量管理办法.docx',
        data: docx.toString('base64'),
      }),
    );
    expect(result.version.label).toBe('数据质量管理办法');
    const { blocks, sourceAttachmentId } = expectOk(
      await app.call(drafter, 'versions.get', { id: result.version.id }),
    );
    expect(sourceAttachmentId).toBe(result.attachmentId);
    expect(blocks[0]).toMatchObject({ kind: 'title', runs: [{ text: '某区统计数据质量管理办法' }] });
    expect(blocks[1]).toMatchObject({ kind: 'heading', runs: [{ text: '第一章　总则' }] });
    const article = blocks.find((b) => b.runs.some((r) => r.text.startsWith('第一条')));
    expect(article?.runs).toEqual([
      { text: '第一条　为了' },
      { text: '保障统计数据质量', bold: true },
      { text: '，根据', italic: true },
      { text: '《中华人民共和国统计法》', underline: true },
      { text: '，制定本办法。' },
    ]);
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.rows?.map((row) => row.map((cell) => blocksToPlainText(cell.blocks)))).toEqual([
      ['事项', '时限'],
      ['数据报送', '每月5日前'],
    ]);
    const original = expectOk(await app.call(reviewer, 'materials.download', { id: result.attachmentId }));
    expect(Buffer.from(original.data, 'base64').equals(docx)).toBe(true);
    const overview = expectOk(await app.call(reviewer, 'materials.list', { documentId }));
    expect(overview.files.find((f) => f.id === result.attachmentId)?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['not a zip', () => Promise.resolve(Buffer.from('普通文本文件')), 'INVALID_FILE'],
    ['a zip that is not Word', () => zipOf({ 'a.txt': 'x' }), 'INVALID_FILE'],
    ['an encrypted Word file', () => Promise.resolve(encryptedDocxLike()), 'FILE_ENCRYPTED'],
    [
      'XML with external entities',
      async () => withPart(await sampleDocx(), 'word/document.xml', XXE_DOCUMENT),
      'UNSAFE_FILE',
    ],
  ] as const)('%s is refused with its error and nothing is written', async (_name, make, code) => {
    const before = rowCounts();
    const file = await make();
    const result = await app.call(drafter, 'imports.docx', {
      documentId,
      fileName: '文件.docx',
      data: file.toString('base64'),
    });
    expect(expectError(result, code).message).toMatch(/[\u4e00-\u9fff]/);
    expect(rowCounts()).toEqual(before);
  });
});

describe('nothing typed is lost when the draft is replaced', () => {
  const TYPED = [...DRAFT, block('a3', '第三条　尚未保存为版本的新条款。')];
  const importDocx = async () =>
    expectOk(
      await app.call(drafter, 'imports.docx', {
        documentId,
        fileName: '修改稿.docx',
        data: (await sampleDocx()).toString('base64'),
      }),
    );

  test('an import keeps the typed draft as a version first, and can be undone', async () => {
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }));
    const first = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿' }));
    const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: TYPED, revision: draft.revision }));

    const imported = await importDocx();
    expect(imported.keptVersion).toMatchObject({ seq: 2, label: '导入前自动保存' });
    expect(imported.version.seq).toBe(3);
    expect(imported.undoVersionId).toBe(imported.keptVersion?.id);
    const kept = expectOk(await app.call(drafter, 'versions.get', { id: imported.keptVersion?.id ?? '' }));
    expect(kept.blocks).toEqual(TYPED);
    expect(first.seq).toBe(1);

    // 撤销导入: the draft is what it was; the imported version stays in the history.
    const current = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    const undone = expectOk(
      await app.call(drafter, 'versions.restore', {
        versionId: imported.undoVersionId ?? '',
        revision: current.revision,
      }),
    );
    expect(undone.blocks).toEqual(TYPED);
    expect(undone.keptVersion).toBeNull();
    const { versions } = expectOk(await app.call(drafter, 'documents.get', { id: documentId }));
    expect(versions.map((version) => version.seq).sort()).toEqual([1, 2, 3]);
  });

  test('an import over a draft already in a version keeps nothing more and undoes to that version', async () => {
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }));
    const saved = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿' }));
    const imported = await importDocx();
    expect(imported.keptVersion).toBeNull();
    expect(imported.undoVersionId).toBe(saved.id);
    expect(imported.version.seq).toBe(2);
  });

  test('an import into an empty document has nothing to keep or undo to', async () => {
    const imported = await importDocx();
    expect(imported).toMatchObject({ keptVersion: null, undoVersionId: null });
  });

  test('restoring a version keeps the typed draft as a version first', async () => {
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }));
    const first = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿' }));
    const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: TYPED, revision: draft.revision }));
    const typed = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    const restored = expectOk(
      await app.call(drafter, 'versions.restore', { versionId: first.id, revision: typed.revision }),
    );
    expect(restored.blocks).toEqual(DRAFT);
    expect(restored.keptVersion).toMatchObject({ seq: 2, label: '恢复前自动保存' });
    const kept = expectOk(await app.call(drafter, 'versions.get', { id: restored.keptVersion?.id ?? '' }));
    expect(kept.blocks).toEqual(TYPED);
  });
});

describe('materials', () => {
  test('the checklist shows what is present: uploaded files, the 制定依据 list, the written 起草说明', async () => {
    const initial = expectOk(await app.call(drafter, 'materials.list', { documentId }));
    expect(initial.checks.filter((c) => c.present)).toEqual([]);
    expectOk(
      await app.call(drafter, 'materials.upload', {
        documentId,
        materialKind: 'consultation',
        fileName: '征求意见情况.pdf',
        mediaType: 'application/pdf',
        data: Buffer.from('%PDF-1.4 …').toString('base64'),
      }),
    );
    expectOk(
      await app.call(drafter, 'legalBases.add', {
        documentId,
        lawTitle: '《中华人民共和国统计法》',
        article: '第七条',
      }),
    );
    expectOk(
      await app.call(drafter, 'drafts.save', {
        documentId,
        part: 'explanation',
        blocks: [block('e1', '一、制定的必要性')],
        revision: 0,
      }),
    );
    const overview = expectOk(await app.call(drafter, 'materials.list', { documentId }));
    const present = overview.checks.filter((c) => c.present).map((c) => c.kind);
    expect(present.sort()).toEqual(['consultation', 'drafting_explanation', 'legal_basis']);
    expect(overview.legalBases[0]).toMatchObject({ lawTitle: '中华人民共和国统计法', article: '第七条' });
  });

  test('a withdrawn material stays on record but no longer counts', async () => {
    const file = expectOk(
      await app.call(drafter, 'materials.upload', {
        documentId,
        materialKind: 'consultation',
        fileName: '意见.txt',
        data: Buffer.from('意见').toString('base64'),
      }),
    );
    expectOk(await app.call(drafter, 'materials.withdraw', { id: file.id, reason: '传错文件' }));
    const overview = expectOk(await app.call(drafter, 'materials.list', { documentId }));
    expect(overview.files[0]?.withdrawnAt).not.toBeNull();
    expect(overview.checks.find((c) => c.kind === 'consultation')?.present).toBe(false);
    expect(() => app.deps.db.prepare('DELETE FROM attachments').run()).toThrow(/never deleted/);
  });
});

describe('annotations', () => {
  test('a thread on a version is re-anchored when the next version is saved: kept where unchanged, orphaned where deleted', async () => {
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: DRAFT, revision: 0 }));
    const v1 = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿' }));
    const quote = (blockId: string, exact: string) => {
      const text = DRAFT.find((b) => b.id === blockId)?.runs[0]?.text ?? '';
      const start = text.indexOf(exact);
      return {
        blockId,
        start,
        end: start + exact.length,
        exact,
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(start + exact.length, start + exact.length + 32),
      };
    };
    const onScope = expectOk(
      await app.call(reviewer, 'annotations.create', {
        documentId,
        versionId: v1.id,
        selector: quote('a2', '统计调查'),
        body: '范围是否过窄？',
      }),
    );
    const onDeleted = expectOk(
      await app.call(reviewer, 'annotations.create', {
        documentId,
        versionId: v1.id,
        selector: quote('c1', '总则'),
        body: '章名',
      }),
    );
    expectError(
      await app.call(reviewer, 'annotations.create', {
        documentId,
        versionId: v1.id,
        selector: { ...quote('a2', '统计调查'), exact: '别的文字' },
        body: '错位的批注',
      }),
      'INVALID_INPUT',
    );
    const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    const next: Block[] = [
      DRAFT[0] as Block,
      block('a0', '第一条　为了提高统计数据质量，制定本办法。'),
      block('a2', '第二条　本办法适用于本区统计机构组织实施的统计调查。'),
    ];
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: next, revision: draft.revision }));
    const v2 = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '送审稿' }));
    const threads = expectOk(await app.call(reviewer, 'annotations.list', { documentId, versionId: v2.id }));
    const statusOf = (id: string) => threads.find((t) => t.id === id)?.status;
    expect(statusOf(onScope.id)).toBe('exact');
    expect(statusOf(onDeleted.id)).toBe('orphaned');
    expect(threads.find((t) => t.id === onDeleted.id)?.originSelector.exact).toBe('总则');
    const replied = expectOk(
      await app.call(drafter, 'annotations.reply', { annotationId: onScope.id, body: '已扩大范围。' }),
    );
    expect(replied.replies.map((r) => r.body)).toEqual(['已扩大范围。']);
    const resolved = expectOk(await app.call(reviewer, 'annotations.resolve', { annotationId: onScope.id }));
    expect(resolved.state).toBe('resolved');
    expectError(
      await app.call(reviewer, 'annotations.resolve', { annotationId: onScope.id }),
      'INVALID_STATE',
    );
  });
});
