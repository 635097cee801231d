import { ROLE_LABELS } from '../roles';

/**
 * What the audit log knows of an entry's object: the current names joined from the tables, and the
 * details the entry recorded (used when the object has since been removed or renamed away).
 */
export interface AuditSubjectFacts {
  action: string;
  targetType: string | null;
  detail: Record<string, unknown>;
  /** The document the entry concerns and its current title, when it still exists. */
  documentTitle: string | null;
  /** A version: its number within the document (第n版), its name and when it was saved. */
  versionSeq: number | null;
  versionLabel: string | null;
  versionCreatedAt: string | null;
  /** An account the entry is about (not the one who acted). */
  userName: string | null;
  userLogin: string | null;
  /** A review case: its round (第n轮). */
  reviewRound: number | null;
  /** A material: its file name. */
  attachmentName: string | null;
  /** A filing package: its 备案报告 number; a submission: the organ it went to. */
  reportNumber: string | null;
  filingRecipient: string | null;
  /** A cleanup campaign, a decision catalog (its year) or one of its items. */
  campaignName: string | null;
  catalogYear: number | null;
  itemName: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A day as the office reads it, in the local calendar. */
export function localDay(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * The document's title: as it is now, else as the entry recorded it. A default entry records the
 * operation's own title under `title` next to its `input`, so only the input's title counts there.
 */
export function recordedDocumentTitle(facts: Pick<AuditSubjectFacts, 'documentTitle' | 'detail'>) {
  if (facts.documentTitle) return facts.documentTitle;
  const { detail } = facts;
  if ('input' in detail) return text(record(detail.input).title);
  return text(detail.title);
}

function quoted(title: string | null): string {
  return title ? `《${title}》` : '';
}

function account(name: string | null, login: string | null): string {
  if (name && login) return `账号 ${name}（${login}）`;
  return name || login ? `账号 ${name ?? login ?? ''}` : '账号';
}

/** 对象: the entry's object named as people do, e.g. 《某办法》第2版（送审稿，2025-03-10）. */
export function describeAuditSubject(facts: AuditSubjectFacts): string {
  const { detail } = facts;
  const input = record(detail.input);
  const document = quoted(recordedDocumentTitle(facts));
  switch (facts.targetType) {
    case 'users':
    case 'auth':
    case 'setup': {
      const admin = record(detail.admin);
      const login = facts.userLogin ?? text(input.username) ?? text(detail.username) ?? text(admin.username);
      return account(facts.userName ?? text(input.displayName), login);
    }
    case 'versions': {
      const number = facts.versionSeq !== null ? `第${facts.versionSeq}版` : '版本';
      const label = facts.versionLabel ?? text(input.label);
      const day = facts.versionCreatedAt ? localDay(facts.versionCreatedAt) : null;
      const note = [label, day].filter(Boolean).join('，');
      return `${document}${number}${note ? `（${note}）` : ''}`;
    }
    case 'review_cases':
      return `${document}${facts.reviewRound !== null ? `第${facts.reviewRound}轮` : ''}合法性审核`;
    case 'attachments': {
      const name = facts.attachmentName ?? text(detail.fileName) ?? text(input.fileName);
      return `${document}材料${name ? `“${name}”` : ''}`;
    }
    case 'signoffs':
      return `${document}法律意见签署`;
    case 'annotations':
      return `${document}批注`;
    case 'filing_packages': {
      const number = facts.reportNumber ?? text(detail.reportNumber);
      return `${document}备案材料包${number ? `（${number}）` : ''}`;
    }
    case 'filing_submissions':
    case 'filing_letters': {
      const recipient = facts.filingRecipient ?? text(detail.recipient);
      return `${document}备案${recipient ? `（报送${recipient}）` : ''}`;
    }
    case 'cleanup_campaigns': {
      const name = facts.campaignName ?? text(detail.name);
      return `清理活动${name ? `“${name}”` : ''}`;
    }
    case 'decision_catalogs': {
      const year = facts.catalogYear ?? (typeof detail.year === 'number' ? detail.year : null);
      return `${year !== null ? `${year}年度` : ''}重大行政决策事项目录`;
    }
    case 'decision_catalog_items': {
      const name = facts.itemName ?? text(record(detail.after).name) ?? text(record(detail.before).name);
      return `决策事项${name ? `“${name}”` : ''}`;
    }
    case 'signed_rosters':
      return '签名密钥名册';
    case 'settings':
      return facts.action.startsWith('rules.') ? '规则配置' : '机关信息';
    case 'laws':
    case 'law_changes': {
      const title = text(detail.title);
      return title ? `法规《${title}》` : '法规变化';
    }
    case 'audit_log':
      return '审计日志';
    case 'citation_index':
      return '法规引用索引';
    default:
      return document || '—';
  }
}

/** Recorded fields the 详情 shows, with their Chinese names; ids and internal keys are left out. */
export const AUDIT_DETAIL_LABELS: Record<string, string> = {
  title: '标题',
  kind: '类别',
  label: '版本名称',
  note: '说明',
  username: '登录名',
  displayName: '姓名',
  roles: '角色',
  active: '启用',
  agencyName: '机关名称',
  agencyCode: '机关代字',
  fileName: '文件名',
  materialKind: '材料类别',
  size: '大小（字节）',
  sha256: 'SHA-256 校验值',
  contentHash: '内容哈希',
  characters: '字数',
  revision: '修订号',
  part: '部分',
  lawTitle: '法规名称',
  article: '条款',
  opinion: '意见',
  from: '原状态',
  to: '新状态',
  reason: '理由',
  name: '名称',
  year: '年度',
  on: '日期',
  reportNumber: '备案报告文号',
  recipients: '报送机关',
  recipient: '报送机关',
  files: '文件数',
  method: '报送方式',
  sentOn: '报送日期',
  outcome: '备案结果',
  correctionDueOn: '补正期限',
  applicant: '申请人',
  receivedOn: '收到日期',
  notifiedOn: '告知日期',
  workingDays: '工作日',
  thirdParty: '第三方',
  fromOn: '自',
  toOn: '至',
  channel: '公开渠道',
  channels: '公布渠道',
  disclosedOn: '公开日期',
  reference: '文件或会议',
  fingerprint: '密钥指纹',
  signerFingerprint: '签发人密钥指纹',
  entries: '条目数',
  change: '变化',
  changedOn: '变化日期',
  dueOn: '完成期限',
  decidedOn: '决定日期',
  disposition: '处理意见',
  documents: '涉及文件',
  total: '合计',
  filters: '筛选条件',
  rows: '条数',
  profile: '规则配置',
  years: '年度',
  round: '轮次',
  docNumber: '文号',
};

function roleLabel(role: unknown): unknown {
  return typeof role === 'string' && Object.hasOwn(ROLE_LABELS, role)
    ? ROLE_LABELS[role as keyof typeof ROLE_LABELS]
    : role;
}

/** One recorded field as text: lists joined, small objects as 名：值 pairs, nested ids left out. */
function fieldText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(fieldText).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join('、') : null;
  }
  const parts = auditDetailFields(record(value)).map(({ label, value: text }) => `${label}：${text}`);
  return parts.length > 0 ? parts.join('；') : null;
}

/**
 * 详情: the fields the entry recorded that a reader can use, labelled in Chinese. A default entry's
 * `input` is opened up; its `title` (the operation's own name) is not repeated.
 */
export function auditDetailFields(detail: Record<string, unknown>): { label: string; value: string }[] {
  const recorded = 'input' in detail ? record(detail.input) : detail;
  const shown: { label: string; value: string }[] = [];
  for (const [key, value] of Object.entries(recorded)) {
    const label = AUDIT_DETAIL_LABELS[key];
    const named = key === 'roles' && Array.isArray(value) ? value.map((role) => roleLabel(role)) : value;
    const valueText = label ? fieldText(named) : null;
    if (label && valueText !== null) shown.push({ label, value: valueText });
  }
  return shown;
}
