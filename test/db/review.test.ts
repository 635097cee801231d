import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import type { Block } from '../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { documentXml } from '../support/wordXml';
import { openTestApp, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';

const TEXT = [
  '关于进一步加强规模以上企业统计报表报送管理的规定',
  '第一条　为进一步加强我区规模以上企业统计报表报送管理，根据《中华人民共和国统计法》《中华人民共和国统计法实施细则》，结合工作实际，制定本规定。',
  '第二条　本规定适用于本区行政区域内纳入联网直报的规模以上企业。',
  '第三条　企业迟报统计报表的，每迟报一次处以2000元罚款。',
  '第四条　本规定自发布之日起施行。',
].join('\n');

let app: TestApp;
let drafter: Session;
let reviewer: Session;
let counsel: Session;
let leader: Session;
let documentId: string;
let versionId: string;

const transition = (session: Session, event: Record<string, unknown>) =>
  app.call(session, 'workflow.transition', { documentId, event: event as never });

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-04-30T02:00:00.000Z');
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'reviewer', ['reviewer']);
  await createUser(app, admin, 'counsel', ['counsel']);
  await createUser(app, admin, 'leader', ['leader']);
  drafter = await signIn(app, 'drafter');
  reviewer = await signIn(app, 'reviewer');
  counsel = await signIn(app, 'counsel');
  leader = await signIn(app, 'leader');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '关于进一步加强规模以上企业统计报表报送管理的规定',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  const blocks: Block[] = plainTextToBlocks(TEXT);
  expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: 0 }));
  versionId = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '送审稿' })).id;
});
afterAll(() => app.close());

