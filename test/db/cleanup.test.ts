import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { insertLawChange } from '../../src/main/db/repos/lawChanges';
import { documentLifecycle } from '../../src/main/services/lifecycle';
import type { CampaignDetail } from '../../src/shared/api';
import { blocksToPlainText } from '../../src/shared/domain/blocks';
import { lawKey } from '../../src/shared/domain/laws';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, rowCount, rowCounts, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, signIn } from '../support/session';
import {
  bringToIssued,
  deliberationEvent,
  documentDetail,
  type IssuedDocument,
  issueEvent,
  step,
  uploadMaterial,
  workflowTeam,
  type WorkflowTeam,
} from '../support/workflowPath';
import { documentXml, paragraphs } from '../support/wordXml';

/**
 * Cleanup campaigns on a real database, with documents reviewed, deliberated and issued through the
 * real services: scope, dispositions proposed by a reviewer and approved by a second account (the
 * 负责人), application in one transaction (lifecycle events, 修改 back to 起草 with the issued text), the
 * revised text issued again with new numbers and a fresh validity, and the result catalogs read back.
 */

const TABLES = ['lifecycle_events', 'cleanup_items', 'cleanup_campaigns', 'events', 'drafts', 'audit_log'];

let app: TestApp;
let team: WorkflowTeam;
/** An account with both roles, to show a disposition needs a second account. */
let chief: Session;
let repealed: IssuedDocument;
let amended: IssuedDocument;
let continued: IssuedDocument;
let campaign: CampaignDetail;
let rival: CampaignDetail;

const at = (day: string) => app.clock.set(`${day}T02:00:00.000Z`);
const itemOf = (detail: CampaignDetail, documentId: string) => {
  const item = detail.items.find((candidate) => candidate.documentId === documentId);
  if (!item) throw new Error(`no item ${documentId}`);
  return item;
};
const lifecycleOf = (documentId: string) => documentLifecycle(app.deps, documentId)?.lifecycle;
const text = (title: string, article: string) =>
  [title, `第一条\u3000${article}`, '第二条　本办法自印发之日起施行。'].join('\n');

beforeAll(async () => {
  app = openTestApp();
  at('2026-01-05');
  team = await workflowTeam(app);
  await createUser(app, team.admin, 'chief', ['reviewer', 'leader']);
  chief = await signIn(app, 'chief');
  repealed = await bringToIssued(app, team, {
    title: '某区统计调查证管理办法',
    text: text('某区统计调查证管理办法', '为加强统计调查证管理，根据《中华人民共和国统计法》，制定本办法。'),
  });
  amended = await bringToIssued(app, team, {
    title: '某区统计数据发布管理办法',
    text: text('某区统计数据发布管理办法', '统计数据由区统计局统一发布。'),
  });
  continued = await bringToIssued(app, team, {
    title: '某区统计信用管理办法',
    text: text('某区统计信用管理办法', '统计信用信息依法归集和公开。'),
  });
  // In force from 2026-02-04 (30 days after publication).
  at('2026-03-02');
});
afterAll(() => app.close());

