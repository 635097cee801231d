import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, type TestApp } from '../support/app';
import { DEFAULT_PASSWORD, expectError, expectOk } from '../support/session';
import {
  bringToFilingReady,
  buildPackage,
  deliberationEvent,
  documentDetail,
  filingTeam,
  type FilingTeam,
  type IssuedDocument,
  issueEvent,
  step,
  uploadMaterial,
} from '../support/workflowPath';

/**
 * A filed document amended through a cleanup campaign and issued again: the re-issued text is filed
 * afresh (a new package, a new submission), while the first filing stays on the document as history.
 */

const RECIPIENT = '上一级人民政府';
let app: TestApp;
let team: FilingTeam;
let issued: IssuedDocument;
let firstPackageId: string;

const at = (day: string) => app.clock.set(`${day}T02:00:00.000Z`);
const filingView = () => app.call(team.reviewer, 'filings.forDocument', { documentId: issued.documentId });

beforeAll(async () => {
  app = openTestApp();
  at('2026-01-05');
  team = await filingTeam(app);
  issued = await bringToFilingReady(app, team, { title: '某区统计数据发布管理办法' });
  firstPackageId = (await buildPackage(app, team.reviewer, issued.documentId, [RECIPIENT])).id;
  const view = expectOk(
    await app.call(team.reviewer, 'filings.submit', {
      documentId: issued.documentId,
      packageId: firstPackageId,
      method: 'paper',
    }),
  );
  expectOk(
    await app.call(team.reviewer, 'filings.recordOutcome', {
      submissionId: view.submissions[0]?.id ?? '',
      outcome: 'REGISTERED',
    }),
  );

  // 修改 decided in a campaign and applied; the revised text reviewed, deliberated and issued again.
  at('2026-03-02');
  const campaign = expectOk(
    await app.call(team.reviewer, 'cleanup.create', {
      kind: 'special',
      name: '统计数据发布专项清理',
      scope: { documentIds: [issued.documentId] },
      dueOn: '2026-04-30',
    }),
  );
  const documentIds = [issued.documentId];
  expectOk(
    await app.call(team.reviewer, 'cleanup.decide', {
      campaignId: campaign.id,
      documentIds,
      disposition: 'amend',
      reason: '需要补充发布日程的规定',
    }),
  );
  expectOk(await app.call(team.leader, 'cleanup.approve', { campaignId: campaign.id, documentIds }));
  expectOk(await app.call(team.leader, 'cleanup.apply', { campaignId: campaign.id }));

  const { documentId } = issued;
  const draft = expectOk(await app.call(team.drafter, 'drafts.get', { documentId }));
  const blocks = plainTextToBlocks(
    [
      '某区统计数据发布管理办法',
      '第一条\u3000统计数据按发布日程发布。',
      '第二条\u3000本办法自印发之日起施行。',
    ].join('\n'),
  );
  expectOk(await app.call(team.drafter, 'drafts.save', { documentId, blocks, revision: draft.revision }));
  const { id: versionId } = expectOk(
    await app.call(team.drafter, 'versions.save', { documentId, label: '修订送审稿' }),
  );
  await step(app, team.drafter, documentId, { type: 'SUBMIT', versionId, versionLabel: '修订送审稿' });
  await step(app, team.reviewer, documentId, { type: 'START_REVIEW' });
  await step(app, team.reviewer, documentId, {
    type: 'CONCLUDE_REVIEW',
    conclusion: 'LAWFUL',
  });
  const minutesAttachmentId = await uploadMaterial(
    app,
    team.leader,
    documentId,
    'deliberation_record',
    '纪要.txt',
  );
  await step(app, team.leader, documentId, { ...deliberationEvent(), minutesAttachmentId });
  at('2026-03-16');
  await step(app, team.leader, documentId, issueEvent('2026-03-16'));
}, 120_000);
afterAll(() => app.close());

describe('filing the re-issued text', () => {
  test('the document is to be filed again; the first filing stays as history', async () => {
    const view = expectOk(await filingView());
    expect(view.state).toBe('to_submit');
    expect(view.issuance?.publishedOn).toBe('2026-03-16');
    expect(view.issuance?.docNumber).not.toBe(issued.docNumber);
    expect(view.submissions.map((row) => [row.round, row.state])).toEqual([[1, 'filed']]);
  });

  test('the package of the earlier text cannot be sent for the re-issued one', async () => {
    const refused = expectError(
      await app.call(team.reviewer, 'filings.submit', {
        documentId: issued.documentId,
        packageId: firstPackageId,
        method: 'paper',
      }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('重新印发');
  });

  test('a new package of the re-issued text is sent as a new round', async () => {
    const { issuance } = await documentDetail(app, team.counsel, issued.documentId);
    expectOk(
      await app.call(team.counsel, 'signoffs.sign', {
        documentId: issued.documentId,
        versionId: issuance?.versionId ?? '',
        opinion: 'agree',
        text: '经审查，同意重新印发。',
        password: DEFAULT_PASSWORD,
      }),
    );
    const second = await buildPackage(app, team.reviewer, issued.documentId, [RECIPIENT]);
    const view = expectOk(
      await app.call(team.reviewer, 'filings.submit', {
        documentId: issued.documentId,
        packageId: second.id,
        method: 'paper',
      }),
    );
    expect(view.state).toBe('awaiting');
    expect(view.submissions.map((row) => [row.round, row.state])).toEqual([
      [1, 'filed'],
      [2, 'awaiting'],
    ]);
  });
});
