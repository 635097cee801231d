import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MATERIAL_REQUIREMENTS } from '../../src/shared/domain/materials';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import { documentXml } from '../support/wordXml';
import {
  bringToReviewed,
  documentDetail,
  step,
  uploadMaterial,
  workflowTeam,
  type WorkflowTeam,
} from '../support/workflowPath';

let app: TestApp;
let team: WorkflowTeam;

beforeAll(async () => {
  app = openTestApp({});
  // Thursday 2026-04-30: five working days later is 2026-05-11 (05-01…05-05 holidays, 05-09 a make-up day).
  app.clock.set('2026-04-30T02:00:00.000Z');
  team = await workflowTeam(app);
});
afterAll(() => app.close());

async function draftReadyToSubmit(title: string): Promise<{ documentId: string; versionId: string }> {
  const { drafter } = team;
  const { id: documentId } = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title,
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  );
  const blocks = plainTextToBlocks(
    `${title}\n第一条\u3000为规范统计工作，制定本办法。\n第二条\u3000本办法自印发之日起施行。`,
  );
  expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: 0 }));
  const { id: versionId } = expectOk(
    await app.call(drafter, 'versions.save', { documentId, label: '送审稿' }),
  );
  for (const requirement of MATERIAL_REQUIREMENTS.admin_normative) {
    if (requirement.stage !== 'review' || !requirement.required) continue;
    if (requirement.kind === 'legal_basis') {
      expectOk(await app.call(drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' }));
    } else if (requirement.kind !== 'original_import') {
      await uploadMaterial(app, drafter, documentId, requirement.kind);
    }
  }
  return { documentId, versionId };
}

describe('the minimum review period binds the sender (送审 with 期望答复日期)', () => {
  test('a requested date that is too soon is accepted with a warning naming the earliest day, kept on the case', async () => {
    const { documentId, versionId } = await draftReadyToSubmit('某区统计调查项目管理办法');
    const submitted = await step(app, team.drafter, documentId, {
      type: 'SUBMIT',
      versionId,
      requestedAnswerOn: '2026-05-08',
    });
    expect(submitted.state).toBe('submitted');
    expect(submitted.context.submission).toMatchObject({
      requestedAnswerOn: '2026-05-08',
      earliestAnswerOn: '2026-05-11',
    });
    const detail = await documentDetail(app, team.drafter, documentId);
    const timeline = detail.events.map((event) => JSON.stringify(event.detail));
    expect(
      timeline.some((text) => text.includes('期望答复日期（2026-05-08）过早') && text.includes('2026-05-11')),
    ).toBe(true);
    const audit = app.deps.db
      .prepare('SELECT detail FROM audit_log WHERE target_id = ? ORDER BY seq DESC LIMIT 1')
      .get(documentId) as { detail: string };
    expect(audit.detail).toContain('2026-05-08');

    // The reviewer sees it on the case and concludes the same day, with no reason asked.
    await step(app, team.reviewer, documentId, { type: 'START_REVIEW' });
    const [reviewCase] = expectOk(await app.call(team.reviewer, 'reviews.list', { documentId }));
    expect(reviewCase).toMatchObject({ requestedAnswerOn: '2026-05-08', earliestAnswerOn: '2026-05-11' });
    expect(reviewCase?.submissionWarning).toContain('最早可要求于 2026-05-11 答复');
    const concluded = await step(app, team.reviewer, documentId, {
      type: 'CONCLUDE_REVIEW',
      conclusion: 'LAWFUL',
    });
    expect(concluded.state).toBe('reviewed');
  });

  test('a requested date on the submission day is refused in Chinese; a date leaving the minimum has no warning', async () => {
    const { documentId, versionId } = await draftReadyToSubmit('某区统计执法检查办法');
    const refused = expectError(
      await app.call(team.drafter, 'workflow.transition', {
        documentId,
        event: { type: 'SUBMIT', versionId, requestedAnswerOn: '2026-04-30' } as never,
      }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('期望答复日期（2026-04-30）应当晚于送审日期');
    const view = await step(app, team.drafter, documentId, {
      type: 'SUBMIT',
      versionId,
      requestedAnswerOn: '2026-05-11',
    });
    expect(view.context.submission).toMatchObject({ warning: null, earliestAnswerOn: '2026-05-11' });
  });
});

describe('the opinion letter is named by kind, and Party documents use the Party outcome set', () => {
  test('党内规范性文件: 前置审核意见 with the profile’s Party conclusion', async () => {
    const { documentId } = await bringToReviewed(app, team, { kind: 'party_normative' });
    const [reviewCase] = expectOk(await app.call(team.reviewer, 'reviews.list', { documentId }));
    expect(reviewCase?.conclusionLabel).toBe('通过前置审核');
    const file = expectOk(
      await app.call(team.reviewer, 'reviews.exportOpinion', { caseId: reviewCase?.id ?? '' }),
    );
    expect(file.fileName).toMatch(/^关于《.+》的前置审核意见\.docx$/);
    const xml = await documentXml(Buffer.from(file.data, 'base64'));
    expect(xml).toContain('的前置审核意见');
    expect(xml).toContain('审核结论：通过前置审核');
    expect(xml).not.toContain('合法性审核意见');
  });

  test('党内规范性文件: an administrative conclusion is refused, naming the Party outcomes', async () => {
    const { drafter, reviewer } = team;
    const { id: documentId } = expectOk(
      await app.call(drafter, 'documents.create', {
        kind: 'party_normative',
        title: '中共某区统计局党组工作规则',
        draftingUnit: '办公室',
        issuingAuthority: '中共某区统计局党组',
      }),
    );
    const blocks = plainTextToBlocks('中共某区统计局党组工作规则\n第一条\u3000为规范党组工作，制定本规则。');
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: 0 }));
    const { id: versionId } = expectOk(
      await app.call(drafter, 'versions.save', { documentId, label: '送审稿' }),
    );
    for (const requirement of MATERIAL_REQUIREMENTS.party_normative) {
      if (requirement.stage !== 'review' || !requirement.required) continue;
      if (requirement.kind === 'legal_basis') {
        expectOk(await app.call(drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' }));
      } else if (requirement.kind !== 'original_import') {
        await uploadMaterial(app, drafter, documentId, requirement.kind);
      }
    }
    await step(app, drafter, documentId, { type: 'SUBMIT', versionId });
    await step(app, reviewer, documentId, { type: 'START_REVIEW' });
    const refused = expectError(
      await app.call(reviewer, 'workflow.transition', {
        documentId,
        event: { type: 'CONCLUDE_REVIEW', conclusion: 'LAWFUL' } as never,
      }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('通过前置审核');
    expect(refused.message).not.toContain('“合法”');
    const detail = expectOk(
      await app.call(reviewer, 'reviews.get', {
        caseId: expectOk(await app.call(reviewer, 'reviews.list', { documentId }))[0]?.id ?? '',
      }),
    );
    expect(detail.outcomes.map((outcome) => outcome.code)).not.toContain('LAWFUL');
    // Nothing judged yet: the suggestion is the Party 通过, not 合法.
    expect(detail.suggestedConclusion).toBe('PARTY_PASSED');
  });

  test('重大行政决策: 合法性审查意见书', async () => {
    const { documentId } = await bringToReviewed(app, team, { kind: 'major_decision' });
    const [reviewCase] = expectOk(await app.call(team.reviewer, 'reviews.list', { documentId }));
    const file = expectOk(
      await app.call(team.reviewer, 'reviews.exportOpinion', { caseId: reviewCase?.id ?? '' }),
    );
    expect(file.fileName).toMatch(/的合法性审查意见书\.docx$/);
    const xml = await documentXml(Buffer.from(file.data, 'base64'));
    expect(xml).toContain('审查结论：合法');
  });
});
