import type { Channel } from '../../api/contract';
import { WORKFLOW_EVENT_LABELS, type WorkflowEventType } from '../workflow/events';

/**
 * 操作: what the audit log calls each operation, as a verb phrase an office reads (登记文件, 保存版本 …).
 * Every channel has one, so a new channel does not compile until it is named here.
 */
export const AUDIT_ACTION_LABELS = {
  'setup.status': '查询初始设置状态',
  'setup.initialize': '初始设置',
  'auth.me': '查看当前账号',
  'auth.signIn': '登录',
  'auth.signOut': '退出登录',
  'auth.changePassword': '修改密码',
  'users.list': '查看账号列表',
  'users.create': '新建账号',
  'users.update': '修改账号',
  'users.resetPassword': '重置密码',
  'settings.getAgency': '查询机关信息',
  'settings.updateAgency': '修改机关信息',
  'documents.list': '查看文件列表',
  'documents.get': '查看文件',
  'documents.create': '登记文件',
  'documents.update': '修改文件信息',
  'drafts.get': '打开草稿',
  'drafts.save': '保存草稿',
  'versions.save': '保存版本',
  'versions.get': '查看版本',
  'versions.restore': '恢复版本为草稿',
  'versions.exportDocx': '导出版本 Word 文件',
  'imports.docx': '导入 Word 文件',
  'materials.list': '查看材料',
  'materials.upload': '上传材料',
  'materials.download': '下载材料',
  'materials.withdraw': '撤回材料',
  'legalBases.add': '添加制定依据',
  'legalBases.remove': '删除制定依据',
  'annotations.list': '查看批注',
  'annotations.create': '添加批注',
  'annotations.reply': '回复批注',
  'annotations.resolve': '解决批注',
  'annotations.reopen': '重新打开批注',
  'compare.run': '比对版本',
  'compare.saveNote': '填写修改说明',
  'compare.export': '导出比对结果',
  'workflow.get': '查看流程',
  'workflow.transition': '办理流程',
  'issuance.preview': '预览印发编号',
  'fairCompetition.get': '查看公平竞争审查',
  'fairCompetition.answer': '回答是否涉及市场主体经济活动',
  'fairCompetition.record': '登记公平竞争审查结论',
  'reviews.list': '查看审核案件列表',
  'reviews.get': '查看审核案件',
  'reviews.setItem': '填写审核要素',
  'reviews.decideFinding': '处理预审发现',
  'reviews.rerunPrecheck': '重新预审',
  'reviews.addSuggestion': '添加修改建议',
  'reviews.removeSuggestion': '删除修改建议',
  'reviews.setOpinion': '填写审核意见',
  'reviews.exportOpinion': '导出合法性审核意见书',
  'reviews.assignLetterNumber': '给意见书编号',
  'filings.list': '查看备案登记簿',
  'filings.forDocument': '查看文件备案情况',
  'filings.due': '查看备案待办',
  'filings.submit': '报送备案',
  'filings.recordOutcome': '登记备案结果',
  'filings.addLetter': '登记备案来函或答复',
  'signoffs.list': '查看签署意见',
  'signoffs.sign': '签署法律意见',
  'signoffs.export': '导出签名',
  'signingKeys.getOwn': '查看本人签名密钥',
  'keyRoster.get': '查看密钥名册',
  'keyRoster.sign': '签发密钥名册',
  'keyRoster.export': '导出密钥名册',
  'filingPackages.check': '检查备案材料',
  'filingPackages.build': '生成备案材料包',
  'filingPackages.list': '查看备案材料包列表',
  'filingPackages.download': '下载备案材料包',
  'rules.get': '查看规则配置',
  'rules.setProfile': '修改规则配置',
  'rules.importHolidays': '导入节假日安排',
  'calendar.deadline': '计算办理期限',
  'laws.search': '查询法律法规库',
  'laws.setStatus': '修改法律法规状态',
  'laws.mark': '记录法规变化',
  'laws.importChanges': '导入法规变化',
  'laws.changes': '查看法规变化记录',
  'laws.changeImpact': '查看法规变化涉及的文件',
  'laws.changeAlerts': '查看引用已变化法规的现行文件',
  'citations.reindex': '重建引用索引',
  'search.query': '全文搜索',
  'search.reindex': '重建搜索索引',
  'catalogs.preview': '查看规范性文件目录',
  'catalogs.export': '导出规范性文件目录',
  'decisionCatalogs.get': '查看重大行政决策事项目录',
  'decisionCatalogs.create': '新建重大行政决策事项目录',
  'decisionCatalogs.addItem': '增加决策事项',
  'decisionCatalogs.updateItem': '调整决策事项',
  'decisionCatalogs.removeItem': '移出决策事项',
  'decisionCatalogs.recordCheck': '登记决策事项目录法治审查',
  'decisionCatalogs.recordApproval': '登记党委同意决策事项目录',
  'decisionCatalogs.publish': '公布决策事项目录',
  'decisionCatalogs.export': '导出重大行政决策事项目录',
  'cleanup.list': '查看清理活动列表',
  'cleanup.get': '查看清理活动',
  'cleanup.preview': '预览清理范围',
  'cleanup.create': '新建清理活动',
  'cleanup.rescope': '调整清理范围',
  'cleanup.decide': '拟定清理处理意见',
  'cleanup.approve': '批准清理处理意见',
  'cleanup.apply': '应用清理结果',
  'cleanup.export': '导出清理结果',
  'validity.list': '查看有效期监测',
  'validity.summary': '查看有效期提醒',
  'validity.forDocument': '查看文件效力状态',
  'disclosure.get': '查看政府信息公开答复期限',
  'disclosure.recordRequest': '登记公开申请收到日期',
  'disclosure.recordExtension': '批准延长答复期限',
  'disclosure.recordConsultation': '登记征求第三方意见',
  'disclosure.recordAnswer': '登记公开答复日期',
  'disclosure.proactive': '查看主动公开期限',
  'disclosure.recordProactive': '登记主动公开',
  'disclosure.clocks': '查看政府信息公开期限提醒',
  'stats.get': '查看统计',
  'stats.documents': '查看统计数字背后的文件',
  'audit.list': '查看审计日志',
  'audit.verify': '校验审计日志',
  'audit.export': '导出审计日志',
} as const satisfies Record<Channel, string>;

