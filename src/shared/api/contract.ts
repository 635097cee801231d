import { z } from 'zod';
import type { Role } from '../domain/roles';
import {
  Account,
  ChangePasswordInput,
  CreateUserInput,
  ResetPasswordInput,
  SignInInput,
  UpdateUserInput,
} from './schemas/accounts';
import { AgencySettings, SetupInput, SetupStatus } from './schemas/settings';
import {
  ById,
  DocumentDetail,
  DocumentMetadataInput,
  DocumentPage,
  DocumentSummary,
  ListDocumentsInput,
  UpdateDocumentInput,
} from './schemas/documents';
import { AuditPage, AuditVerification, ListAuditInput } from './schemas/audit';
import {
  AddLegalBasisInput,
  AttachmentSummary,
  DownloadedFile,
  Draft,
  GetDraftInput,
  ImportDocxInput,
  ImportResult,
  LegalBasis,
  MaterialsOverview,
  RestoreVersionInput,
  SaveDraftInput,
  SaveVersionInput,
  SavedDraft,
  UploadMaterialInput,
  VersionDetail,
  WithdrawMaterialInput,
} from './schemas/drafting';
import {
  AnnotationRef,
  AnnotationThread,
  CreateAnnotationInput,
  ListAnnotationsInput,
  ReplyAnnotationInput,
} from './schemas/annotations';
import { VersionSummary } from './schemas/documents';
import { CompareExportInput, CompareInput, ComparisonView, SaveCompareNoteInput } from './schemas/compare';
import {
  AddSuggestionInput,
  CaseRef,
  DecideFindingInput,
  ListReviewsInput,
  ReviewCaseDetail,
  ReviewCaseSummary,
  SetOpinionInput,
  SetReviewItemInput,
  SignInput,
  Signoff,
  WorkflowCommand,
  WorkflowView,
} from './schemas/review';
import {
  DeadlineInput,
  DeadlineView,
  ImportHolidaysInput,
  LawPage,
  LawSearchInput,
  LawView,
  RulesView,
  SetLawStatusInput,
  SetProfileInput,
} from './schemas/rules';

/**
 * Who may call a channel: anyone (`public`, only the setup and sign-in steps), any signed-in account
 * (`signedIn`), or an account holding one of the listed roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
  /** Changes data: runs in one transaction and writes an audit entry. */
  mutates: boolean;
  /** What the audit log calls this operation (Chinese, shown in the audit viewer). */
  title: string;
}

const Empty = z.object({}).strict();
const Nothing = z.null();

const channel = <I extends z.ZodType, O extends z.ZodType>(spec: {
  input: I;
  output: O;
  access: Access;
  mutates: boolean;
  title: string;
}) => spec;

const ADMIN: readonly Role[] = ['admin'];
const DOCUMENT_EDITORS: readonly Role[] = ['drafter', 'reviewer'];
/** Only drafters change the text; reviewers and counsel annotate it (issue: drafting §8). */
const DRAFTERS: readonly Role[] = ['drafter'];
const ANNOTATORS: readonly Role[] = ['drafter', 'reviewer', 'counsel', 'leader'];
const DocumentRef = z.object({ documentId: z.string().min(1) });
const REVIEWERS: readonly Role[] = ['reviewer'];
/** Workflow steps are role-checked per event in the service (WORKFLOW_EVENT_ROLES); these may try. */
const WORKFLOW_ACTORS: readonly Role[] = ['drafter', 'reviewer', 'leader'];
const SIGNERS: readonly Role[] = ['counsel', 'reviewer'];
const FileRef = z.object({ id: z.string().min(1) });

