import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { CHANNELS, checkAccess, contract, type Channel, type ChannelInput } from '../../src/shared/api';
import { ROLES, type Role } from '../../src/shared/domain/roles';
import { auditCount, openTestApp, type TestApp } from '../support/app';
import { lawKey } from '../../src/shared/domain/laws';
import { WORKFLOW_EVENT_ROLES } from '../../src/shared/domain/workflow/roles';
import { sampleDocx } from '../support/docxFixtures';
import { AGENCY, DEFAULT_PASSWORD, createUser, expectOk, setupAdmin, signIn } from '../support/session';

/** What an example input may refer to: rows that exist in the workspace of the test. */
interface Fixture {
  documentId: string;
  targetUserId: string;
  ownUsername: string;
  versionId: string;
  annotationId: string;
  attachmentId: string;
  legalBasisId: string;
  docxBase64: string;
}

const ARTICLE = '第一条　为了规范统计执法检查工作，制定本规定。';
const DRAFT_BLOCKS = [
  { id: 't1', kind: 'title' as const, runs: [{ text: '某区统计局统计执法检查规定' }] },
  { id: 'p1', kind: 'paragraph' as const, runs: [{ text: ARTICLE }] },
];
const QUOTE = {
  blockId: 'p1',
  start: 3,
  end: 9,
  exact: ARTICLE.slice(3, 9),
  prefix: ARTICLE.slice(0, 3),
  suffix: ARTICLE.slice(9),
};

/**
 * A valid input for every channel. Typed by the contract, and checked against CHANNELS at run time, so a
 * new channel cannot be added without saying how to call it here.
 */
