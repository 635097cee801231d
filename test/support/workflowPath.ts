import type { Session } from '../../src/main/api/context';
import type { ChannelOutput, DocumentDetail, WorkflowView } from '../../src/shared/api';
import type { Block } from '../../src/shared/domain/blocks';
import { addDays, type IsoDate } from '../../src/shared/domain/calendar/isoDate';
import type { DocumentKind } from '../../src/shared/domain/documentKinds';
import type { PublicationChannel } from '../../src/shared/domain/issuance';
import {
  MATERIAL_KIND_LABELS,
  MATERIAL_REQUIREMENTS,
  type MaterialKind,
} from '../../src/shared/domain/materials';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import type { DeliberationDecision } from '../../src/shared/domain/workflow/events';
import type { TestApp } from './app';
import { ADMIN, createUser, DEFAULT_PASSWORD, expectOk, setupAdmin, signIn } from './session';

/**
 * A document brought along its workflow through the real services (the dispatcher, its roles, guards and
 * audit), for tests that start later in the lifecycle: `bringToReviewed` (送审, 受理, for a 重大行政决策 the
 * 法律顾问's opinion, a conclusion that allows deliberation), `bringToDeliberated` (+ 集体审议 with minutes), `bringToIssued` (+ 签发/印发
 * with the numbers main gives) and `bringToFilingReady` (+ counsel's opinion signed on the 正式文本, so
 * `buildPackage` finds no gap). Nothing here moves the clock: every step happens on the app's today
 * (a test that wants the meeting and the publication on different days moves the clock between
 * `bringToDeliberated` and `issueDeliberated`), and a conclusion before the profile's minimum review
 * period gives its reason, as a user would.
 */

/** One signed-in account per workflow role, and the administrator who made them. */
export interface WorkflowTeam {
  admin: Session;
  drafter: Session;
  reviewer: Session;
  leader: Session;
}

/** First-run setup (机关代字 某统) and a drafter, a reviewer and a leader (负责人), each signed in. */
export async function workflowTeam(app: TestApp): Promise<WorkflowTeam> {
  const { session: admin } = await setupAdmin(app);
  for (const role of ['drafter', 'reviewer', 'leader'] as const) await createUser(app, admin, role, [role]);
  return {
    admin,
    drafter: await signIn(app, 'drafter'),
    reviewer: await signIn(app, 'reviewer'),
    leader: await signIn(app, 'leader'),
  };
}

/** A workflow team with a counsel (法律顾问), and the key roster signed once every signer has a key. */
export interface FilingTeam extends WorkflowTeam {
  counsel: Session;
}

/** workflowTeam, a counsel, then the administrator signs the key roster the packages carry. */
export async function filingTeam(app: TestApp): Promise<FilingTeam> {
  const team = await workflowTeam(app);
  await createUser(app, team.admin, 'counsel', ['counsel']);
  const counsel = await signIn(app, 'counsel');
  expectOk(await app.call(team.admin, 'keyRoster.sign', { password: ADMIN.password }));
  return { ...team, counsel };
}

export const PATH_TITLES: Record<DocumentKind, string> = {
  admin_normative: '某区统计调查项目管理办法',
  party_normative: '中共某区统计局党组工作规则',
  major_decision: '某区统计数据质量提升三年行动方案',
  contract: '统计调查数据采集服务合同',
  disclosure: '关于某企业统计数据公开申请的答复意见',
};

export interface PathOptions {
  kind?: DocumentKind;
  title?: string;
  /** The text of the 送审稿, one paragraph a line; a short text with a title and three articles by default. */
  text?: string;
  /** The 送审稿 as blocks (instead of `text`). */
  blocks?: Block[];
  /** A version saved before the 送审稿 (e.g. a 征求意见稿 for the 修改对照表). */
  earlierVersion?: { label: string; blocks: Block[] };
  /** Files to upload for these materials instead of a small text file. */
  materialFiles?: Partial<Record<MaterialKind, MaterialFile>>;
  /** 重大行政决策: conditional procedures recorded as not applicable (their materials are then not uploaded). */
  notApplicable?: ('expert_argument' | 'risk_assessment')[];
  /** 重大行政决策: record the 法律顾问's agreeing opinion during the review (default true, 第二十八条). */
  legalOpinion?: boolean;
  /** 涉及市场主体经济活动? answered on registration; true also records a 符合 公平竞争审查 conclusion. */
  touchesBusiness?: boolean;
  /**
   * 行政规范性文件: record 评估论证 and 公开征求意见 before 送审 (always done when the active profile requires
   * them; `true` records them under any profile).
   */
  draftingProcedures?: boolean;
  /** Work the reviewer does on the open case before concluding it (suggestions, opinion). */
  beforeConclusion?: (caseId: string) => Promise<void>;
}

