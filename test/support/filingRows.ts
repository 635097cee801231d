import { createHash } from 'node:crypto';
import type { Session } from '../../src/main/api/context';
import { insertFilingPackage } from '../../src/main/db/repos/filingPackages';
import { insertIssuance } from '../../src/main/db/repos/issuances';
import type { TestApp } from './app';
import { expectOk } from './session';

/**
 * Issued and filed documents for tests that only read them (the 目录). The document and its version go
 * through the real services; the issuance, the package and the submissions are written as plain rows,
 * because the issuance and filing-register services that write them in the app are built alongside.
 */

export interface IssuedDocument {
  title: string;
  docNumber: string;
  registrationNumber?: string | null;
  publishedOn: string;
  effectiveOn: string;
  validUntil?: string | null;
  filingDueOn?: string | null;
  issuingAuthority?: string;
}

/** Registers a document, saves its 正式文本 as a version and records its issuance; returns its id. */
export async function issueDocument(app: TestApp, drafter: Session, issued: IssuedDocument): Promise<string> {
  const document = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: issued.title,
      draftingUnit: '法制科',
      issuingAuthority: issued.issuingAuthority ?? '某区统计局',
    }),
  );
  const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId: document.id }));
  expectOk(
    await app.call(drafter, 'drafts.save', {
      documentId: document.id,
      revision: draft.revision,
      blocks: [
        { id: 't1', kind: 'title', runs: [{ text: issued.title }] },
        { id: 'p1', kind: 'paragraph', runs: [{ text: '第一条　为了规范统计工作，制定本办法。' }] },
      ],
    }),
  );
  const version = expectOk(
    await app.call(drafter, 'versions.save', { documentId: document.id, label: '正式文本' }),
  );
  insertIssuance(app.deps.db, {
    documentId: document.id,
    versionId: version.id,
    deliberationId: null,
    docNumber: issued.docNumber,
    registrationNumber: issued.registrationNumber ?? null,
    publishedOn: issued.publishedOn,
    effectiveOn: issued.effectiveOn,
    validUntil: issued.validUntil ?? null,
    shortEffectReason: '',
    publishedIn: ['政府网站'],
    filingDueOn: issued.filingDueOn ?? null,
    approvedBy: firstUserId(app),
    approvedAt: `${issued.publishedOn}T01:00:00.000Z`,
  });
  return document.id;
}

function firstUserId(app: TestApp): string {
  return app.deps.db.prepare('SELECT id FROM users ORDER BY rowid LIMIT 1').pluck().get() as string;
}

export interface Submission {
  recipient: string;
  round?: number;
  sentOn: string;
  dueOn: string;
  late?: boolean;
  state: 'awaiting' | 'filed' | 'correction' | 'refused' | 'superseded';
  outcome?: string | null;
  outcomeLabel?: string | null;
  outcomeOn?: string | null;
}

let packages = 0;

/**
 * One filing submission with the package it sent. The filing register owns the filing_submissions repo
 * (built in parallel), so this writes the row with plain SQL.
 */
export function recordSubmission(app: TestApp, documentId: string, submission: Submission): void {
  const db = app.deps.db;
  const userId = firstUserId(app);
  const content = Buffer.from(`package ${++packages} of ${documentId}`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const packageId = `pkg-${packages}`;
  insertFilingPackage(
    db,
    {
      id: packageId,
      documentId,
      reportNumber: `区统规备〔2026〕${packages}号`,
      recipients: [submission.recipient],
      fileName: `备案材料-${packages}.zip`,
      size: content.length,
      sha256,
      manifest: '{}',
      overrideReason: '',
      builtAt: `${submission.sentOn}T01:00:00.000Z`,
      builtBy: userId,
    },
    content,
  );
  db.prepare(
    `INSERT INTO filing_submissions (id, document_id, package_id, package_sha256, round, recipient, method, sent_on,
       due_on, late, state, outcome, outcome_label, outcome_on, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'electronic', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    `sub-${packages}`,
    documentId,
    packageId,
    sha256,
    submission.round ?? 1,
    submission.recipient,
    submission.sentOn,
    submission.dueOn,
    submission.late ? 1 : 0,
    submission.state,
    submission.outcome ?? null,
    submission.outcomeLabel ?? null,
    submission.outcomeOn ?? null,
    `${submission.sentOn}T01:00:00.000Z`,
    userId,
    `${submission.sentOn}T01:00:00.000Z`,
  );
}
