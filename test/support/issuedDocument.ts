import type { Session } from '../../src/main/api/context';
import { insertDeliberation } from '../../src/main/db/repos/deliberations';
import { setDocumentStatus } from '../../src/main/db/repos/documents';
import { insertIssuance } from '../../src/main/db/repos/issuances';
import { DOCX_MEDIA_TYPE } from '../../src/main/export/gbt9704';
import type { Block } from '../../src/shared/domain/blocks';
import type { TestApp } from './app';
import { sampleDocx } from './docxFixtures';
import { createUser, expectOk, setupAdmin, signIn } from './session';

export interface IssuedDocument {
  admin: Session;
  drafter: Session;
  reviewer: Session;
  counsel: Session;
  documentId: string;
  /** The version reviewed and issued (the 正式文本). */
  versionId: string;
  /** An earlier version, for the 修改对照表. */
  firstVersionId: string;
}

/**
 * A 行政规范性文件 brought through the real services to a concluded review (LAWFUL) with counsel's
 * sign-off on the reviewed version and the roster signed by the administrator; then the deliberation and
 * issuance rows are written with their repos to stand for an issued document.
 * TODO(issue 12): switch the deliberation and issuance to the issuance service once it is merged.
 */
export async function issuedDocument(app: TestApp, blocks: Block[]): Promise<IssuedDocument> {
  app.clock.set('2026-04-30T02:00:00.000Z');
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'reviewer', ['reviewer']);
  await createUser(app, admin, 'counsel', ['counsel']);
  const drafter = await signIn(app, 'drafter');
  const reviewer = await signIn(app, 'reviewer');
  const counsel = await signIn(app, 'counsel');
  const documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '某区统计数据质量管理办法',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  const [first, ...rest] = blocks;
  expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks: [first as Block], revision: 0 }));
  const firstVersionId = expectOk(
    await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿' }),
  ).id;
  const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
  expectOk(
    await app.call(drafter, 'drafts.save', {
      documentId,
      blocks: [first as Block, ...rest],
      revision: draft.revision,
    }),
  );
  const versionId = expectOk(await app.call(drafter, 'versions.save', { documentId, label: '送审稿' })).id;
  const transition = (session: Session, event: Record<string, unknown>) =>
    app.call(session, 'workflow.transition', { documentId, event: event as never });
  expectOk(await transition(drafter, { type: 'SUBMIT', versionId }));
  expectOk(
    await app.call(drafter, 'materials.upload', {
      documentId,
      materialKind: 'drafting_explanation',
      fileName: '起草说明.docx',
      mediaType: DOCX_MEDIA_TYPE,
      data: (await sampleDocx()).toString('base64'),
    }),
  );
  expectOk(
    await app.call(drafter, 'materials.upload', {
      documentId,
      materialKind: 'consultation',
      fileName: '征求意见情况.txt',
      data: Buffer.from('征求意见情况').toString('base64'),
    }),
  );
  expectOk(
    await app.call(drafter, 'legalBases.add', {
      documentId,
      lawTitle: '中华人民共和国统计法',
      article: '第七条',
    }),
  );
  expectOk(await transition(reviewer, { type: 'START_REVIEW' }));
  app.clock.set('2026-05-12T02:00:00.000Z');
  expectOk(await transition(reviewer, { type: 'CONCLUDE_REVIEW', conclusion: 'LAWFUL' }));
  expectOk(
    await app.call(counsel, 'signoffs.sign', {
      documentId,
      versionId,
      opinion: 'agree',
      text: '经审查，同意印发。',
      password: 'secret-password-1',
    }),
  );
  expectOk(await app.call(admin, 'keyRoster.sign', { password: 'admin-password-1' }));

  // Stands for 集体审议 and 签发 until the issuance service is merged.
  const db = app.deps.db;
  const at = app.clock.now().toISOString();
  const adminId = admin.accountId ?? '';
  insertDeliberation(db, {
    id: 'deliberation-1',
    documentId,
    versionId,
    meetingType: '局务会议',
    meetingName: '2026年第5次局务会议',
    heldOn: '2026-05-20',
    attendees: ['局长', '副局长'],
    decision: 'approved',
    dissent: '',
    minutesAttachmentId: null,
    materials: [],
    recordedAt: at,
    recordedBy: adminId,
  });
  insertIssuance(db, {
    documentId,
    versionId,
    deliberationId: 'deliberation-1',
    docNumber: '某统〔2026〕7号',
    registrationNumber: '某统规〔2026〕001',
    publishedOn: '2026-06-01',
    effectiveOn: '2026-07-01',
    validUntil: '2031-06-30',
    shortEffectReason: '',
    publishedIn: ['政府网站'],
    filingDueOn: null,
    approvedBy: adminId,
    approvedAt: at,
  });
  setDocumentStatus(db, documentId, 'issued', at);
  app.clock.set('2026-06-05T02:00:00.000Z');
  return { admin, drafter, reviewer, counsel, documentId, versionId, firstVersionId };
}
