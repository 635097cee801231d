import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../src/shared/api';
import { documentsInScope } from '../../src/main/services/lifecycle';
import { openTestApp, rowCount, rowCounts, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import { bringToIssued, type IssuedDocument, type WorkflowTeam, workflowTeam } from '../support/workflowPath';

/**
 * A law's change and the documents it triggers, on documents issued through the real services: two
 * documents citing 统计法 (one by its full title beside 统计法实施条例, one by the short form with 第四十一条),
 * one whose citation was only in an earlier version, and one issued after the change took effect.
 */

let app: TestApp;
let team: WorkflowTeam;
let fullTitle: IssuedDocument;
let shortForm: IssuedDocument;
let earlierOnly: IssuedDocument;
let issuedLater: IssuedDocument;

const FULL_TITLE_TEXT = [
  '某区统计数据质量管理办法',
  '第一章　总则',
  '第一条　为了保障统计数据质量，根据《中华人民共和国统计法》和《中华人民共和国统计法实施条例》，结合本区实际，制定本办法。',
  '第二条　本办法适用于本区行政区域内的统计调查。',
  '第二章　附则',
  '第三条　本办法自印发之日起施行。',
].join('\n');

const SHORT_FORM_TEXT = [
  '某区统计调查对象信用管理办法',
  '第一条　为加强统计调查对象信用管理，制定本办法。',
  '第二条　统计调查对象应当依法如实报送统计资料。',
  '拒绝提供统计资料的，依照《统计法》第四十一条的规定处理；情节严重的，依法予以通报。',
  '第三条　本办法自印发之日起施行。',
].join('\n');

const PLAIN_TEXT = [
  '某区统计调查项目管理办法',
  '第一条　为规范统计调查项目管理，结合本区实际，制定本办法。',
  '第二条　本办法自印发之日起施行。',
].join('\n');

const CHANGED_ON = '2026-03-15';

async function markAmended(title = '《中华人民共和国统计法》', session = team.reviewer) {
  return app.call(session, 'laws.mark', { title, change: 'amended', changedOn: CHANGED_ON });
}

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-03-02T02:00:00.000Z');
  team = await workflowTeam(app);
  fullTitle = await bringToIssued(app, team, { title: '某区统计数据质量管理办法', text: FULL_TITLE_TEXT });
  shortForm = await bringToIssued(app, team, {
    title: '某区统计调查对象信用管理办法',
    text: SHORT_FORM_TEXT,
  });
  earlierOnly = await bringToIssued(app, team, {
    title: '某区统计调查项目管理办法',
    earlierVersion: {
      label: '征求意见稿',
      blocks: [
        { id: 'e1', kind: 'title', runs: [{ text: '某区统计调查项目管理办法' }] },
        { id: 'e2', kind: 'paragraph', runs: [{ text: '第一条　根据《统计法》，制定本办法。' }] },
      ],
    },
    text: PLAIN_TEXT,
  });
  app.clock.set('2026-03-20T02:00:00.000Z');
  issuedLater = await bringToIssued(app, team, {
    title: '某区统计执法检查办法',
    text: FULL_TITLE_TEXT.replace('某区统计数据质量管理办法', '某区统计执法检查办法'),
  });
}, 240_000);
afterAll(() => app.close());

describe('the citation index', () => {
  it('is written with the issuance, for the issued version only', () => {
    const cited = app.deps.db
      .prepare('SELECT document_id, law_id, cited_as, path FROM issued_citations ORDER BY document_id, seq')
      .all() as { document_id: string; law_id: string; cited_as: string; path: string }[];
    expect(
      cited.filter((row) => row.document_id === fullTitle.documentId).map((row) => [row.law_id, row.path]),
    ).toEqual([
      ['统计法', '第一章 › 第一条'],
      ['统计法实施条例', '第一章 › 第一条'],
    ]);
    expect(cited.some((row) => row.document_id === earlierOnly.documentId)).toBe(false);
    expect(rowCount(app, 'citation_index')).toBe(4);
  });
});