describe('creating a campaign', () => {
  test('the preview and the campaign hold the issued documents the scope selects', async () => {
    const preview = expectOk(
      await app.call(team.reviewer, 'cleanup.preview', { scope: { yearFrom: 2026, text: '统计' } }),
    );
    expect(preview.total).toBe(3);
    expect(preview.documents.every((document) => document.stateLabel === '现行有效')).toBe(true);

    const narrow = expectOk(await app.call(team.reviewer, 'cleanup.preview', { scope: { text: '调查证' } }));
    expect(narrow.documents.map((document) => document.docNumber)).toEqual([repealed.docNumber]);

    campaign = expectOk(
      await app.call(team.reviewer, 'cleanup.create', {
        kind: 'special',
        name: '2026年统计规范性文件专项清理',
        scope: { kinds: ['admin_normative'], yearFrom: 2026, yearTo: 2026 },
        dueOn: '2026-06-30',
      }),
    );
    expect(campaign.kindLabel).toBe('专项清理');
    expect(campaign.total).toBe(3);
    expect(campaign.scopeText).toBe('行政规范性文件，2026年公布的已印发文件');
    const item = itemOf(campaign, repealed.documentId);
    expect(item).toMatchObject({
      title: '某区统计调查证管理办法',
      docNumber: repealed.docNumber,
      registrationNumber: repealed.registrationNumber,
      publishedOn: '2026-01-05',
      stateLabel: '现行有效',
      disposition: null,
    });
    expect(item.validUntil).toBe('2031-02-03');
  });

  test('a scope that selects nothing, or a drafter, is refused', async () => {
    expectError(
      await app.call(team.reviewer, 'cleanup.create', {
        kind: 'periodic',
        name: '2020年定期清理',
        scope: { yearTo: 2020 },
        dueOn: '2026-06-30',
      }),
      'INVALID_STATE',
    );
    expectError(
      await app.call(team.drafter, 'cleanup.create', {
        kind: 'periodic',
        name: '定期清理',
        scope: {},
        dueOn: '2026-06-30',
      }),
      'FORBIDDEN',
    );
  });

  test('a 即时清理 from a law change is scoped to the documents citing that law', async () => {
    const lawId = lawKey('中华人民共和国统计法');
    // Only the first document cites the statistics law; its issuance wrote that to the citation index.
    const leader = expectOk(await app.call(team.leader, 'auth.me', {}));
    insertLawChange(app.deps.db, {
      id: 'change-1',
      lawId,
      title: '中华人民共和国统计法',
      change: 'amended',
      changedOn: '2026-02-01',
      supersededBy: null,
      note: '',
      origin: 'edit',
      recordedAt: '2026-02-01T02:00:00.000Z',
      recordedBy: leader?.id ?? '',
    });
    const immediate = expectOk(
      await app.call(team.reviewer, 'cleanup.create', {
        kind: 'immediate',
        name: '统计法修改后的即时清理',
        lawChangeId: 'change-1',
        dueOn: '2026-04-30',
      }),
    );
    expect(immediate.scope).toEqual({ citesLaw: lawId });
    expect(immediate.items.map((item) => item.documentId)).toEqual([repealed.documentId]);
    expect(immediate.scopeText).toContain('引用《中华人民共和国统计法》');
  });
});

