import { z } from 'zod';
import {
  ADMIN,
  ANNOTATORS,
  type Access,
  DOCUMENT_EDITORS,
  DRAFTERS,
  FILING_PREPARERS,
  FILING_CLERKS,
  LAW_EDITORS,
  DECISION_CATALOG_APPROVERS,
  MATERIAL_UPLOADERS,
  REVIEWERS,
  SIGNERS,
  WORKFLOW_ACTORS,
  CLEANUP_APPROVERS,
  DISCLOSURE_APPROVERS,
} from './access';
import {
  DisclosureClocks,
  DisclosureView,
  ProactiveDisclosureView,
  RecordDisclosureAnswerInput,
  RecordDisclosureConsultationInput,
  RecordDisclosureExtensionInput,
  RecordDisclosureRequestInput,
  RecordProactiveDisclosureInput,
} from './schemas/disclosure';
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
  DocumentRef,
  DocumentSummary,
  ListDocumentsInput,
  UpdateDocumentInput,
} from './schemas/documents';
import { AuditPage, AuditVerification, ExportAuditInput, ListAuditInput } from './schemas/audit';
import {
  CitationReindexInput,
  CitationReindexResult,
  ImportedLawChanges,
  ImportLawChangesInput,
  LawChangeAlerts,
  LawChangeImpact,
  LawChangeView,
  MarkLawInput,
} from './schemas/lawChanges';
import {
  AddLegalBasisInput,
  AttachmentSummary,
  DownloadedFile,
  Draft,
  GetDraftInput,
  ImportDocxInput,
  ImportResult,
  RestoredDraft,
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
import { Empty, Nothing } from './schemas/common';
import { IssuancePreview, IssuancePreviewInput } from './schemas/issuance';
import { KeyRosterView, OwnSigningKey, SignRosterInput } from './schemas/signing';
import { CatalogExportInput, CatalogPreview, CatalogQuery } from './schemas/catalogs';
import {
  BuildFilingPackageInput,
  CheckFilingPackageInput,
  FilingPackageCheck,
  FilingPackageSummary,
} from './schemas/filingPackage';
import {
  ApplyCampaignInput,
  ApproveItemsInput,
  CampaignDetail,
  CampaignRef,
  CampaignSummary,
  CreateCampaignInput,
  DecideItemsInput,
  ExportCampaignInput,
  PreviewScopeInput,
  RescopeCampaignInput,
  ScopePreview,
} from './schemas/cleanup';
import {
  AddFilingLetterInput,
  DocumentFilingView,
  FilingDueView,
  FilingRegisterPage,
  ListFilingsInput,
  RecordFilingOutcomeInput,
  SubmitFilingInput,
} from './schemas/filing';
import {
  AddDecisionItemInput,
  DecisionCatalogView,
  DecisionCatalogYear,
  PublishDecisionCatalogInput,
  RecordDecisionApprovalInput,
  RecordDecisionCheckInput,
  RemoveDecisionItemInput,
  UpdateDecisionItemInput,
} from './schemas/decisionCatalogs';
import { ExportVersionDocxInput } from './schemas/versionExport';
import { SearchInput, SearchReindexInput, SearchReindexResult, SearchResult } from './schemas/search';
import { StatsDocument, StatsDocumentsInput, StatsInput, StatsView } from './schemas/stats';
import { DocumentValidityView, ListValidityInput, ValidityPage, ValiditySummary } from './schemas/validity';
import {
  AnswerMarketActivityInput,
  FairCompetitionView,
  RecordFairCompetitionInput,
} from './schemas/fairCompetition';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
  /** Changes data: runs in one transaction and writes an audit entry. */
  mutates: boolean;
  /** What the audit log calls this operation (Chinese, shown in the audit viewer). */
  title: string;
}

function channelOf<M extends boolean>(mutates: M) {
  return <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, access: Access, title: string) => ({
    input,
    output,
    access,
    mutates,
    title,
  });
}

/** A channel that reads. */
const query = channelOf(false);
/** A channel that changes data: it runs in one transaction together with its audit entry. */
const mutation = channelOf(true);