describe('laws.mark', () => {
  let impact: ChannelOutput<'laws.mark'>;

  beforeAll(async () => {
    impact = expectOk(await markAmended());
  });

  it('lists both citing documents with the exact sentences, not the one issued after the change', () => {
    expect(impact.change).toMatchObject({
      title: '中华人民共和国统计法',
      change: 'amended',
      changeLabel: '修改',
      changedOn: CHANGED_ON,
      documentCount: 2,
      origin: 'edit',
    });
    const byId = new Map(impact.documents.map((document) => [document.documentId, document]));
    expect([...byId.keys()].sort()).toEqual([fullTitle.documentId, shortForm.documentId].sort());
    expect(byId.has(issuedLater.documentId)).toBe(false);
    expect(byId.has(earlierOnly.documentId)).toBe(false);

    expect(byId.get(fullTitle.documentId)?.citations).toEqual([
      {
        citedAs: '《中华人民共和国统计法》',
        articles: '',
        blockId: expect.any(String) as string,
        path: '第一章 › 第一条',
        sentence:
          '第一条　为了保障统计数据质量，根据《中华人民共和国统计法》和《中华人民共和国统计法实施条例》，结合本区实际，制定本办法。',
        renumbered: [],
      },
    ]);
    const short = byId.get(shortForm.documentId);
    expect(short?.docNumber).toBe(shortForm.docNumber);
    expect(short?.citations).toEqual([
      {
        citedAs: '《统计法》',
        articles: '第四十一条',
        blockId: expect.any(String) as string,
        path: '第二条 › 第二款',
        sentence: '拒绝提供统计资料的，依照《统计法》第四十一条的规定处理；',
        renumbered: [
          expect.objectContaining({
            cited: '第四十一条',
            oldArticle: 41,
            newArticle: 44,
            newVersion: '2024-09-13',
          }),
        ],
      },
    ]);
  });

  it('sets the law as 已修改 in the library and writes the change, audited, in one step', async () => {
    const page = expectOk(await app.call(team.reviewer, 'laws.search', { q: '中华人民共和国统计法' }));
    expect(page.items.find((law) => law.title === '中华人民共和国统计法')?.status).toBe('已修改');
    const audit = app.deps.db
      .prepare("SELECT target_type, target_id FROM audit_log WHERE action = 'laws.mark'")
      .all() as { target_type: string; target_id: string }[];
    expect(audit).toEqual([{ target_type: 'law_changes', target_id: impact.change.id }]);
  });

  it('lists the change and its impact again, and alerts the documents in force once they are', async () => {
    const changes = expectOk(await app.call(team.drafter, 'laws.changes', {}));
    expect(changes.map((change) => [change.id, change.documentCount, change.recordedByName])).toEqual([
      [impact.change.id, 2, expect.any(String)],
    ]);
    // Published 03-02, in force from 04-01 (30 days): not yet in force on 03-20.
    expect(expectOk(await app.call(team.drafter, 'laws.changeAlerts', {})).documents).toBe(0);
    app.clock.set('2026-05-01T02:00:00.000Z');
    expect(expectOk(await app.call(team.drafter, 'laws.changeAlerts', {}))).toEqual({
      documents: 2,
      changes: 1,
    });
    const again = expectOk(await app.call(team.drafter, 'laws.changeImpact', { id: impact.change.id }));
    expect(
      again.documents.every((document) => document.inForce && document.lifecycleLabel === '现行有效'),
    ).toBe(true);
  });

  it('indexes again the issued versions a database issued before the index existed', async () => {
    app.deps.db.exec('DELETE FROM issued_citations; DELETE FROM citation_index;');
    const again = expectOk(await app.call(team.drafter, 'laws.changeImpact', { id: impact.change.id }));
    expect(
      again.documents.map((document) => document.citations.map((citation) => citation.sentence)),
    ).toEqual(impact.documents.map((document) => document.citations.map((citation) => citation.sentence)));
    expect(rowCount(app, 'citation_index')).toBe(4);
  });

  it('scopes a campaign by "cites law X" on the current issued texts, indexing what is missing', () => {
    app.deps.db.exec('DELETE FROM issued_citations; DELETE FROM citation_index;');
    const scoped = documentsInScope(app.deps, { citesLaw: '统计法' }).map((document) => document.documentId);
    expect(scoped.sort()).toEqual(
      [fullTitle.documentId, shortForm.documentId, issuedLater.documentId].sort(),
    );
    expect(rowCount(app, 'citation_index')).toBe(4);
  });

  it('refuses an unknown title with a Chinese message and changes nothing', async () => {
    const before = rowCounts(app, ['law_changes', 'law_overrides', 'audit_log']);
    const error = expectError(await markAmended('《某某不存在条例》'), 'LAW_UNKNOWN');
    expect(error.message).toBe('法律法规库中没有《某某不存在条例》，请核对名称（可用全称、简称或别名）。');
    expect(rowCounts(app, ['law_changes', 'law_overrides', 'audit_log'])).toEqual(before);
  });

  it('is for the law library editors only', async () => {
    const before = rowCount(app, 'law_changes');
    expectError(await markAmended('《统计法》', team.drafter), 'FORBIDDEN');
    expect(rowCount(app, 'law_changes')).toBe(before);
  });
});

