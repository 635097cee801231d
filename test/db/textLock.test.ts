import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import type { Block } from '../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { sampleDocx } from '../support/docxFixtures';
import { openTestApp, rowCounts as countRows, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';

/**
 * No text changes behind a conclusion: from 送审 until the review returns the text, after a conclusion
 * (until a requested revision is confirmed) and from 印发 on, every path that changes the text is refused
 * in main with the reason, and nothing is written.
 */

const TEXT = [
  '关于进一步加强规模以上企业统计报表报送管理的规定',
  '第一条　为进一步加强我区规模以上企业统计报表报送管理，根据《中华人民共和国统计法》，制定本规定。',
  '第二条　本规定适用于本区行政区域内纳入联网直报的规模以上企业。',
  '第三条　企业迟报统计报表的，每迟报一次处以2000元罚款。',
  '第四条　本规定自发布之日起施行。',
].join('\n');

let app: TestApp;
let drafter: Session;
let reviewer: Session;
let leader: Session;
let documentId: string;
let firstVersionId: string;
let docx: string;

const transition = (session: Session, event: Record<string, unknown>) =>
  app.call(session, 'workflow.transition', { documentId, event: event as never });

const TABLES = ['document_versions', 'drafts', 'attachments', 'events', 'audit_log'];

function rowCounts(): Record<string, number> {
  return countRows(app, TABLES);
}

async function draftOf(part: 'main' | 'explanation' = 'main') {
  return expectOk(await app.call(drafter, 'drafts.get', { documentId, part }));
}

/** Every channel that changes the text, each given input that would succeed in 起草 (read just before). */
async function textChanges(): Promise<Record<string, Awaited<ReturnType<typeof app.call>>>> {
  const results: Record<string, Awaited<ReturnType<typeof app.call>>> = {};
  const main = await draftOf();
  const edited: Block[] = [...main.blocks, ...plainTextToBlocks('第五条　新增的一条。')];
  results['drafts.save'] = await app.call(drafter, 'drafts.save', {
    documentId,
    blocks: edited,
    revision: main.revision,
  });
  results['drafts.save (起草说明)'] = await app.call(drafter, 'drafts.save', {
    documentId,
    part: 'explanation',
    blocks: plainTextToBlocks('起草说明'),
    revision: (await draftOf('explanation')).revision,
  });
  results['versions.save'] = await app.call(drafter, 'versions.save', { documentId, label: '修改稿' });
  results['versions.restore'] = await app.call(drafter, 'versions.restore', {
    versionId: firstVersionId,
    revision: (await draftOf()).revision,
  });
  results['imports.docx'] = await app.call(drafter, 'imports.docx', {
    documentId,
    fileName: '修改稿.docx',
    data: docx,
  });
  return results;
}

async function expectLocked(reason: string) {
  expect((await draftOf()).lockedReason).toContain(reason);
  const before = rowCounts();
  const results = await textChanges();
  for (const [channel, result] of Object.entries(results)) {
    const { message } = expectError(result, 'TEXT_LOCKED');
    expect(message.includes(reason) ? channel : `${channel}: ${message}`).toBe(channel);
  }
  expect(rowCounts()).toEqual(before);
}

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-04-30T02:00:00.000Z');
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'reviewer', ['reviewer']);
  await createUser(app, admin, 'leader', ['leader']);
  drafter = await signIn(app, 'drafter');
  reviewer = await signIn(app, 'reviewer');
  leader = await signIn(app, 'leader');
  docx = (await sampleDocx()).toString('base64');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '关于进一步加强规模以上企业统计报表报送管理的规定',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  expectOk(
    await app.call(drafter, 'drafts.save', { documentId, blocks: plainTextToBlocks(TEXT), revision: 0 }),
  );
  firstVersionId = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '送审稿' })).id;
});
afterAll(() => app.close());