/** The one list of operations: input, output, who may call it, title. Both transports dispatch from it. */
export const contract = {
  'setup.status': query(Empty, SetupStatus, 'public', '查询初始设置'),
  'setup.initialize': mutation(SetupInput, Account, 'public', '初始设置'),

  'auth.me': query(Empty, Account.nullable(), 'public', '当前账号'),
  // Signing in and out change no data; each records its own audit entry.
  'auth.signIn': query(SignInInput, Account, 'public', '登录'),
  'auth.signOut': query(Empty, Nothing, 'signedIn', '退出登录'),
  'auth.changePassword': mutation(ChangePasswordInput, Nothing, 'signedIn', '修改密码'),

  'users.list': query(Empty, z.array(Account), ADMIN, '账号列表'),
  'users.create': mutation(CreateUserInput, Account, ADMIN, '新建账号'),
  'users.update': mutation(UpdateUserInput, Account, ADMIN, '修改账号'),
  'users.resetPassword': mutation(ResetPasswordInput, Nothing, ADMIN, '重置密码'),

  'settings.getAgency': query(Empty, AgencySettings, 'signedIn', '查询机关信息'),
  'settings.updateAgency': mutation(AgencySettings, AgencySettings, ADMIN, '修改机关信息'),

  'documents.list': query(ListDocumentsInput, DocumentPage, 'signedIn', '文件列表'),
  'documents.get': query(ById, DocumentDetail, 'signedIn', '查看文件'),
  'documents.create': mutation(DocumentMetadataInput, DocumentSummary, DOCUMENT_EDITORS, '登记文件'),
  'documents.update': mutation(UpdateDocumentInput, DocumentSummary, DOCUMENT_EDITORS, '修改文件信息'),

  'drafts.get': query(GetDraftInput, Draft, 'signedIn', '打开草稿'),
  'drafts.save': mutation(SaveDraftInput, SavedDraft, DRAFTERS, '保存草稿'),

  'versions.save': mutation(SaveVersionInput, VersionSummary, DRAFTERS, '保存版本'),
  'versions.get': query(ById, VersionDetail, 'signedIn', '查看版本'),
  'versions.restore': mutation(RestoreVersionInput, RestoredDraft, DRAFTERS, '恢复版本为草稿'),
  // Whoever may open a version may export it; a mutation only so that each export is audited.
  'versions.exportDocx': mutation(ExportVersionDocxInput, DownloadedFile, 'signedIn', '导出 Word 文件'),

  'imports.docx': mutation(ImportDocxInput, ImportResult, DRAFTERS, '导入 Word 文件'),

  'materials.list': query(DocumentRef, MaterialsOverview, 'signedIn', '查看材料'),
  'materials.upload': mutation(UploadMaterialInput, AttachmentSummary, MATERIAL_UPLOADERS, '上传材料'),
  'materials.download': query(ById, DownloadedFile, 'signedIn', '下载材料'),
  'materials.withdraw': mutation(WithdrawMaterialInput, AttachmentSummary, DOCUMENT_EDITORS, '撤回材料'),

  'legalBases.add': mutation(AddLegalBasisInput, LegalBasis, DRAFTERS, '添加制定依据'),
  'legalBases.remove': mutation(ById, Nothing, DRAFTERS, '删除制定依据'),

  'annotations.list': query(ListAnnotationsInput, z.array(AnnotationThread), 'signedIn', '查看批注'),
  'annotations.create': mutation(CreateAnnotationInput, AnnotationThread, ANNOTATORS, '添加批注'),
  'annotations.reply': mutation(ReplyAnnotationInput, AnnotationThread, ANNOTATORS, '回复批注'),
  'annotations.resolve': mutation(AnnotationRef, AnnotationThread, ANNOTATORS, '解决批注'),
  'annotations.reopen': mutation(AnnotationRef, AnnotationThread, ANNOTATORS, '重新打开批注'),

  'compare.run': query(CompareInput, ComparisonView, 'signedIn', '版本比对'),
  'compare.saveNote': mutation(SaveCompareNoteInput, Nothing, DOCUMENT_EDITORS, '填写修改说明'),
  'compare.export': query(CompareExportInput, DownloadedFile, 'signedIn', '导出比对结果'),

  'workflow.get': query(DocumentRef, WorkflowView, 'signedIn', '查看流程'),
  'workflow.transition': mutation(WorkflowCommand, WorkflowView, WORKFLOW_ACTORS, '流程操作'),
  'issuance.preview': query(IssuancePreviewInput, IssuancePreview, 'signedIn', '预览印发编号'),
  // 公平竞争审查: 涉及市场主体经济活动? and the review's conclusion, read by the workflow's gates.
  'fairCompetition.get': query(DocumentRef, FairCompetitionView, 'signedIn', '查看公平竞争审查'),
  'fairCompetition.answer': mutation(
    AnswerMarketActivityInput,
    FairCompetitionView,
    DOCUMENT_EDITORS,
    '回答是否涉及市场主体经济活动',
  ),
  'fairCompetition.record': mutation(
    RecordFairCompetitionInput,
    FairCompetitionView,
    DOCUMENT_EDITORS,
    '登记公平竞争审查结论',
  ),

  'reviews.list': query(ListReviewsInput, z.array(ReviewCaseSummary), 'signedIn', '审核案件列表'),
  'reviews.get': query(CaseRef, ReviewCaseDetail, 'signedIn', '查看审核案件'),
  'reviews.setItem': mutation(SetReviewItemInput, ReviewCaseDetail, REVIEWERS, '填写审核要素'),
  'reviews.decideFinding': mutation(DecideFindingInput, ReviewCaseDetail, REVIEWERS, '处理预审发现'),
  'reviews.rerunPrecheck': mutation(CaseRef, ReviewCaseDetail, REVIEWERS, '重新预审'),
  'reviews.addSuggestion': mutation(AddSuggestionInput, ReviewCaseDetail, REVIEWERS, '添加修改建议'),
  'reviews.removeSuggestion': mutation(ById, ReviewCaseDetail, REVIEWERS, '删除修改建议'),
  'reviews.setOpinion': mutation(SetOpinionInput, ReviewCaseDetail, REVIEWERS, '填写审核意见'),
  'reviews.exportOpinion': query(CaseRef, DownloadedFile, 'signedIn', '导出合法性审核意见书'),
  'reviews.assignLetterNumber': mutation(CaseRef, ReviewCaseDetail, REVIEWERS, '审核意见书编号'),

  'filings.list': query(ListFilingsInput, FilingRegisterPage, 'signedIn', '备案登记簿'),
  'filings.forDocument': query(DocumentRef, DocumentFilingView, 'signedIn', '查看文件备案情况'),
  'filings.due': query(Empty, FilingDueView, 'signedIn', '备案待办'),
  'filings.submit': mutation(SubmitFilingInput, DocumentFilingView, FILING_CLERKS, '报送备案'),
  'filings.recordOutcome': mutation(
    RecordFilingOutcomeInput,
    DocumentFilingView,
    FILING_CLERKS,
    '登记备案结果',
  ),
  'filings.addLetter': mutation(
    AddFilingLetterInput,
    DocumentFilingView,
    FILING_CLERKS,
    '登记备案来函或答复',
  ),

  'signoffs.list': query(DocumentRef, z.array(Signoff), 'signedIn', '查看签署意见'),
  'signoffs.sign': mutation(SignInput, Signoff, SIGNERS, '签署法律意见'),
  'signoffs.export': query(ById, DownloadedFile, 'signedIn', '导出签名'),

  'signingKeys.getOwn': query(Empty, OwnSigningKey, 'signedIn', '查看本人签名密钥'),
  'keyRoster.get': query(Empty, KeyRosterView, ADMIN, '查看密钥名册'),
  'keyRoster.sign': mutation(SignRosterInput, KeyRosterView, ADMIN, '签发密钥名册'),
  'keyRoster.export': query(Empty, DownloadedFile, 'signedIn', '导出密钥名册'),

  'filingPackages.check': query(CheckFilingPackageInput, FilingPackageCheck, 'signedIn', '检查备案材料'),
  'filingPackages.build': mutation(
    BuildFilingPackageInput,
    FilingPackageSummary,
    FILING_PREPARERS,
    '生成备案材料包',
  ),
  'filingPackages.list': query(DocumentRef, z.array(FilingPackageSummary), 'signedIn', '备案材料包列表'),
  'filingPackages.download': query(ById, DownloadedFile, 'signedIn', '下载备案材料包'),

  'rules.get': query(Empty, RulesView, 'signedIn', '查看规则配置'),
  'rules.setProfile': mutation(SetProfileInput, RulesView, ADMIN, '修改规则配置'),
  'rules.importHolidays': mutation(ImportHolidaysInput, RulesView, ADMIN, '导入节假日安排'),

  'calendar.deadline': query(DeadlineInput, DeadlineView, 'signedIn', '计算期限'),

  'laws.search': query(LawSearchInput, LawPage, 'signedIn', '查询法律法规库'),
  'laws.setStatus': mutation(SetLawStatusInput, LawView, LAW_EDITORS, '修改法律法规状态'),
  'laws.mark': mutation(MarkLawInput, LawChangeImpact, LAW_EDITORS, '记录法规变化'),
  'laws.importChanges': mutation(ImportLawChangesInput, ImportedLawChanges, LAW_EDITORS, '导入法规变化'),
  'laws.changes': query(Empty, z.array(LawChangeView), 'signedIn', '法规变化记录'),
  'laws.changeImpact': query(ById, LawChangeImpact, 'signedIn', '法规变化涉及的文件'),
  'laws.changeAlerts': query(Empty, LawChangeAlerts, 'signedIn', '引用已变化法规的现行文件'),
  'citations.reindex': mutation(CitationReindexInput, CitationReindexResult, ADMIN, '重建引用索引'),

  // Hits are only in what the account may open (the access of the channel that opens each one).
  'search.query': query(SearchInput, SearchResult, 'signedIn', '全文搜索'),
  'search.reindex': mutation(SearchReindexInput, SearchReindexResult, ADMIN, '重建搜索索引'),

  'catalogs.preview': query(CatalogQuery, CatalogPreview, 'signedIn', '查看规范性文件目录'),
  'catalogs.export': query(CatalogExportInput, DownloadedFile, 'signedIn', '导出规范性文件目录'),

  // 重大行政决策事项目录: 征集 by drafters and reviewers, 法治审查 and 公布 by a reviewer, 党委同意 by the 负责人.
  'decisionCatalogs.get': query(
    DecisionCatalogYear,
    DecisionCatalogView.nullable(),
    'signedIn',
    '查看重大行政决策事项目录',
  ),
  'decisionCatalogs.create': mutation(
    DecisionCatalogYear,
    DecisionCatalogView,
    DOCUMENT_EDITORS,
    '新建重大行政决策事项目录',
  ),
  'decisionCatalogs.addItem': mutation(
    AddDecisionItemInput,
    DecisionCatalogView,
    DOCUMENT_EDITORS,
    '增加决策事项',
  ),
  'decisionCatalogs.updateItem': mutation(
    UpdateDecisionItemInput,
    DecisionCatalogView,
    DOCUMENT_EDITORS,
    '调整决策事项',
  ),
  'decisionCatalogs.removeItem': mutation(
    RemoveDecisionItemInput,
    DecisionCatalogView,
    DOCUMENT_EDITORS,
    '移出决策事项',
  ),
  'decisionCatalogs.recordCheck': mutation(
    RecordDecisionCheckInput,
    DecisionCatalogView,
    REVIEWERS,
    '决策事项目录法治审查',
  ),
  'decisionCatalogs.recordApproval': mutation(
    RecordDecisionApprovalInput,
    DecisionCatalogView,
    DECISION_CATALOG_APPROVERS,
    '登记党委同意决策事项目录',
  ),
  'decisionCatalogs.publish': mutation(
    PublishDecisionCatalogInput,
    DecisionCatalogView,
    REVIEWERS,
    '公布决策事项目录',
  ),
  'decisionCatalogs.export': query(
    DecisionCatalogYear,
    DownloadedFile,
    'signedIn',
    '导出重大行政决策事项目录',
  ),
  'cleanup.list': query(Empty, z.array(CampaignSummary), 'signedIn', '清理活动列表'),
  'cleanup.get': query(CampaignRef, CampaignDetail, 'signedIn', '查看清理活动'),
  'cleanup.preview': query(PreviewScopeInput, ScopePreview, 'signedIn', '预览清理范围'),
  'cleanup.create': mutation(CreateCampaignInput, CampaignDetail, REVIEWERS, '新建清理活动'),
  'cleanup.rescope': mutation(RescopeCampaignInput, CampaignDetail, REVIEWERS, '调整清理范围'),
  'cleanup.decide': mutation(DecideItemsInput, CampaignDetail, REVIEWERS, '拟定清理处理意见'),
  'cleanup.approve': mutation(ApproveItemsInput, CampaignDetail, CLEANUP_APPROVERS, '批准清理处理意见'),
  'cleanup.apply': mutation(ApplyCampaignInput, CampaignDetail, CLEANUP_APPROVERS, '应用清理结果'),
  'cleanup.export': query(ExportCampaignInput, DownloadedFile, 'signedIn', '导出清理结果'),
  'validity.list': query(ListValidityInput, ValidityPage, 'signedIn', '有效期监测'),
  'validity.summary': query(Empty, ValiditySummary, 'signedIn', '有效期提醒'),
  'validity.forDocument': query(DocumentRef, DocumentValidityView, 'signedIn', '查看文件效力状态'),
  'disclosure.get': query(DocumentRef, DisclosureView, 'signedIn', '查看政府信息公开答复期限'),
  'disclosure.recordRequest': mutation(
    RecordDisclosureRequestInput,
    DisclosureView,
    DOCUMENT_EDITORS,
    '登记公开申请收到日期',
  ),
  'disclosure.recordExtension': mutation(
    RecordDisclosureExtensionInput,
    DisclosureView,
    DISCLOSURE_APPROVERS,
    '批准延长答复期限',
  ),
  'disclosure.recordConsultation': mutation(
    RecordDisclosureConsultationInput,
    DisclosureView,
    DOCUMENT_EDITORS,
    '登记征求第三方意见',
  ),
  'disclosure.recordAnswer': mutation(
    RecordDisclosureAnswerInput,
    DisclosureView,
    DOCUMENT_EDITORS,
    '登记公开答复日期',
  ),
  'disclosure.proactive': query(
    DocumentRef,
    ProactiveDisclosureView.nullable(),
    'signedIn',
    '查看主动公开期限',
  ),
  'disclosure.recordProactive': mutation(
    RecordProactiveDisclosureInput,
    ProactiveDisclosureView,
    DOCUMENT_EDITORS,
    '登记主动公开',
  ),
  'disclosure.clocks': query(Empty, DisclosureClocks, 'signedIn', '政府信息公开期限提醒'),

  // Everyone signed in reads the figures, as the registry and the filing register are open to them.
  'stats.get': query(StatsInput, StatsView, 'signedIn', '统计'),
  'stats.documents': query(StatsDocumentsInput, z.array(StatsDocument), 'signedIn', '统计数字背后的文件'),

  // Reading the log is open to administrators only; its export is itself recorded in the log.
  'audit.list': query(ListAuditInput, AuditPage, ADMIN, '审计日志'),
  'audit.verify': query(Empty, AuditVerification, ADMIN, '校验审计日志'),
  'audit.export': mutation(ExportAuditInput, DownloadedFile, ADMIN, '导出审计日志'),
} as const satisfies Record<string, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

/** The channels that change data, and those that only read. */
export type MutationChannel = { [C in Channel]: Contract[C]['mutates'] extends true ? C : never }[Channel];
export type QueryChannel = Exclude<Channel, MutationChannel>;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