const EXAMPLES: { [C in Channel]: (fx: Fixture) => ChannelInput<C> } = {
  'setup.status': () => ({}),
  'setup.initialize': () => ({
    agency: AGENCY,
    admin: {
      username: 'second-admin',
      displayName: '第二管理员',
      password: DEFAULT_PASSWORD,
      roles: ['admin'],
    },
  }),
  'auth.me': () => ({}),
  'auth.signIn': (fx) => ({ username: fx.ownUsername, password: DEFAULT_PASSWORD }),
  'auth.signOut': () => ({}),
  'auth.changePassword': () => ({ currentPassword: DEFAULT_PASSWORD, newPassword: DEFAULT_PASSWORD }),
  'users.list': () => ({}),
  'users.create': () => ({
    username: 'newcomer',
    displayName: '新同事',
    password: DEFAULT_PASSWORD,
    roles: ['drafter'],
  }),
  'users.update': (fx) => ({ id: fx.targetUserId, displayName: '改名后的同事' }),
  'users.resetPassword': (fx) => ({ id: fx.targetUserId, password: 'a-new-password-2' }),
  'settings.getAgency': () => ({}),
  'settings.updateAgency': () => ({ agencyName: '某市某区统计局（新）', agencyCode: '某统' }),
  'documents.list': () => ({ kind: 'admin_normative', sort: 'title', order: 'asc' }),
  'documents.get': (fx) => ({ id: fx.documentId }),
  'documents.create': () => ({
    kind: 'admin_normative',
    title: '关于规范统计调查项目管理的通知',
    draftingUnit: '法制科',
    issuingAuthority: '某区统计局',
  }),
  'documents.update': (fx) => ({ id: fx.documentId, title: '关于进一步规范统计调查项目管理的通知' }),
  'drafts.get': (fx) => ({ documentId: fx.documentId }),
  'drafts.save': (fx) => ({ documentId: fx.documentId, blocks: DRAFT_BLOCKS, revision: 0 }),
  'versions.save': (fx) => ({ documentId: fx.documentId, label: '送审稿' }),
  'versions.get': (fx) => ({ id: fx.versionId }),
  'versions.restore': (fx) => ({ versionId: fx.versionId, revision: 0 }),
  'versions.exportDocx': (fx) => ({ versionId: fx.versionId }),
  'imports.docx': (fx) => ({ documentId: fx.documentId, fileName: '执法检查规定.docx', data: fx.docxBase64 }),
  'materials.list': (fx) => ({ documentId: fx.documentId }),
  'materials.upload': (fx) => ({
    documentId: fx.documentId,
    materialKind: 'consultation',
    fileName: '征求意见情况.txt',
    mediaType: 'text/plain',
    data: Buffer.from('征求意见情况说明').toString('base64'),
  }),
  'materials.download': (fx) => ({ id: fx.attachmentId }),
  'materials.withdraw': (fx) => ({ id: fx.attachmentId, reason: '上传错误' }),
  'legalBases.add': (fx) => ({
    documentId: fx.documentId,
    lawTitle: '《中华人民共和国统计法》',
    article: '第三十四条',
  }),
  'legalBases.remove': (fx) => ({ id: fx.legalBasisId }),
  'annotations.list': (fx) => ({ documentId: fx.documentId, versionId: fx.versionId }),
  'annotations.create': (fx) => ({
    documentId: fx.documentId,
    versionId: fx.versionId,
    selector: QUOTE,
    body: '依据是否充分？',
  }),
  'annotations.reply': (fx) => ({ annotationId: fx.annotationId, body: '已补充依据。' }),
  'annotations.resolve': (fx) => ({ annotationId: fx.annotationId }),
  'annotations.reopen': (fx) => ({ annotationId: fx.annotationId }),
  'compare.run': (fx) => ({ documentId: fx.documentId, fromVersionId: fx.versionId, toVersionId: null }),
  'compare.saveNote': (fx) => ({
    documentId: fx.documentId,
    fromVersionId: fx.versionId,
    toVersionId: fx.versionId,
    noteKey: 'p1>p1',
    note: '依据上位法修改',
  }),
  'compare.export': (fx) => ({
    documentId: fx.documentId,
    fromVersionId: fx.versionId,
    toVersionId: null,
    format: 'table',
  }),
  'workflow.get': (fx) => ({ documentId: fx.documentId }),
  'fairCompetition.get': (fx) => ({ documentId: fx.documentId }),
  'fairCompetition.answer': (fx) => ({ documentId: fx.documentId, touchesBusiness: true }),
  'fairCompetition.record': (fx) => ({
    documentId: fx.documentId,
    conclusion: 'compliant',
    reviewedOn: '2025-03-01',
  }),
  'workflow.transition': (fx) => ({
    documentId: fx.documentId,
    event: { type: 'SUBMIT', versionId: fx.versionId },
  }),
  'filings.list': () => ({ view: 'to_submit' }),
  'filings.forDocument': (fx) => ({ documentId: fx.documentId }),
  'filings.due': () => ({}),
  'filings.submit': (fx) => ({ documentId: fx.documentId, packageId: 'no-such-package', method: 'paper' }),
  'filings.recordOutcome': () => ({ submissionId: 'no-such-submission', outcome: 'REGISTERED' }),
  'filings.addLetter': () => ({
    submissionId: 'no-such-submission',
    kind: 'explanation_request',
    datedOn: '2025-03-01',
    text: '请说明第三条的依据。',
  }),
  'issuance.preview': (fx) => ({ documentId: fx.documentId, publishedOn: '2026-05-25' }),
  'reviews.list': () => ({ mine: true }),
  'reviews.get': () => ({ caseId: 'no-such-case' }),
  'reviews.setItem': () => ({ caseId: 'no-such-case', elementId: 'issuing_body', verdict: 'conforming' }),
  'reviews.decideFinding': () => ({ findingId: 'no-such-finding', accept: true }),
  'reviews.rerunPrecheck': () => ({ caseId: 'no-such-case' }),
  'reviews.addSuggestion': () => ({ caseId: 'no-such-case', suggestion: '删除本条。' }),
  'reviews.removeSuggestion': () => ({ id: 'no-such-suggestion' }),
  'reviews.setOpinion': () => ({ caseId: 'no-such-case', opinion: '同意。' }),
  'reviews.exportOpinion': () => ({ caseId: 'no-such-case' }),
  'reviews.assignLetterNumber': () => ({ caseId: 'no-such-case' }),
  'signoffs.list': (fx) => ({ documentId: fx.documentId }),
  'signoffs.sign': (fx) => ({
    documentId: fx.documentId,
    versionId: fx.versionId,
    opinion: 'agree',
    text: '同意。',
    password: DEFAULT_PASSWORD,
  }),
  'signoffs.export': () => ({ id: 'no-such-signoff' }),
  'signingKeys.getOwn': () => ({}),
  'keyRoster.get': () => ({}),
  'keyRoster.sign': () => ({ password: DEFAULT_PASSWORD }),
  'keyRoster.export': () => ({}),
  'filingPackages.check': (fx) => ({ documentId: fx.documentId }),
  'filingPackages.build': (fx) => ({
    documentId: fx.documentId,
    recipients: ['区人民政府'],
    password: DEFAULT_PASSWORD,
  }),
  'filingPackages.list': (fx) => ({ documentId: fx.documentId }),
  'filingPackages.download': () => ({ id: 'no-such-package' }),
  'rules.get': () => ({}),
  'rules.setProfile': () => ({ id: 'national-default' }),
  'rules.importHolidays': () => ({ file: { year: 2027, holidays: ['2027-01-01'], workdays: [] } }),
  'calendar.deadline': () => ({ from: '2026-04-30', count: 5, unit: 'working' }),
  'laws.search': () => ({ q: '统计法' }),
  'laws.setStatus': () => ({ id: lawKey('中华人民共和国统计法'), status: '有效' }),
  'laws.mark': () => ({ title: '《统计法》', change: 'amended', changedOn: '2026-01-01' }),
  'laws.importChanges': () => ({
    content: JSON.stringify([{ title: '统计法', change: 'amended', changedOn: '2026-01-01' }]),
  }),
  'laws.changes': () => ({}),
  'laws.changeImpact': () => ({ id: 'no-such-change' }),
  'laws.changeAlerts': () => ({}),
  'citations.reindex': () => ({}),
  'search.query': () => ({ q: '罚款' }),
  'search.reindex': () => ({}),
  'catalogs.preview': () => ({ year: 2026, quarter: 1 }),
  'catalogs.export': () => ({ year: 2026, format: 'xlsx' }),
  'decisionCatalogs.get': () => ({ year: 2026 }),
  'decisionCatalogs.create': () => ({ year: 2026 }),
  'decisionCatalogs.addItem': () => ({
    year: 2026,
    name: '某区统计发展规划（2026—2030年）',
    decisionType: 'important_plan',
    leadUnit: '综合统计科',
    plannedCompletion: '2026-06',
  }),
  'decisionCatalogs.updateItem': () => ({
    itemId: 'no-such-item',
    name: '某区统计发展规划',
    decisionType: 'important_plan',
    leadUnit: '综合统计科',
    plannedCompletion: '2026-09',
  }),
  'decisionCatalogs.removeItem': () => ({ itemId: 'no-such-item' }),
  'decisionCatalogs.recordCheck': () => ({
    year: 2026,
    on: '2025-03-01',
    opinion: '目录事项符合第三条规定。',
  }),
  'decisionCatalogs.recordApproval': () => ({ year: 2026, on: '2025-03-01', reference: '区委常委会会议' }),
  'decisionCatalogs.publish': () => ({ year: 2026, on: '2025-03-01', channels: ['政府网站'] }),
  'decisionCatalogs.export': () => ({ year: 2026 }),
  'cleanup.list': () => ({}),
  'cleanup.get': () => ({ campaignId: 'no-such-campaign' }),
  'cleanup.preview': () => ({ scope: { kinds: ['admin_normative'] } }),
  'cleanup.create': () => ({ kind: 'periodic', name: '2026年定期清理', scope: {}, dueOn: '2099-12-31' }),
  'cleanup.rescope': () => ({ campaignId: 'no-such-campaign', scope: { yearFrom: 2020 } }),
  'cleanup.decide': (fx) => ({
    campaignId: 'no-such-campaign',
    documentIds: [fx.documentId],
    disposition: 'continue',
    reason: '符合上位法规定',
  }),
  'cleanup.approve': (fx) => ({ campaignId: 'no-such-campaign', documentIds: [fx.documentId] }),
  'cleanup.apply': () => ({ campaignId: 'no-such-campaign' }),
  'cleanup.export': () => ({ campaignId: 'no-such-campaign', catalog: 'repeal', format: 'docx' }),
  'validity.list': () => ({ view: 'all' }),
  'validity.summary': () => ({}),
  'validity.forDocument': (fx) => ({ documentId: fx.documentId }),
  'disclosure.get': (fx) => ({ documentId: fx.documentId }),
  'disclosure.recordRequest': (fx) => ({ documentId: fx.documentId, receivedOn: '2025-03-03' }),
  'disclosure.recordExtension': (fx) => ({
    documentId: fx.documentId,
    workingDays: 20,
    reason: '需要调取档案',
    notifiedOn: '2025-03-04',
  }),
  'disclosure.recordConsultation': (fx) => ({
    documentId: fx.documentId,
    thirdParty: '某公司',
    fromOn: '2025-03-04',
    toOn: '2025-03-05',
  }),
  'disclosure.recordAnswer': (fx) => ({ documentId: fx.documentId, answeredOn: '2025-03-05' }),
  'disclosure.proactive': (fx) => ({ documentId: fx.documentId }),
  'disclosure.recordProactive': (fx) => ({
    documentId: fx.documentId,
    disclosedOn: '2025-03-05',
    channel: '政府网站',
  }),
  'disclosure.clocks': () => ({}),
  'stats.get': () => ({ year: 2026 }),
  'stats.documents': () => ({ year: 2026, key: 'documents' }),
  'audit.list': () => ({ page: 1, pageSize: 20 }),
  'audit.verify': () => ({}),
  'audit.export': () => ({}),
};