/**
 * Entries written outside a channel's own audit step (sign-in is recorded whether it succeeds or not; a
 * signing key issued or replaced is its own entry).
 */
export const AUDIT_EVENT_LABELS: Record<string, string> = {
  'auth.signIn.failed': '登录失败',
  'signingKeys.issue': '生成签名密钥',
  'signingKeys.replace': '更换签名密钥',
  'signingKeys.revoke': '停用签名密钥',
};

/** 业务范围: the first part of an action's name, as the filter offers it. */
export const AUDIT_AREA_LABELS: Record<string, string> = {
  setup: '初始设置',
  auth: '登录与密码',
  users: '账号',
  settings: '机关信息',
  documents: '文件登记',
  drafts: '草稿',
  versions: '版本',
  imports: 'Word 导入',
  materials: '材料',
  legalBases: '制定依据',
  annotations: '批注',
  compare: '版本比对',
  workflow: '流程',
  issuance: '印发',
  calendar: '期限计算',
  fairCompetition: '公平竞争审查',
  reviews: '合法性审核',
  filings: '备案',
  signoffs: '法律意见签署',
  signingKeys: '签名密钥',
  keyRoster: '密钥名册',
  filingPackages: '备案材料包',
  rules: '规则配置',
  laws: '法律法规库',
  citations: '引用索引',
  search: '全文搜索',
  catalogs: '规范性文件目录',
  validity: '有效期',
  decisionCatalogs: '重大行政决策事项目录',
  cleanup: '清理',
  disclosure: '政府信息公开',
  stats: '统计',
  audit: '审计日志',
};

function isWorkflowEventType(type: unknown): type is WorkflowEventType {
  return typeof type === 'string' && Object.hasOwn(WORKFLOW_EVENT_LABELS, type);
}

/**
 * 操作 of one entry in words. A workflow step names the step itself (送审, 出具合法性审核意见 …) rather
 * than the generic 办理流程; an action this version does not know is shown as 其他操作, never by its code.
 */
export function auditActionLabel(action: string, detail: Record<string, unknown> = {}): string {
  if (action === 'workflow.transition') {
    const event = detail.event as { type?: unknown } | undefined;
    if (isWorkflowEventType(event?.type))
      return `${AUDIT_ACTION_LABELS[action]}：${WORKFLOW_EVENT_LABELS[event.type]}`;
  }
  if (Object.hasOwn(AUDIT_ACTION_LABELS, action)) return AUDIT_ACTION_LABELS[action as Channel];
  return AUDIT_EVENT_LABELS[action] ?? '其他操作';
}

/** Every action the filter offers, grouped by area, labelled. */
export function auditActionOptions(): {
  area: string;
  areaLabel: string;
  actions: { action: string; label: string }[];
}[] {
  const actions = [...Object.keys(AUDIT_ACTION_LABELS), ...Object.keys(AUDIT_EVENT_LABELS)];
  return Object.entries(AUDIT_AREA_LABELS).map(([area, areaLabel]) => ({
    area,
    areaLabel,
    actions: actions
      .filter((action) => action.split('.')[0] === area)
      .map((action) => ({ action, label: auditActionLabel(action) })),
  }));
}