describe('the text lock follows the workflow', () => {
  test('起草: every text-changing channel is open', async () => {
    expect((await draftOf()).lockedReason).toBeNull();
  });

  test('送审: every text-changing channel is refused with the reason, nothing written', async () => {
    expectOk(await transition(drafter, { type: 'SUBMIT', versionId: firstVersionId }));
    await expectLocked('文件已送审，合法性审核期间文本锁定');
  });

  test('退回补正 opens it again; a new submission locks it for the review', async () => {
    expectOk(await transition(reviewer, { type: 'RETURN', reason: '缺少起草说明' }));
    expect((await draftOf()).lockedReason).toBeNull();
    for (const result of Object.values(await textChanges())) expectOk(result);
    expectOk(await transition(drafter, { type: 'REVISE' }));
    const { versions } = expectOk(await app.call(drafter, 'documents.get', { id: documentId }));
    const newest = versions.reduce((a, b) => (b.seq > a.seq ? b : a));
    expect(newest.note).toContain('修改稿.docx');
    expectOk(await transition(drafter, { type: 'SUBMIT', versionId: newest.id }));
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
    expectOk(await transition(reviewer, { type: 'START_REVIEW' }));
    await expectLocked('文件已送审，合法性审核期间文本锁定');
  });

  test('修改后提交: deliberation waits for a revised version confirmed by the reviewer', async () => {
    app.clock.set('2026-05-12T02:00:00.000Z');
    expectOk(await transition(reviewer, { type: 'CONCLUDE_REVIEW', conclusion: 'LAWFUL_WITH_CHANGES' }));
    const deliberation = {
      type: 'RECORD_DELIBERATION',
      meetingType: '局长办公会议',
      meetingName: '2026年第5次局长办公会议',
      attendees: ['张局长', '李副局长'],
      decision: 'approved',
    };
    const blocked = expectOk(await app.call(leader, 'workflow.get', { documentId })).events.find(
      (event) => event.type === 'RECORD_DELIBERATION',
    );
    expect(blocked?.blockedReason).toContain('经审核人员确认');
    expect(expectError(await transition(leader, deliberation), 'INVALID_STATE').message).toContain(
      '应当按审核意见修改形成新版本',
    );

    const reviewed = expectOk(await app.call(reviewer, 'workflow.get', { documentId })).submittedVersionId;
    expect(
      expectError(
        await transition(reviewer, { type: 'CONFIRM_REVISION', versionId: reviewed }),
        'INVALID_STATE',
      ).message,
    ).toContain('尚未按审核意见修改');

    // The conclusion opens the text to the drafter for the requested changes.
    expect((await draftOf()).lockedReason).toBeNull();
    const draft = await draftOf();
    const revised = [...draft.blocks, ...plainTextToBlocks('第六条　按审核意见补充的条款。')];
    expectOk(
      await app.call(drafter, 'drafts.save', { documentId, blocks: revised, revision: draft.revision }),
    );
    const revision = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '修改稿' }));

    expectError(await transition(drafter, { type: 'CONFIRM_REVISION', versionId: revision.id }), 'FORBIDDEN');
    expect(
      expectError(
        await transition(reviewer, { type: 'CONFIRM_REVISION', versionId: firstVersionId }),
        'INVALID_STATE',
      ).message,
    ).toContain('只能确认最新的版本');
    const confirmed = expectOk(
      await transition(reviewer, { type: 'CONFIRM_REVISION', versionId: revision.id, note: '已补充第六条' }),
    );
    expect(confirmed.submittedVersionId).toBe(revision.id);
    expect(confirmed.context.review).toMatchObject({ revisionConfirmedOn: '2026-05-12' });
    await expectLocked('修改稿已经审核人员确认，文本锁定');
    expectError(
      await transition(reviewer, { type: 'CONFIRM_REVISION', versionId: revision.id }),
      'INVALID_STATE',
    );

    expect(expectOk(await transition(leader, deliberation)).state).toBe('deliberated');
    await expectLocked('文件已经集体审议，文本锁定');
  });

  test('印发 locks the text for good', async () => {
    expectOk(
      await app.call(drafter, 'materials.upload', {
        documentId,
        materialKind: 'deliberation_record',
        fileName: '局长办公会议纪要.txt',
        data: Buffer.from('纪要').toString('base64'),
      }),
    );
    const issued = expectOk(
      await transition(leader, {
        type: 'ISSUE',
        publishedOn: '2026-05-25',
        effectiveOn: '2026-07-01',
        publishedIn: ['政府网站'],
      }),
    );
    expect(issued.state).toBe('issued');
    await expectLocked('文件已印发，文本锁定');
  });
});