/** The one list of operations. Both transports (Electron IPC and the local host) dispatch from it. */
export const contract = {
  'setup.status': channel({
    input: Empty,
    output: SetupStatus,
    access: 'public',
    mutates: false,
    title: '查询初始设置',
  }),
  'setup.initialize': channel({
    input: SetupInput,
    output: Account,
    access: 'public',
    mutates: true,
    title: '初始设置',
  }),

  'auth.me': channel({
    input: Empty,
    output: Account.nullable(),
    access: 'public',
    mutates: false,
    title: '当前账号',
  }),
  'auth.signIn': channel({
    input: SignInInput,
    output: Account,
    access: 'public',
    mutates: false,
    title: '登录',
  }),
  'auth.signOut': channel({
    input: Empty,
    output: Nothing,
    access: 'signedIn',
    mutates: false,
    title: '退出登录',
  }),
  'auth.changePassword': channel({
    input: ChangePasswordInput,
    output: Nothing,
    access: 'signedIn',
    mutates: true,
    title: '修改密码',
  }),

  'users.list': channel({
    input: Empty,
    output: z.array(Account),
    access: ADMIN,
    mutates: false,
    title: '账号列表',
  }),
  'users.create': channel({
    input: CreateUserInput,
    output: Account,
    access: ADMIN,
    mutates: true,
    title: '新建账号',
  }),
  'users.update': channel({
    input: UpdateUserInput,
    output: Account,
    access: ADMIN,
    mutates: true,
    title: '修改账号',
  }),
  'users.resetPassword': channel({
    input: ResetPasswordInput,
    output: Nothing,
    access: ADMIN,
    mutates: true,
    title: '重置密码',
  }),

  'settings.getAgency': channel({
    input: Empty,
    output: AgencySettings,
    access: 'signedIn',
    mutates: false,
    title: '查询机关信息',
  }),
  'settings.updateAgency': channel({
    input: AgencySettings,
    output: AgencySettings,
    access: ADMIN,
    mutates: true,
    title: '修改机关信息',
  }),

  'documents.list': channel({
    input: ListDocumentsInput,
    output: DocumentPage,
    access: 'signedIn',
    mutates: false,
    title: '文件列表',
  }),
  'documents.get': channel({
    input: ById,
    output: DocumentDetail,
    access: 'signedIn',
    mutates: false,
    title: '查看文件',
  }),
  'documents.create': channel({
    input: DocumentMetadataInput,
    output: DocumentSummary,
    access: DOCUMENT_EDITORS,
    mutates: true,
    title: '登记文件',
  }),
  'documents.update': channel({
    input: UpdateDocumentInput,
    output: DocumentSummary,
    access: DOCUMENT_EDITORS,
    mutates: true,
    title: '修改文件信息',
  }),

  'drafts.get': channel({
    input: GetDraftInput,
    output: Draft,
    access: 'signedIn',
    mutates: false,
    title: '打开草稿',
  }),
  'drafts.save': channel({
    input: SaveDraftInput,
    output: SavedDraft,
    access: DRAFTERS,
    mutates: true,
    title: '保存草稿',
  }),
  'versions.save': channel({
    input: SaveVersionInput,
    output: VersionSummary,
    access: DRAFTERS,
    mutates: true,
    title: '保存版本',
  }),
  'versions.get': channel({
    input: FileRef,
    output: VersionDetail,
    access: 'signedIn',
    mutates: false,
    title: '查看版本',
  }),
  'versions.restore': channel({
    input: RestoreVersionInput,
    output: Draft,
    access: DRAFTERS,
    mutates: true,
    title: '恢复版本为草稿',
  }),
  'imports.docx': channel({
    input: ImportDocxInput,
    output: ImportResult,
    access: DRAFTERS,
    mutates: true,
    title: '导入 Word 文件',
  }),

  'materials.list': channel({
    input: DocumentRef,
    output: MaterialsOverview,
    access: 'signedIn',
    mutates: false,
    title: '查看材料',
  }),
  'materials.upload': channel({
    input: UploadMaterialInput,
    output: AttachmentSummary,
    access: DOCUMENT_EDITORS,
    mutates: true,
    title: '上传材料',
  }),
  'materials.download': channel({
    input: FileRef,
    output: DownloadedFile,
    access: 'signedIn',
    mutates: false,
    title: '下载材料',
  }),
  'materials.withdraw': channel({
    input: WithdrawMaterialInput,
    output: AttachmentSummary,
    access: DOCUMENT_EDITORS,
    mutates: true,
    title: '撤回材料',
  }),
  'legalBases.add': channel({
    input: AddLegalBasisInput,
    output: LegalBasis,
    access: DRAFTERS,
    mutates: true,
    title: '添加制定依据',
  }),
  'legalBases.remove': channel({
    input: FileRef,
    output: Nothing,
    access: DRAFTERS,
    mutates: true,
    title: '删除制定依据',
  }),

  'annotations.list': channel({
    input: ListAnnotationsInput,
    output: z.array(AnnotationThread),
    access: 'signedIn',
    mutates: false,
    title: '查看批注',
  }),
  'annotations.create': channel({
    input: CreateAnnotationInput,
    output: AnnotationThread,
    access: ANNOTATORS,
    mutates: true,
    title: '添加批注',
  }),
  'annotations.reply': channel({
    input: ReplyAnnotationInput,
    output: AnnotationThread,
    access: ANNOTATORS,
    mutates: true,
    title: '回复批注',
  }),
  'annotations.resolve': channel({
    input: AnnotationRef,
    output: AnnotationThread,
    access: ANNOTATORS,
    mutates: true,
    title: '解决批注',
  }),
  'annotations.reopen': channel({
    input: AnnotationRef,
    output: AnnotationThread,
    access: ANNOTATORS,
    mutates: true,
    title: '重新打开批注',
  }),

  'compare.run': channel({
    input: CompareInput,
    output: ComparisonView,
    access: 'signedIn',
    mutates: false,
    title: '版本比对',
  }),
  'compare.saveNote': channel({
    input: SaveCompareNoteInput,
    output: Nothing,
    access: DOCUMENT_EDITORS,
    mutates: true,
    title: '填写修改说明',
  }),
  'compare.export': channel({
    input: CompareExportInput,
    output: DownloadedFile,
    access: 'signedIn',
    mutates: false,
    title: '导出比对结果',
  }),

  'workflow.get': channel({
    input: DocumentRef,
    output: WorkflowView,
    access: 'signedIn',
    mutates: false,
    title: '查看流程',
  }),
  'workflow.transition': channel({
    input: WorkflowCommand,
    output: WorkflowView,
    access: WORKFLOW_ACTORS,
    mutates: true,
    title: '流程操作',
  }),

  'reviews.list': channel({
    input: ListReviewsInput,
    output: z.array(ReviewCaseSummary),
    access: 'signedIn',
    mutates: false,
    title: '审核案件列表',
  }),
  'reviews.get': channel({
    input: CaseRef,
    output: ReviewCaseDetail,
    access: 'signedIn',
    mutates: false,
    title: '查看审核案件',
  }),
  'reviews.setItem': channel({
    input: SetReviewItemInput,
    output: ReviewCaseDetail,
    access: REVIEWERS,
    mutates: true,
    title: '填写审核要素',
  }),
  'reviews.decideFinding': channel({
    input: DecideFindingInput,
    output: ReviewCaseDetail,
    access: REVIEWERS,
    mutates: true,
    title: '处理预审发现',
  }),
  'reviews.rerunPrecheck': channel({
    input: CaseRef,
    output: ReviewCaseDetail,
    access: REVIEWERS,
    mutates: true,
    title: '重新预审',
  }),
  'reviews.addSuggestion': channel({
    input: AddSuggestionInput,
    output: ReviewCaseDetail,
    access: REVIEWERS,
    mutates: true,
    title: '添加修改建议',
  }),
  'reviews.removeSuggestion': channel({
    input: z.object({ id: z.string().min(1) }),
    output: ReviewCaseDetail,
    access: REVIEWERS,
    mutates: true,
    title: '删除修改建议',
  }),
  'reviews.setOpinion': channel({
    input: SetOpinionInput,
    output: ReviewCaseDetail,
    access: REVIEWERS,
    mutates: true,
    title: '填写审核意见',
  }),
  'reviews.exportOpinion': channel({
    input: CaseRef,
    output: DownloadedFile,
    access: 'signedIn',
    mutates: false,
    title: '导出合法性审核意见书',
  }),

  'signoffs.list': channel({
    input: DocumentRef,
    output: z.array(Signoff),
    access: 'signedIn',
    mutates: false,
    title: '查看签署意见',
  }),
  'signoffs.sign': channel({
    input: SignInput,
    output: Signoff,
    access: SIGNERS,
    mutates: true,
    title: '签署法律意见',
  }),
  'signoffs.export': channel({
    input: z.object({ id: z.string().min(1) }),
    output: DownloadedFile,
    access: 'signedIn',
    mutates: false,
    title: '导出签名',
  }),

  'rules.get': channel({
    input: Empty,
    output: RulesView,
    access: 'signedIn',
    mutates: false,
    title: '查看规则配置',
  }),
  'rules.setProfile': channel({
    input: SetProfileInput,
    output: RulesView,
    access: ADMIN,
    mutates: true,
    title: '修改规则配置',
  }),
  'rules.importHolidays': channel({
    input: ImportHolidaysInput,
    output: RulesView,
    access: ADMIN,
    mutates: true,
    title: '导入节假日安排',
  }),
  'calendar.deadline': channel({
    input: DeadlineInput,
    output: DeadlineView,
    access: 'signedIn',
    mutates: false,
    title: '计算期限',
  }),
  'laws.search': channel({
    input: LawSearchInput,
    output: LawPage,
    access: 'signedIn',
    mutates: false,
    title: '查询法律法规库',
  }),
  'laws.setStatus': channel({
    input: SetLawStatusInput,
    output: LawView,
    access: ['admin', 'reviewer'],
    mutates: true,
    title: '修改法律法规状态',
  }),

  'audit.list': channel({
    input: ListAuditInput,
    output: AuditPage,
    access: ADMIN,
    mutates: false,
    title: '审计日志',
  }),
  'audit.verify': channel({
    input: Empty,
    output: AuditVerification,
    access: ADMIN,
    mutates: false,
    title: '校验审计日志',
  }),
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