type Principal = Role | 'signedOut';
const PRINCIPALS: Principal[] = [...ROLES, 'signedOut'];
const SIGNED_IN: Principal[] = [...ROLES];

/** The role matrix as the product defines it, written out independently of the contract. */
const EXPECTED_ALLOWED: Record<Channel, Principal[]> = {
  'setup.status': PRINCIPALS,
  'setup.initialize': PRINCIPALS,
  'auth.me': PRINCIPALS,
  'auth.signIn': PRINCIPALS,
  'auth.signOut': SIGNED_IN,
  'auth.changePassword': SIGNED_IN,
  'users.list': ['admin'],
  'users.create': ['admin'],
  'users.update': ['admin'],
  'users.resetPassword': ['admin'],
  'settings.getAgency': SIGNED_IN,
  'settings.updateAgency': ['admin'],
  'documents.list': SIGNED_IN,
  'documents.get': SIGNED_IN,
  'documents.create': ['drafter', 'reviewer'],
  'documents.update': ['drafter', 'reviewer'],
  'drafts.get': SIGNED_IN,
  'drafts.save': ['drafter'],
  'versions.save': ['drafter'],
  'versions.get': SIGNED_IN,
  'versions.restore': ['drafter'],
  'versions.exportDocx': SIGNED_IN,
  'imports.docx': ['drafter'],
  'materials.list': SIGNED_IN,
  'materials.upload': ['drafter', 'reviewer', 'leader'],
  'materials.download': SIGNED_IN,
  'materials.withdraw': ['drafter', 'reviewer'],
  'legalBases.add': ['drafter'],
  'legalBases.remove': ['drafter'],
  'annotations.list': SIGNED_IN,
  'annotations.create': ['drafter', 'reviewer', 'counsel', 'leader'],
  'annotations.reply': ['drafter', 'reviewer', 'counsel', 'leader'],
  'annotations.resolve': ['drafter', 'reviewer', 'counsel', 'leader'],
  'annotations.reopen': ['drafter', 'reviewer', 'counsel', 'leader'],
  'compare.run': SIGNED_IN,
  'compare.saveNote': ['drafter', 'reviewer'],
  'compare.export': SIGNED_IN,
  'workflow.get': SIGNED_IN,
  'fairCompetition.get': SIGNED_IN,
  'fairCompetition.answer': ['drafter', 'reviewer'],
  'fairCompetition.record': ['drafter', 'reviewer'],
  'workflow.transition': ['drafter', 'reviewer', 'counsel', 'leader'],
  'issuance.preview': SIGNED_IN,
  'reviews.list': SIGNED_IN,
  'reviews.get': SIGNED_IN,
  'reviews.setItem': ['reviewer'],
  'filings.list': SIGNED_IN,
  'filings.forDocument': SIGNED_IN,
  'filings.due': SIGNED_IN,
  'filings.submit': ['reviewer'],
  'filings.recordOutcome': ['reviewer'],
  'filings.addLetter': ['reviewer'],
  'reviews.decideFinding': ['reviewer'],
  'reviews.rerunPrecheck': ['reviewer'],
  'reviews.addSuggestion': ['reviewer'],
  'reviews.removeSuggestion': ['reviewer'],
  'reviews.setOpinion': ['reviewer'],
  'reviews.exportOpinion': SIGNED_IN,
  'reviews.assignLetterNumber': ['reviewer'],
  'signoffs.list': SIGNED_IN,
  'signoffs.sign': ['reviewer', 'counsel'],
  'signoffs.export': SIGNED_IN,
  'signingKeys.getOwn': SIGNED_IN,
  'keyRoster.get': ['admin'],
  'keyRoster.sign': ['admin'],
  'keyRoster.export': SIGNED_IN,
  'filingPackages.check': SIGNED_IN,
  'filingPackages.build': ['admin', 'drafter', 'reviewer'],
  'filingPackages.list': SIGNED_IN,
  'filingPackages.download': SIGNED_IN,
  'rules.get': SIGNED_IN,
  'rules.setProfile': ['admin'],
  'rules.importHolidays': ['admin'],
  'calendar.deadline': SIGNED_IN,
  'laws.search': SIGNED_IN,
  'laws.setStatus': ['admin', 'reviewer'],
  'laws.mark': ['admin', 'reviewer'],
  'laws.importChanges': ['admin', 'reviewer'],
  'laws.changes': SIGNED_IN,
  'laws.changeImpact': SIGNED_IN,
  'laws.changeAlerts': SIGNED_IN,
  'citations.reindex': ['admin'],
  'search.query': SIGNED_IN,
  'search.reindex': ['admin'],
  'catalogs.preview': SIGNED_IN,
  'catalogs.export': SIGNED_IN,
  'decisionCatalogs.get': SIGNED_IN,
  'decisionCatalogs.create': ['drafter', 'reviewer'],
  'decisionCatalogs.addItem': ['drafter', 'reviewer'],
  'decisionCatalogs.updateItem': ['drafter', 'reviewer'],
  'decisionCatalogs.removeItem': ['drafter', 'reviewer'],
  'decisionCatalogs.recordCheck': ['reviewer'],
  'decisionCatalogs.recordApproval': ['leader'],
  'decisionCatalogs.publish': ['reviewer'],
  'decisionCatalogs.export': SIGNED_IN,
  'cleanup.list': SIGNED_IN,
  'cleanup.get': SIGNED_IN,
  'cleanup.preview': SIGNED_IN,
  'cleanup.create': ['reviewer'],
  'cleanup.rescope': ['reviewer'],
  'cleanup.decide': ['reviewer'],
  'cleanup.approve': ['leader'],
  'cleanup.apply': ['leader'],
  'cleanup.export': SIGNED_IN,
  'validity.list': SIGNED_IN,
  'validity.summary': SIGNED_IN,
  'validity.forDocument': SIGNED_IN,
  'disclosure.get': SIGNED_IN,
  'disclosure.recordRequest': ['drafter', 'reviewer'],
  'disclosure.recordExtension': ['leader'],
  'disclosure.recordConsultation': ['drafter', 'reviewer'],
  'disclosure.recordAnswer': ['drafter', 'reviewer'],
  'disclosure.proactive': SIGNED_IN,
  'disclosure.recordProactive': ['drafter', 'reviewer'],
  'disclosure.clocks': SIGNED_IN,
  'stats.get': SIGNED_IN,
  'stats.documents': SIGNED_IN,
  'audit.list': ['admin'],
  'audit.verify': ['admin'],
  'audit.export': ['admin'],
};