export interface MaterialFile {
  fileName: string;
  mediaType?: string;
  data: Buffer;
}

export interface ReviewedDocument {
  documentId: string;
  kind: DocumentKind;
  title: string;
  /** The version reviewed (the 送审稿). */
  versionId: string;
  /** The version saved before it, when asked for. */
  earlierVersionId: string | null;
}

/** One workflow step through `workflow.transition`, failing the test when it is refused. */
export async function step(
  app: TestApp,
  session: Session,
  documentId: string,
  event: Record<string, unknown>,
): Promise<WorkflowView> {
  return expectOk(await app.call(session, 'workflow.transition', { documentId, event: event as never }));
}

export async function documentDetail(
  app: TestApp,
  session: Session,
  documentId: string,
): Promise<DocumentDetail> {
  return expectOk(await app.call(session, 'documents.get', { id: documentId }));
}

/** A small text file uploaded as a material of the document (returns its attachment id). */
export async function uploadMaterial(
  app: TestApp,
  session: Session,
  documentId: string,
  materialKind: Exclude<MaterialKind, 'original_import'>,
  fileName = `${MATERIAL_KIND_LABELS[materialKind]}.txt`,
): Promise<string> {
  const uploaded = await app.call(session, 'materials.upload', {
    documentId,
    materialKind,
    fileName,
    mediaType: 'text/plain',
    data: Buffer.from(MATERIAL_KIND_LABELS[materialKind]).toString('base64'),
  });
  return expectOk(uploaded).id;
}