describe('laws.importChanges', () => {
  const file = (entries: unknown[]) => ({ fileName: 'changes.json', content: JSON.stringify(entries) });

  it('refuses the whole file at the first bad entry, naming it, with nothing written', async () => {
    const before = rowCounts(app, ['law_changes', 'law_overrides', 'audit_log']);
    const unknown = expectError(
      await app.call(
        team.admin,
        'laws.importChanges',
        file([
          { title: '统计法实施条例', change: 'repealed', changedOn: '2026-04-01' },
          { title: '《某某不存在条例》', change: 'amended', changedOn: '2026-04-01' },
        ]),
      ),
      'LAW_UNKNOWN',
    );
    expect(unknown.message).toContain('第 2 条（《某某不存在条例》）');
    expect(unknown.message).toContain('整个文件未导入');
    const badDate = expectError(
      await app.call(
        team.admin,
        'laws.importChanges',
        file([
          { title: '统计法实施条例', change: 'repealed', changedOn: '2026-04-01' },
          { title: '统计法', change: 'renumbered', changedOn: '2026-02-30' },
        ]),
      ),
      'INVALID_FILE',
    );
    expect(badDate.message).toBe(
      '第 2 条（统计法）生效日期“2026-02-30”不是有效日期（格式 YYYY-MM-DD），整个文件未导入。',
    );
    expectError(
      await app.call(
        team.admin,
        'laws.importChanges',
        file([{ title: '统计法', change: 'moved', changedOn: '2026-04-01' }]),
      ),
      'INVALID_FILE',
    );
    expect(rowCounts(app, ['law_changes', 'law_overrides', 'audit_log'])).toEqual(before);
  });

  it('records every entry of a valid file, each with the status it sets', async () => {
    const imported = expectOk(
      await app.call(
        team.admin,
        'laws.importChanges',
        file([
          { title: '统计法实施条例', change: 'repealed', changedOn: '2026-04-01', supersededBy: '某新条例' },
          { title: '国务院令第681号', change: 'amended', changedOn: '2026-04-02', note: '别名' },
        ]),
      ),
    );
    expect(
      imported.changes.map((change) => [change.title, change.change, change.origin, change.documentCount]),
    ).toEqual([
      ['中华人民共和国统计法实施条例', 'repealed', 'import', 2],
      ['中华人民共和国统计法实施条例', 'amended', 'import', 2],
    ]);
    const page = expectOk(await app.call(team.admin, 'laws.search', { q: '统计法实施条例' }));
    expect(page.items.find((law) => law.title === '中华人民共和国统计法实施条例')?.status).toBe('已修改');
  });
});
