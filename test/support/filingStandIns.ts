import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { Session } from '../../src/main/api/context';
import type { Db } from '../../src/main/db/connection';
import { setDocumentNumber, setDocumentStatus } from '../../src/main/db/repos/documents';
import { insertDeliberation } from '../../src/main/db/repos/deliberations';
import { insertFilingPackage } from '../../src/main/db/repos/filingPackages';
import { insertIssuance } from '../../src/main/db/repos/issuances';
import { findWorkflow, putWorkflow } from '../../src/main/db/repos/workflowContexts';
import type { DocumentKind } from '../../src/shared/domain/documentKinds';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import type { TestApp } from './app';
import { expectOk } from './session';

/** The people of a filing test: each signed in with one role. */
export interface FilingCast {
  drafter: Session;
  reviewer: Session;
  leader: Session;
  /** The leader's account id, who signs the issuance (签发). */
  leaderId: string;
}

const PARTY_DIMENSIONS = {
  political: { hasProblem: false },
  compliance: { hasProblem: false },
  reasonableness: { hasProblem: false },
  standardization: { hasProblem: false },
};

/**
 * A document brought to 审核完成 through the real services: registered, drafted, saved as a version,
 * submitted with its required materials, reviewed and concluded lawful (the clock must stand on a day
 * after the minimum review period, or the conclusion carries a reason).
 */
export async function reviewedDocument(
  app: TestApp,
  cast: FilingCast,
  options: { kind: DocumentKind; title: string },
): Promise<{ documentId: string; versionId: string }> {
  const { drafter, reviewer } = cast;
  const { id: documentId } = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: options.kind,
      title: options.title,
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  );
  const text = `${options.title}\n第一条\u3000为规范统计工作，制定本规定。\n第二条\u3000本规定自印发之日起施行。`;
  expectOk(
    await app.call(drafter, 'drafts.save', { documentId, blocks: plainTextToBlocks(text), revision: 0 }),
  );
  const { id: versionId } = expectOk(
    await app.call(drafter, 'versions.save', { documentId, label: '送审稿' }),
  );
  const transition = (session: Session, event: Record<string, unknown>) =>
    app.call(session, 'workflow.transition', { documentId, event: event as never });
  expectOk(await transition(drafter, { type: 'SUBMIT', versionId }));
  const materials = expectOk(await app.call(drafter, 'materials.list', { documentId }));
  for (const check of materials.checks) {
    if (!check.required || check.stage !== 'review' || check.present) continue;
    if (check.kind === 'legal_basis') {
      expectOk(await app.call(drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' }));
    } else {
      expectOk(
        await app.call(drafter, 'materials.upload', {
          documentId,
          materialKind: check.kind as never,
          fileName: `${check.kind}.txt`,
          data: Buffer.from('材料').toString('base64'),
        }),
      );
    }
  }
  expectOk(await transition(reviewer, { type: 'START_REVIEW' }));
  const party = options.kind === 'party_normative';
  expectOk(
    await transition(reviewer, {
      type: 'CONCLUDE_REVIEW',
      conclusion: party ? 'PARTY_PASSED' : 'LAWFUL',
      shortenedReason: '材料齐全、事项简单，提前作出结论。',
      ...(party ? { dimensions: PARTY_DIMENSIONS } : {}),
    }),
  );
  return { documentId, versionId };
}

/**
 * Stands for the deliberation and issuance services, which are built in parallel: writes the
 * deliberation and the issuance with their repos, and moves the stored workflow to 印发 as the machine's
 * ISSUE step would. (Once those services are merged, this setup goes through them instead.)
 */
export function standInIssuance(
  db: Db,
  cast: FilingCast,
  document: { documentId: string; versionId: string },
  issue: { docNumber: string; registrationNumber: string | null; publishedOn: string; filingDueOn: string },
): void {
  const { documentId, versionId } = document;
  const at = `${issue.publishedOn}T01:00:00.000Z`;
  const deliberationId = `delib-${documentId}`;
  insertDeliberation(db, {
    id: deliberationId,
    documentId,
    versionId,
    meetingType: '局务会议',
    meetingName: '局务会议',
    heldOn: issue.publishedOn,
    attendees: ['局长', '副局长'],
    decision: 'approved',
    dissent: '',
    minutesAttachmentId: null,
    materials: [],
    recordedAt: at,
    recordedBy: cast.leaderId,
  });
  insertIssuance(db, {
    documentId,
    versionId,
    deliberationId,
    docNumber: issue.docNumber,
    registrationNumber: issue.registrationNumber,
    publishedOn: issue.publishedOn,
    effectiveOn: issue.publishedOn,
    validUntil: null,
    shortEffectReason: '',
    publishedIn: ['政府网站'],
    filingDueOn: issue.filingDueOn,
    approvedBy: cast.leaderId,
    approvedAt: at,
  });
  const stored = findWorkflow(db, documentId);
  const context = {
    ...(stored?.context ?? {}),
    deliberation: { heldOn: issue.publishedOn, decision: 'approved' },
    issuance: { publishedOn: issue.publishedOn, effectiveOn: issue.publishedOn, validUntil: null },
    filing: null,
  };
  putWorkflow(db, documentId, { context, submittedVersionId: stored?.submittedVersionId ?? versionId }, at);
  setDocumentNumber(db, documentId, issue.docNumber);
  setDocumentStatus(db, documentId, 'issued', at);
}

/** A small real .zip kept as a built package (the package service is built in parallel). */
export async function standInPackage(
  db: Db,
  cast: FilingCast,
  options: { id: string; documentId: string; recipients: string[]; builtAt: string; reportNumber: string },
): Promise<{ id: string; sha256: string }> {
  const zip = new JSZip();
  const manifest = JSON.stringify({ documentId: options.documentId, files: ['备案报告.docx'] });
  zip.file('manifest.json', manifest);
  zip.file('备案报告.docx', `备案报告 ${options.reportNumber}`);
  const content = await zip.generateAsync({ type: 'nodebuffer' });
  const sha256 = createHash('sha256').update(content).digest('hex');
  insertFilingPackage(
    db,
    {
      id: options.id,
      documentId: options.documentId,
      reportNumber: options.reportNumber,
      recipients: options.recipients,
      fileName: `备案材料-${options.reportNumber}.zip`,
      size: content.length,
      sha256,
      manifest,
      overrideReason: '',
      builtAt: options.builtAt,
      builtBy: cast.leaderId,
    },
    content,
  );
  return { id: options.id, sha256 };
}