/**
 * Channels whose steps have their own roles, checked in the service after the channel's own check:
 * the example may be refused there with FORBIDDEN (and only there).
 */
const SERVICE_ROLE_CHECK: Partial<Record<Channel, (principal: Principal) => boolean>> = {
  'workflow.transition': (principal) =>
    (WORKFLOW_EVENT_ROLES.SUBMIT as readonly string[]).includes(principal),
  // A 负责人 uploads only the minutes of the meetings it records (集体审议记录).
  'materials.upload': (principal) => principal !== 'leader',
};

function accountOf(principal: Principal): { roles: Role[] } | null {
  return principal === 'signedOut' ? null : { roles: [principal] };
}

describe('the channel tables', () => {
  it('have an example input and an expected access for every channel of the contract, and no other', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(EXPECTED_ALLOWED).sort()).toEqual([...CHANNELS].sort());
  });

  const fixture: Fixture = {
    documentId: 'doc',
    targetUserId: 'user',
    ownUsername: 'someone',
    versionId: 'version',
    annotationId: 'annotation',
    attachmentId: 'attachment',
    legalBasisId: 'basis',
    docxBase64: 'UEsDBA==',
  };
  it.each(CHANNELS)('example input of %s is valid for the contract', (channel) => {
    const parsed = contract[channel].input.safeParse(EXAMPLES[channel](fixture));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(CHANNELS)('access of %s in the contract matches the expected matrix', (channel) => {
    const allowed = PRINCIPALS.filter((p) => checkAccess(contract[channel].access, accountOf(p)) === null);
    expect(allowed).toEqual(EXPECTED_ALLOWED[channel]);
  });

  it('keeps accounts and the audit log to administrators', () => {
    for (const channel of CHANNELS.filter((c) => /^(users|audit)\./.test(c))) {
      expect(EXPECTED_ALLOWED[channel], channel).toEqual(['admin']);
    }
  });

  it('lets drafters and reviewers register documents, but not counsel, leaders or the administrator', () => {
    expect(checkAccess(contract['documents.create'].access, { roles: ['drafter'] })).toBeNull();
    expect(checkAccess(contract['documents.create'].access, { roles: ['reviewer'] })).toBeNull();
    for (const role of ['counsel', 'leader', 'admin'] as const) {
      expect(checkAccess(contract['documents.create'].access, { roles: [role] })).toBe('FORBIDDEN');
    }
  });
});

