import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { blockText, type Block } from '../../src/shared/domain/blocks';
import { parseStructure } from '../../src/shared/domain/structure';
import { openTestApp, type TestApp } from '../support/app';
import { createUser, expectOk, setupAdmin, signIn } from '../support/session';
import { articleItemsDocx } from '../support/wordListDocx';
import { documentXml, paragraphs } from '../support/wordXml';

let app: TestApp;
let drafter: Session;
let reviewer: Session;
let documentId: string;
let versionId: string;
let blocks: Block[];

const blockOf = (text: string): Block => {
  const found = blocks.find((block) => blockText(block) === text);
  if (!found) throw new Error(`no block ${text}`);
  return found;
};

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-04-30T02:00:00.000Z');
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'reviewer', ['reviewer']);
  drafter = await signIn(app, 'drafter');
  reviewer = await signIn(app, 'reviewer');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '某区统计调查项目审批管理办法',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  const docx = await articleItemsDocx('numbered');
  const imported = expectOk(
    await app.call(drafter, 'imports.docx', {
      documentId,
      fileName: '审批管理办法.docx',
      data: docx.toString('base64'),
    }),
  );
  versionId = imported.version.id;
  blocks = expectOk(await app.call(drafter, 'versions.get', { id: versionId })).blocks;
});
afterAll(() => app.close());

describe('a Word file with numbered-list 项, imported and reviewed', () => {
  test('the stored version reads 第五条 › 第一款 › 第（一）项, and 第六条 stands on its own', () => {
    const structure = parseStructure(blocks);
    const display = (text: string) => structure.blocks[blocks.indexOf(blockOf(text))]?.display;
    expect(display('（一）项目申请书；')).toBe('第五条 › 第一款 › 第（一）项');
    expect(display('（三）部门职责依据。')).toBe('第五条 › 第一款 › 第（三）项');
    expect(display('申请材料不齐全的，审批机关应当一次性告知需要补正的全部内容。')).toBe('第五条 › 第二款');
    expect(display('第六条　审批机关按照下列程序办理：')).toBe('第六条');
    expect(structure.articles.map((article) => article.label)).toEqual([
      '第四条',
      '第五条',
      '第六条',
      '第七条',
    ]);
  });

  test('a suggestion on a 项 is named 第五条第一款第（一）项 in the 修改意见 table of the opinion letter', async () => {
    const upload = (materialKind: string) =>
      app.call(drafter, 'materials.upload', {
        documentId,
        materialKind: materialKind as never,
        fileName: `${materialKind}.txt`,
        data: Buffer.from('材料').toString('base64'),
      });
    expectOk(await upload('drafting_explanation'));
    expectOk(await upload('consultation'));
    expectOk(await app.call(drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' }));
    const transition = (session: Session, event: Record<string, unknown>) =>
      app.call(session, 'workflow.transition', { documentId, event: event as never });
    expectOk(await transition(drafter, { type: 'SUBMIT', versionId }));
    expectOk(await transition(reviewer, { type: 'START_REVIEW' }));
    const [reviewCase] = expectOk(await app.call(reviewer, 'reviews.list', { documentId }));
    const caseId = reviewCase?.id ?? '';
    const item = blockOf('（一）项目申请书；');
    const detail = expectOk(
      await app.call(reviewer, 'reviews.addSuggestion', {
        caseId,
        blockId: item.id,
        original: blockText(item),
        suggestion: '明确项目申请书的格式。',
      }),
    );
    expect(detail.suggestions.map((suggestion) => suggestion.label)).toEqual(['第五条第一款第（一）项']);
    const letter = expectOk(await app.call(reviewer, 'reviews.exportOpinion', { caseId }));
    const xml = await documentXml(Buffer.from(letter.data, 'base64'));
    const row = (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).find((candidate) =>
      candidate.includes('明确项目申请书的格式。'),
    );
    const cells = paragraphs(row ?? '').map((paragraph) =>
      (paragraph.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
        .map((run) => run.replace(/<[^>]+>/g, ''))
        .join(''),
    );
    expect(cells).toEqual(['第五条第一款第（一）项', '（一）项目申请书；', '明确项目申请书的格式。']);
  });
});