/** The app's today as the services count days (local time). */
export function todayOf(app: TestApp): IsoDate {
  const now = app.clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function defaultText(title: string): string {
  return [
    title,
    '第一条　为规范统计调查项目管理，根据《中华人民共和国统计法》，结合本区实际，制定本办法。',
    '第二条　本办法适用于本区行政区域内统计调查项目的制定、审批和实施。',
    '第三条　本办法自印发之日起施行。',
  ].join('\n');
}

const CONDITIONAL_MATERIALS = {
  expert_argument: 'expert_opinion',
  risk_assessment: 'risk_assessment',
} as const;

/**
 * 重大行政决策: 公众参与 (a 30-day comment window ended yesterday), then 专家论证 and 风险评估 done or, as
 * asked, not applicable with a reason.
 */
async function recordProcedures(
  app: TestApp,
  team: WorkflowTeam,
  documentId: string,
  notApplicable: readonly (keyof typeof CONDITIONAL_MATERIALS)[],
): Promise<void> {
  const today = todayOf(app);
  await step(app, team.drafter, documentId, {
    type: 'RECORD_PROCEDURE',
    procedure: 'public_participation',
    commentPeriod: { from: addDays(today, -31), to: addDays(today, -1) },
  });
  for (const procedure of ['expert_argument', 'risk_assessment'] as const) {
    await step(app, team.drafter, documentId, {
      type: 'RECORD_PROCEDURE',
      procedure,
      ...(notApplicable.includes(procedure)
        ? { notApplicableReason: '决策事项仅涉及统计系统内部工作，不属于该程序的适用情形' }
        : {}),
    });
  }
}

/**
 * 行政规范性文件: 评估论证 with its report, and 公开征求意见 over a 30-day window that ended yesterday (long
 * enough under either minimum of the shipped profiles).
 */
export async function recordDraftingProcedures(
  app: TestApp,
  team: WorkflowTeam,
  documentId: string,
): Promise<void> {
  const today = todayOf(app);
  const report = await uploadMaterial(app, team.drafter, documentId, 'assessment_report');
  await step(app, team.drafter, documentId, {
    type: 'RECORD_PROCEDURE',
    procedure: 'assessment',
    attachmentIds: [report],
  });
  await step(app, team.drafter, documentId, {
    type: 'RECORD_PROCEDURE',
    procedure: 'public_consultation',
    commentPeriod: { from: addDays(today, -31), to: addDays(today, -1) },
  });
}

/** A 公平竞争审查 conclusion (符合 by default) recorded today, with its file uploaded as the material. */
export async function recordFairCompetition(
  app: TestApp,
  session: Session,
  documentId: string,
  conclusion: 'compliant' | 'non_compliant' | 'exception' = 'compliant',
): Promise<ChannelOutput<'fairCompetition.record'>> {
  const attachmentId = await uploadMaterial(app, session, documentId, 'fair_competition');
  return expectOk(
    await app.call(session, 'fairCompetition.record', {
      documentId,
      conclusion,
      explanation: conclusion === 'compliant' ? '' : '经审查，第五条给予特定经营者奖励，不适用例外规定。',
      reviewedOn: todayOf(app),
      attachmentId,
    }),
  );
}

/**
 * 起草 → 送审 → 审核中 → 审核完成 with a conclusion that allows deliberation (合法 / 通过前置审核); for a
 * contract or disclosure, the light review's 审核完成. Every material the kind asks for before the review
 * is on file (for a 重大行政决策 also the 专家论证意见 and 风险评估报告 its procedures produced).
 */
export async function bringToReviewed(
  app: TestApp,
  team: WorkflowTeam,
  options: PathOptions = {},
): Promise<ReviewedDocument> {
  const kind = options.kind ?? 'admin_normative';
  const title = options.title ?? PATH_TITLES[kind];
  const { drafter, reviewer } = team;
  const { id: documentId } = expectOk(
    await app.call(drafter, 'documents.create', {
      kind,
      title,
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
      ...(options.touchesBusiness === undefined ? {} : { touchesBusiness: options.touchesBusiness }),
    }),
  );
  let earlierVersionId: string | null = null;
  if (options.earlierVersion) {
    const { label, blocks } = options.earlierVersion;
    expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: 0 }));
    earlierVersionId = expectOk(await app.call(drafter, 'versions.save', { documentId, label })).id;
  }
  const blocks = options.blocks ?? plainTextToBlocks(options.text ?? defaultText(title));
  const { revision } = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
  expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision }));
  const { id: versionId } = expectOk(
    await app.call(drafter, 'versions.save', { documentId, label: '送审稿' }),
  );

  const kinds = new Set(
    MATERIAL_REQUIREMENTS[kind]
      .filter((requirement) => requirement.stage === 'review' && requirement.required)
      .map((requirement) => requirement.kind),
  );
  const notApplicable = kind === 'major_decision' ? (options.notApplicable ?? []) : [];
  if (kind === 'major_decision') {
    for (const [procedure, material] of Object.entries(CONDITIONAL_MATERIALS)) {
      if (!(notApplicable as string[]).includes(procedure)) kinds.add(material);
    }
  }
  for (const materialKind of kinds) {
    if (materialKind === 'legal_basis') {
      expectOk(await app.call(drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' }));
    } else if (materialKind !== 'original_import') {
      const file = options.materialFiles?.[materialKind];
      if (file) {
        expectOk(
          await app.call(drafter, 'materials.upload', {
            documentId,
            materialKind,
            fileName: file.fileName,
            ...(file.mediaType ? { mediaType: file.mediaType } : {}),
            data: file.data.toString('base64'),
          }),
        );
      } else {
        await uploadMaterial(app, drafter, documentId, materialKind);
      }
    }
  }
  if (kind === 'major_decision') await recordProcedures(app, team, documentId, notApplicable);
  if (kind === 'admin_normative') {
    const { profile } = expectOk(await app.call(drafter, 'rules.get', {}));
    const required = profile.adminNormativeProcedures.some((rule) => rule.required);
    if (options.draftingProcedures || required) await recordDraftingProcedures(app, team, documentId);
  }
  if (options.touchesBusiness) await recordFairCompetition(app, team.drafter, documentId);

  await step(app, drafter, documentId, { type: 'SUBMIT', versionId, versionLabel: '送审稿' });
  await step(app, reviewer, documentId, { type: 'START_REVIEW' });
  if (kind === 'major_decision' && options.legalOpinion !== false) {
    await step(app, reviewer, documentId, legalOpinionEvent(todayOf(app)));
  }
  if (options.beforeConclusion) {
    const [open] = expectOk(await app.call(reviewer, 'reviews.list', { documentId, state: 'open' }));
    if (!open) throw new Error('no open review case');
    await options.beforeConclusion(open.id);
  }
  await step(app, reviewer, documentId, {
    type: 'CONCLUDE_REVIEW',
    conclusion: kind === 'party_normative' ? 'PARTY_PASSED' : 'LAWFUL',
    ...(kind === 'party_normative'
      ? {
          dimensions: {
            political: { hasProblem: false },
            compliance: { hasProblem: false },
            reasonableness: { hasProblem: false },
            standardization: { hasProblem: false },
          },
        }
      : {}),
  });
  return { documentId, kind, title, versionId, earlierVersionId };
}

/** 重大行政决策: the 法律顾问's opinion as the reviewer records it (同意 by default). */
export function legalOpinionEvent(
  givenOn: IsoDate,
  opinion: 'agree' | 'disagree' | 'agree_with_changes' = 'agree',
): Record<string, unknown> {
  return {
    type: 'RECORD_LEGAL_OPINION',
    adviserRole: 'legal_adviser',
    adviserName: '周律师',
    givenOn,
    opinion,
    text:
      opinion === 'disagree'
        ? '草案要求企业报送统计调查制度以外的资料，缺乏法律、法规依据。'
        : '决策事项属于本机关法定职权，草案内容未发现与法律、法规、规章相抵触的情形。',
  };
}

export interface DeliberationOptions {
  decision?: DeliberationDecision;
  meetingType?: string;
  meetingName?: string;
  heldOn?: IsoDate;
  attendees?: string[];
  dissent?: string;
  /** Upload the minutes as the leader and name them in the record (default true). */
  minutes?: boolean;
}

export interface DeliberatedDocument extends ReviewedDocument {
  /** The 会议纪要 attached to the record, when uploaded. */
  minutesId: string | null;
}

/** The event of a 集体审议 as the leader records it (without minutes). */
export function deliberationEvent(options: DeliberationOptions = {}): Record<string, unknown> {
  return {
    type: 'RECORD_DELIBERATION',
    meetingType: options.meetingType ?? '局务会议',
    meetingName: options.meetingName ?? '2026年第12次局务会议',
    attendees: options.attendees ?? ['张局长', '李副局长', '王副局长'],
    decision: options.decision ?? 'approved',
    ...(options.heldOn ? { heldOn: options.heldOn } : {}),
    ...(options.dissent ? { dissent: options.dissent } : {}),
  };
}

/** bringToReviewed, then the leader records the meeting (审议通过 by default) with its minutes. */
export async function bringToDeliberated(
  app: TestApp,
  team: WorkflowTeam,
  options: PathOptions & { deliberation?: DeliberationOptions } = {},
): Promise<DeliberatedDocument> {
  const reviewed = await bringToReviewed(app, team, options);
  const deliberation = options.deliberation ?? {};
  const minutesId =
    deliberation.minutes === false
      ? null
      : await uploadMaterial(
          app,
          team.leader,
          reviewed.documentId,
          'deliberation_record',
          '局务会议纪要.txt',
        );
  await step(app, team.leader, reviewed.documentId, {
    ...deliberationEvent(deliberation),
    ...(minutesId ? { minutesAttachmentId: minutesId } : {}),
  });
  return { ...reviewed, minutesId };
}

export interface IssueOptions {
  publishedOn?: IsoDate;
  /** 30 days after publication by default (the shipped profiles' minimum). */
  effectiveOn?: IsoDate;
  publishedIn?: PublicationChannel[];
  shortEffectReason?: string;
  validityYears?: number;
}

export interface IssuedDocument extends DeliberatedDocument {
  docNumber: string;
  registrationNumber: string | null;
  publishedOn: IsoDate;
  effectiveOn: IsoDate;
}

/** The event of a 签发/印发 as the leader takes it (numbers given by main). */
export function issueEvent(publishedOn: IsoDate, options: IssueOptions = {}): Record<string, unknown> {
  return {
    type: 'ISSUE',
    publishedOn,
    effectiveOn: options.effectiveOn ?? addDays(publishedOn, 30),
    publishedIn: options.publishedIn ?? ['政府网站', '政府公报'],
    ...(options.shortEffectReason ? { shortEffectReason: options.shortEffectReason } : {}),
    ...(options.validityYears ? { validityYears: options.validityYears } : {}),
  };
}

/** The leader signs the issuance (签发) of a deliberated document, published today by default. */
export async function issueDeliberated(
  app: TestApp,
  team: WorkflowTeam,
  deliberated: DeliberatedDocument,
  options: IssueOptions = {},
): Promise<IssuedDocument> {
  const publishedOn = options.publishedOn ?? todayOf(app);
  await step(app, team.leader, deliberated.documentId, issueEvent(publishedOn, options));
  const { issuance } = await documentDetail(app, team.leader, deliberated.documentId);
  if (!issuance) throw new Error('印发后没有印发记录');
  return {
    ...deliberated,
    docNumber: issuance.docNumber,
    registrationNumber: issuance.registrationNumber,
    publishedOn: issuance.publishedOn,
    effectiveOn: issuance.effectiveOn,
  };
}

export type IssuePathOptions = PathOptions & {
  deliberation?: Omit<DeliberationOptions, 'decision'>;
  issue?: IssueOptions;
};

/** bringToDeliberated (审议通过), then issueDeliberated. */
export async function bringToIssued(
  app: TestApp,
  team: WorkflowTeam,
  options: IssuePathOptions = {},
): Promise<IssuedDocument> {
  const deliberated = await bringToDeliberated(app, team, {
    ...options,
    deliberation: { ...options.deliberation, decision: 'approved' },
  });
  return issueDeliberated(app, team, deliberated, options.issue);
}

/**
 * The counsel signs a legal opinion on the issued version (the 正式文本), the last sign-off a filing
 * package asks for; the rest (制定说明, 制定依据, the concluded review) is on file from bringToReviewed.
 */
export async function counselSignsIssued(
  app: TestApp,
  team: FilingTeam,
  issued: IssuedDocument,
): Promise<void> {
  const { issuance } = await documentDetail(app, team.counsel, issued.documentId);
  expectOk(
    await app.call(team.counsel, 'signoffs.sign', {
      documentId: issued.documentId,
      versionId: issuance?.versionId ?? issued.versionId,
      opinion: 'agree',
      text: '经审查，同意印发。',
      password: DEFAULT_PASSWORD,
    }),
  );
}

/** bringToIssued, then counselSignsIssued: nothing stands in the way of a filing package. */
export async function bringToFilingReady(
  app: TestApp,
  team: FilingTeam,
  options: IssuePathOptions = {},
): Promise<IssuedDocument> {
  const issued = await bringToIssued(app, team, options);
  await counselSignsIssued(app, team, issued);
  return issued;
}

export type FilingPackage = ChannelOutput<'filingPackages.build'>;

/** Builds a filing package through `filingPackages.build`, signed with the preparer's password. */
export async function buildPackage(
  app: TestApp,
  preparer: Session,
  documentId: string,
  recipients: string[],
  options: { comparisonBaseVersionId?: string; password?: string } = {},
): Promise<FilingPackage> {
  return expectOk(
    await app.call(preparer, 'filingPackages.build', {
      documentId,
      recipients,
      password: options.password ?? DEFAULT_PASSWORD,
      ...(options.comparisonBaseVersionId
        ? { comparisonBaseVersionId: options.comparisonBaseVersionId }
        : {}),
    }),
  );
}