describe('dispositions and approval', () => {
  test('a reviewer proposes dispositions in bulk with a shared reason', async () => {
    campaign = expectOk(
      await app.call(team.reviewer, 'cleanup.decide', {
        campaignId: campaign.id,
        documentIds: [repealed.documentId],
        disposition: 'repeal',
        reason: '调整对象已消失',
      }),
    );
    campaign = expectOk(
      await app.call(team.reviewer, 'cleanup.decide', {
        campaignId: campaign.id,
        documentIds: [amended.documentId, continued.documentId],
        disposition: 'amend',
        reason: '与修改后的统计法不一致',
      }),
    );
    expect(itemOf(campaign, amended.documentId)).toMatchObject({
      disposition: 'amend',
      dispositionLabel: '修改',
      reason: '与修改后的统计法不一致',
      approvedAt: null,
    });
    expect(itemOf(campaign, amended.documentId).decidedByName).toBeTruthy();
    expect(campaign.decided).toBe(3);
    expect(campaign.byDisposition).toEqual({ continue: 0, amend: 2, repeal: 1, declare_invalid: 0 });
  });

  test('the account that proposed a disposition cannot approve it', async () => {
    campaign = expectOk(
      await app.call(chief, 'cleanup.decide', {
        campaignId: campaign.id,
        documentIds: [continued.documentId],
        disposition: 'continue',
        reason: '符合上位法规定，继续有效',
      }),
    );
    const before = rowCounts(app, TABLES);
    const refused = expectError(
      await app.call(chief, 'cleanup.approve', {
        campaignId: campaign.id,
        documentIds: [continued.documentId],
      }),
      'FORBIDDEN',
    );
    expect(refused.message).toContain('另一账号');
    expect(rowCounts(app, TABLES)).toEqual(before);
    const detail = expectOk(await app.call(chief, 'cleanup.get', { campaignId: campaign.id }));
    expect(itemOf(detail, continued.documentId).approvedAt).toBeNull();
  });

  test('an undecided document cannot be approved', async () => {
    const other = expectOk(
      await app.call(team.reviewer, 'cleanup.create', {
        kind: 'periodic',
        name: '2026年定期清理',
        scope: { text: '信用' },
        dueOn: '2026-12-31',
      }),
    );
    const refused = expectError(
      await app.call(team.leader, 'cleanup.approve', {
        campaignId: other.id,
        documentIds: [continued.documentId],
      }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('尚未拟定处理意见');
  });

  test('applying is refused while a disposition is not approved, and nothing is written', async () => {
    campaign = expectOk(
      await app.call(team.leader, 'cleanup.approve', {
        campaignId: campaign.id,
        documentIds: [repealed.documentId, amended.documentId],
      }),
    );
    expect(campaign.approved).toBe(2);
    const before = rowCounts(app, TABLES);
    const refused = expectError(
      await app.call(team.leader, 'cleanup.apply', { campaignId: campaign.id }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('1 件处理意见尚未经负责人批准');
    expect(rowCounts(app, TABLES)).toEqual(before);
  });

  test('a new proposal clears the earlier approval', async () => {
    campaign = expectOk(
      await app.call(team.reviewer, 'cleanup.decide', {
        campaignId: campaign.id,
        documentIds: [repealed.documentId],
        disposition: 'repeal',
        reason: '调整对象已消失，予以废止',
      }),
    );
    expect(itemOf(campaign, repealed.documentId).approvedAt).toBeNull();
    campaign = expectOk(
      await app.call(team.leader, 'cleanup.approve', {
        campaignId: campaign.id,
        documentIds: [repealed.documentId, continued.documentId],
      }),
    );
    expect(campaign.approved).toBe(3);
  });
});

describe('applying a campaign', () => {
  test('a second campaign on the same documents is prepared before the first is applied', async () => {
    rival = expectOk(
      await app.call(team.reviewer, 'cleanup.create', {
        kind: 'special',
        name: '统计信用专项清理',
        scope: { documentIds: [continued.documentId, amended.documentId] },
        dueOn: '2026-06-30',
      }),
    );
    expectOk(
      await app.call(team.reviewer, 'cleanup.decide', {
        campaignId: rival.id,
        documentIds: [continued.documentId],
        disposition: 'repeal',
        reason: '已被新规定取代',
      }),
    );
    expectOk(
      await app.call(team.reviewer, 'cleanup.decide', {
        campaignId: rival.id,
        documentIds: [amended.documentId],
        disposition: 'amend',
        reason: '需要补充数据发布规则',
      }),
    );
    rival = expectOk(
      await app.call(team.leader, 'cleanup.approve', {
        campaignId: rival.id,
        documentIds: [continued.documentId, amended.documentId],
      }),
    );
    expect(rival.approved).toBe(2);
  });

  test('one lifecycle event per document; 废止 ends validity on the decision date, 修改 reopens drafting', async () => {
    at('2026-03-10');
    const eventsBefore = rowCount(app, 'lifecycle_events');
    campaign = expectOk(
      await app.call(team.leader, 'cleanup.apply', { campaignId: campaign.id, decidedOn: '2026-03-09' }),
    );
    expect(campaign.status).toBe('applied');
    expect(campaign.decidedOn).toBe('2026-03-09');
    expect(rowCount(app, 'lifecycle_events')).toBe(eventsBefore + 3);

    expect(lifecycleOf(repealed.documentId)).toMatchObject({ state: 'repealed', since: '2026-03-09' });
    expect(lifecycleOf(continued.documentId)).toMatchObject({
      state: 'in_force',
      lastDecision: { event: 'continued', decidedOn: '2026-03-09' },
    });
    expect(lifecycleOf(amended.documentId)).toMatchObject({ state: 'amended', label: '已修改' });

    const workflow = expectOk(
      await app.call(team.drafter, 'workflow.get', { documentId: amended.documentId }),
    );
    expect(workflow.state).toBe('drafting');
    expect(workflow.context.review ?? null).toBeNull();
    expect(workflow.context.deliberation ?? null).toBeNull();
    const { issuance } = workflow.context as { issuance?: { publishedOn: string } };
    expect(issuance?.publishedOn).toBe('2026-01-05');
    const draft = expectOk(await app.call(team.drafter, 'drafts.get', { documentId: amended.documentId }));
    const detail = await documentDetail(app, team.drafter, amended.documentId);
    expect(draft.baseVersionId).toBe(detail.issuance?.versionId);
    expect(draft.lockedReason).toBeNull();
    expect(blocksToPlainText(draft.blocks)).toContain('统计数据由区统计局统一发布。');
    // The document's timeline says why it is back in drafting.
    const opened = app.deps.db
      .prepare("SELECT detail FROM events WHERE document_id = ? AND detail LIKE '%OPEN_REVISION%'")
      .all(amended.documentId) as { detail: string }[];
    expect(opened).toHaveLength(1);
    expect(opened[0]?.detail).toContain('经文件清理决定修改');
    // Each document's timeline records the decision applied to it.
    const repealedDetail = await documentDetail(app, team.drafter, repealed.documentId);
    const decision = repealedDetail.events.find((event) => event.kind === 'cleanup_decision');
    expect(decision?.detail).toMatchObject({ disposition: 'repeal', on: '2026-03-09' });
    expect(String(decision?.detail.title)).toContain('废止');
  });

  test('a failure in the middle of applying leaves nothing written', async () => {
    // The rival campaign repeals one document (written first) and would open a revision of the other,
    // which is already back in drafting: the step is refused and the repeal is rolled back with it.
    const before = rowCounts(app, TABLES);
    const refused = expectError(
      await app.call(team.leader, 'cleanup.apply', { campaignId: rival.id }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('起草');
    expect(rowCounts(app, TABLES)).toEqual(before);
    expect(lifecycleOf(continued.documentId)?.state).toBe('in_force');
    const detail = expectOk(await app.call(team.leader, 'cleanup.get', { campaignId: rival.id }));
    expect(detail.status).toBe('open');
  });

  test('an applied campaign cannot be changed', async () => {
    expectError(
      await app.call(team.reviewer, 'cleanup.decide', {
        campaignId: campaign.id,
        documentIds: [continued.documentId],
        disposition: 'repeal',
        reason: '改变主意',
      }),
      'INVALID_STATE',
    );
    expectError(
      await app.call(team.drafter, 'workflow.transition', {
        documentId: continued.documentId,
        event: { type: 'OPEN_REVISION', reason: '想改' } as never,
      }),
      'INVALID_STATE',
    );
  });
});

describe('re-issuance after 修改', () => {
  test('the revised text goes through review and deliberation and is issued with new numbers', async () => {
    const { documentId } = amended;
    const draft = expectOk(await app.call(team.drafter, 'drafts.get', { documentId }));
    const revisedBlocks = plainTextToBlocks(
      text('某区统计数据发布管理办法', '统计数据由区统计局统一发布，并在政府网站公开发布日程。'),
    );
    expectOk(
      await app.call(team.drafter, 'drafts.save', {
        documentId,
        blocks: revisedBlocks,
        revision: draft.revision,
      }),
    );
    const { id: versionId } = expectOk(
      await app.call(team.drafter, 'versions.save', { documentId, label: '修订送审稿' }),
    );
    await step(app, team.drafter, documentId, { type: 'SUBMIT', versionId, versionLabel: '修订送审稿' });
    await step(app, team.reviewer, documentId, { type: 'START_REVIEW' });
    await step(app, team.reviewer, documentId, {
      type: 'CONCLUDE_REVIEW',
      conclusion: 'LAWFUL',
    });
    const minutesId = await uploadMaterial(app, team.leader, documentId, 'deliberation_record', '纪要.txt');
    await step(app, team.leader, documentId, {
      ...deliberationEvent({ meetingName: '2026年第3次局务会议' }),
      minutesAttachmentId: minutesId,
    });
    at('2026-03-16');
    await step(app, team.leader, documentId, issueEvent('2026-03-16'));

    const detail = await documentDetail(app, team.leader, documentId);
    expect(detail.issuance?.docNumber).not.toBe(amended.docNumber);
    expect(detail.issuance?.versionId).toBe(versionId);
    expect(detail.issuance?.publishedOn).toBe('2026-03-16');
    const history = app.deps.db
      .prepare(
        'SELECT doc_number, registration_number, published_on FROM issuance_history WHERE document_id = ?',
      )
      .all(documentId);
    expect(history).toEqual([
      {
        doc_number: amended.docNumber,
        registration_number: amended.registrationNumber,
        published_on: '2026-01-05',
      },
    ]);
    // The old 文号 stays given: the counters never give it again.
    const numbers = app.deps.db
      .prepare('SELECT number FROM issued_numbers WHERE document_id = ? ORDER BY rowid')
      .all(documentId) as { number: string }[];
    expect(numbers.map((row) => row.number)).toContain(amended.docNumber);
    expect(numbers.map((row) => row.number)).toContain(detail.issuance?.docNumber);

    // Pending until 施行 (30 days on), then in force with the new 有效期: the 修改 decision concerned
    // the earlier issuance.
    expect(lifecycleOf(documentId)?.state).toBe('pending');
    at('2026-04-20');
    expect(lifecycleOf(documentId)).toMatchObject({
      state: 'in_force',
      validUntil: '2031-04-14',
      lastDecision: null,
    });
  });
});

describe('exports', () => {
  const cellsOf = (xml: string) =>
    (xml.match(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) =>
        [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      ),
    );
  const textOf = (xml: string) =>
    paragraphs(xml).map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );

  test('the 废止目录 is a Word table of the repealed documents', async () => {
    const file = expectOk(
      await app.call(team.drafter, 'cleanup.export', {
        campaignId: campaign.id,
        catalog: 'repeal',
        format: 'docx',
      }),
    );
    expect(file.fileName).toBe('某市某区统计局决定废止的规范性文件目录（2026年统计规范性文件专项清理）.docx');
    const xml = await documentXml(Buffer.from(file.data, 'base64'));
    expect(textOf(xml)[0]).toBe('某市某区统计局决定废止的规范性文件目录');
    expect(cellsOf(xml)).toEqual([
      ['序号', '文件名称', '文号', '登记号', '公布日期', '清理理由'],
      [
        '1',
        '某区统计调查证管理办法',
        repealed.docNumber,
        repealed.registrationNumber ?? '',
        '2026-01-05',
        '调整对象已消失，予以废止',
      ],
    ]);
  });

  test('the 清理情况报告 gives the counts and every catalog', async () => {
    const file = expectOk(
      await app.call(team.drafter, 'cleanup.export', { campaignId: campaign.id, catalog: 'report' }),
    );
    const lines = textOf(await documentXml(Buffer.from(file.data, 'base64')));
    expect(lines[0]).toBe('关于某市某区统计局规范性文件清理情况的报告');
    expect(lines.join('\n')).toContain('共清理3件，其中继续有效1件、修改1件、废止1件、宣布失效0件');
    expect(lines.join('\n')).toContain('清理范围为行政规范性文件，2026年公布的已印发文件');
    expect(lines).toContain('（四）宣布失效的规范性文件目录（0件）');
  });

  test('the workbook has one sheet per disposition', async () => {
    const file = expectOk(
      await app.call(team.drafter, 'cleanup.export', { campaignId: campaign.id, format: 'xlsx' }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['继续有效', '修改', '废止', '宣布失效']);
    const amendSheet = workbook.getWorksheet('修改');
    expect(amendSheet?.getCell(1, 1).value).toBe('某市某区统计局需要修改的规范性文件目录');
    expect(amendSheet?.getCell(3, 2).value).toBe('某区统计数据发布管理办法');
    expect(amendSheet?.getCell(3, 3).value).toBe(amended.docNumber);
    expect(workbook.getWorksheet('宣布失效')?.rowCount).toBe(2);
  });
});

describe('re-scoping an open campaign', () => {
  test('adds newly selected documents, drops undecided ones, keeps decided ones', async () => {
    let open = expectOk(
      await app.call(team.reviewer, 'cleanup.create', {
        kind: 'periodic',
        name: '2026年第二次定期清理',
        scope: { text: '信用' },
        dueOn: '2026-12-31',
      }),
    );
    expect(open.items.map((item) => item.documentId)).toEqual([continued.documentId]);
    open = expectOk(
      await app.call(team.reviewer, 'cleanup.decide', {
        campaignId: open.id,
        documentIds: [continued.documentId],
        disposition: 'continue',
        reason: '继续有效',
      }),
    );
    // The re-issued text of the amended document is selected now.
    open = expectOk(
      await app.call(team.reviewer, 'cleanup.rescope', { campaignId: open.id, scope: { text: '数据发布' } }),
    );
    expect(open.rescope).toEqual({ added: 1, dropped: 0, keptDecided: 1 });
    expect(itemOf(open, continued.documentId).outOfScope).toBe(true);
    expect(itemOf(open, amended.documentId).outOfScope).toBe(false);
    open = expectOk(
      await app.call(team.reviewer, 'cleanup.rescope', { campaignId: open.id, scope: { text: '信用' } }),
    );
    expect(open.rescope).toEqual({ added: 0, dropped: 1, keptDecided: 0 });
    expect(open.items.map((item) => item.documentId)).toEqual([continued.documentId]);
  });
});