describe('a legality review from submission to sign-off', () => {
  test('the review cannot start before the required materials are complete', async () => {
    expectOk(await transition(drafter, { type: 'SUBMIT', versionId }));
    const view = expectOk(await app.call(reviewer, 'workflow.get', { documentId }));
    expect(view.state).toBe('submitted');
    const start = view.events.find((event) => event.type === 'START_REVIEW');
    expect(start?.blockedReason).toMatch(/起草说明|材料/);
    expect(
      expectError(await transition(reviewer, { type: 'START_REVIEW' }), 'INVALID_STATE').message,
    ).toMatch(/材料/);
  });

  test('only a reviewer may start it; then the clock runs in working days from materials-complete', async () => {
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
    expectError(await transition(drafter, { type: 'START_REVIEW' }), 'FORBIDDEN');
    const view = expectOk(await transition(reviewer, { type: 'START_REVIEW' }));
    expect(view.state).toBe('in_review');
    const [reviewCase] = expectOk(await app.call(reviewer, 'reviews.list', { mine: true }));
    // RULES.md §10: materials complete 2026-04-30, 5 working days over the May holiday → 2026-05-11 (minimum).
    expect(reviewCase?.materialsCompleteOn).toBe('2026-04-30');
    expect(reviewCase?.earliestConclusionOn).toBe('2026-05-11');
    expect((reviewCase?.dueOn ?? '') > '2026-05-11').toBe(true);
  });

  test('the pre-check finds the repealed regulation and the fine, and a finding taken in marks the checklist', async () => {
    const [summary] = expectOk(await app.call(reviewer, 'reviews.list', { documentId }));
    if (!summary) throw new Error('no case');
    const detail = expectOk(await app.call(reviewer, 'reviews.get', { caseId: summary.id }));
    const repealed = detail.findings.find((finding) => finding.ruleId === 'citation.repealed');
    const fine = detail.findings.find((finding) => finding.ruleId === 'power.penalty');
    expect(repealed?.message).toContain('统计法实施条例');
    expect(fine?.label).toBe('第三条');
    expectError(
      await app.call(reviewer, 'reviews.decideFinding', { findingId: repealed?.id ?? '', accept: false }),
      'INVALID_INPUT',
    );
    const after = expectOk(
      await app.call(reviewer, 'reviews.decideFinding', { findingId: fine?.id ?? '', accept: true }),
    );
    const element = after.items.find((item) => item.element.id === fine?.elementId);
    expect(element?.verdict).toBe('nonconforming');
    expect(element?.note).toContain('第三条');
    expectOk(
      await app.call(reviewer, 'reviews.addSuggestion', {
        caseId: summary.id,
        label: '第三条',
        original: '企业迟报统计报表的，每迟报一次处以2000元罚款。',
        suggestion: '删除本条，依照《中华人民共和国统计法》第四十四条处理。',
      }),
    );
    expectOk(
      await app.call(reviewer, 'reviews.setOpinion', {
        caseId: summary.id,
        opinion: '请按具体修改意见修改后提交审议。',
      }),
    );
  });

  test('deliberation is refused before a conclusion; 修改后提交 allows it; the 审核意见书 reads back', async () => {
    expectError(
      await transition(leader, {
        type: 'RECORD_DELIBERATION',
        meetingType: '局长办公会议',
        meetingName: '2026年第5次局长办公会议',
        attendees: ['张局长'],
        decision: 'approved',
      }),
      'INVALID_STATE',
    );
    app.clock.set('2026-05-12T02:00:00.000Z');
    const concluded = expectOk(
      await transition(reviewer, { type: 'CONCLUDE_REVIEW', conclusion: 'LAWFUL_WITH_CHANGES' }),
    );
    expect(concluded.state).toBe('reviewed');
    const [summary] = expectOk(await app.call(reviewer, 'reviews.list', { documentId }));
    const file = expectOk(await app.call(reviewer, 'reviews.exportOpinion', { caseId: summary?.id ?? '' }));
    const xml = await documentXml(Buffer.from(file.data, 'base64'));
    expect(xml).toContain('关于《关于进一步加强规模以上企业统计报表报送管理的规定》的合法性审核意见书');
    expect(file.fileName).toBe(
      '关于《关于进一步加强规模以上企业统计报表报送管理的规定》的合法性审核意见书.docx',
    );
    expect(xml).toContain('审核结论：修改后提交');
    expect(xml).toContain('删除本条，依照《中华人民共和国统计法》第四十四条处理。');
    expect(xml).toContain('综合统计科：');
  });

  test('counsel signs the exact version; the signature turns stale when a newer version is saved', async () => {
    expectError(
      await app.call(counsel, 'signoffs.sign', {
        documentId,
        versionId,
        opinion: 'agree_with_changes',
        text: '同意审核意见。',
        password: 'wrong',
      }),
      'BAD_CREDENTIALS',
    );
    const signed = expectOk(
      await app.call(counsel, 'signoffs.sign', {
        documentId,
        versionId,
        opinion: 'agree_with_changes',
        text: '同意审核意见，第三条应删除。',
        password: 'secret-password-1',
      }),
    );
    expect(signed).toMatchObject({ valid: true, stale: false, signerRole: 'counsel' });
    const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    const revised = draft.blocks.filter((block) => !block.runs[0]?.text.startsWith('第三条'));
    expectOk(
      await app.call(drafter, 'drafts.save', { documentId, blocks: revised, revision: draft.revision }),
    );
    expectOk(await app.call(drafter, 'versions.save', { documentId, label: '修改稿' }));
    const [after] = expectOk(await app.call(drafter, 'signoffs.list', { documentId }));
    expect(after).toMatchObject({ valid: true, stale: true });
  });

  test('a tampered signature or signed text is detected', async () => {
    app.deps.db.exec('DROP TRIGGER signoffs_no_update');
    app.deps.db.prepare("UPDATE signoffs SET text = '完全同意。'").run();
    const [tampered] = expectOk(await app.call(drafter, 'signoffs.list', { documentId }));
    expect(tampered?.valid).toBe(false);
  });
});

test('a case past its due date counts as overdue even on the weekend right after', async () => {
  const [summary] = expectOk(await app.call(reviewer, 'reviews.list', { documentId }));
  if (!summary) throw new Error('no case');
  app.deps.db.prepare("UPDATE review_cases SET due_on = '2026-05-15'").run();
  app.clock.set('2026-05-16T02:00:00.000Z');
  const [overdue] = expectOk(await app.call(reviewer, 'reviews.list', { documentId }));
  expect(overdue?.workingDaysLeft).toBeLessThan(0);
  app.clock.set('2026-05-13T02:00:00.000Z');
  const [pending] = expectOk(await app.call(reviewer, 'reviews.list', { documentId }));
  expect(pending?.workingDaysLeft).toBe(2);
});