describe.each(PRINCIPALS)('every channel through the dispatcher, as %s', (principal) => {
  let app: TestApp;
  let fixture: Fixture;
  let signedIn: Session;

  beforeAll(async () => {
    app = openTestApp();
    const { session: adminSession } = await setupAdmin(app);
    const author = await createUser(app, adminSession, 'author', ['drafter']);
    const target = await createUser(app, adminSession, 'target', ['leader']);
    const own =
      principal === 'signedOut' ? target : await createUser(app, adminSession, 'subject', [principal]);
    const document = expectOk(
      await app.call(await signIn(app, author.username), 'documents.create', {
        kind: 'admin_normative',
        title: '某区统计局统计执法检查规定',
        draftingUnit: '法制科',
        issuingAuthority: '某区统计局',
      }),
    );
    const authorSession = await signIn(app, author.username);
    expectOk(
      await app.call(authorSession, 'drafts.save', {
        documentId: document.id,
        blocks: DRAFT_BLOCKS,
        revision: 0,
      }),
    );
    const version = expectOk(
      await app.call(authorSession, 'versions.save', { documentId: document.id, label: '征求意见稿' }),
    );
    const thread = expectOk(
      await app.call(authorSession, 'annotations.create', {
        documentId: document.id,
        versionId: version.id,
        selector: QUOTE,
        body: '请核对依据。',
      }),
    );
    const attachment = expectOk(
      await app.call(authorSession, 'materials.upload', {
        documentId: document.id,
        materialKind: 'drafting_explanation',
        fileName: '起草说明.txt',
        mediaType: 'text/plain',
        data: Buffer.from('起草说明').toString('base64'),
      }),
    );
    const basis = expectOk(
      await app.call(authorSession, 'legalBases.add', {
        documentId: document.id,
        lawTitle: '中华人民共和国统计法',
      }),
    );
    fixture = {
      documentId: document.id,
      targetUserId: target.id,
      ownUsername: own.username,
      versionId: version.id,
      annotationId: thread.id,
      attachmentId: attachment.id,
      legalBasisId: basis.id,
      docxBase64: (await sampleDocx()).toString('base64'),
    };
    signedIn = principal === 'signedOut' ? { accountId: null } : await signIn(app, own.username);
  });
  afterAll(() => app.close());

  it.each(CHANNELS)('%s', async (channel) => {
    const session: Session = { ...signedIn };
    const denied = checkAccess(contract[channel].access, accountOf(principal));
    const auditBefore = auditCount(app);
    const changesBefore = totalChanges(app);

    const result = await app.dispatcher.dispatch(session, channel, EXAMPLES[channel](fixture));

    if (denied) {
      expect(result.ok ? 'ok' : result.error.code).toBe(denied);
      expect(auditCount(app)).toBe(auditBefore);
      expect(totalChanges(app)).toBe(changesBefore);
    } else {
      const code = result.ok ? null : result.error.code;
      const serviceCheck = SERVICE_ROLE_CHECK[channel];
      if (serviceCheck && !serviceCheck(principal)) {
        expect(code).toBe('FORBIDDEN');
        return;
      }
      expect(code).not.toBe('FORBIDDEN');
      expect(code).not.toBe('UNAUTHENTICATED');
      expect(code).not.toBe('INVALID_INPUT');
      expect(code).not.toBe('INTERNAL');
      expect(app.loggedErrors).toEqual([]);
    }
  });
});

/** Rows this connection has inserted, updated or deleted since it opened. */
function totalChanges(app: TestApp): number {
  return (app.deps.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
