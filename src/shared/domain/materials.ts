import type { DocumentKind } from './documentKinds';
import type { RuleConfidence } from './ruleCodes';

/** Kinds of material a document's file may hold (送审材料 and later records). */
export const MATERIAL_KINDS = [
  'request_letter',
  'drafting_explanation',
  'legal_basis',
  'consultation',
  'unit_legal_opinion',
  'fair_competition',
  'expert_opinion',
  'risk_assessment',
  'public_participation',
  'deliberation_record',
  'legal_opinion',
  // After the others users pick often: the upload list shows the first ten without scrolling.
  'assessment_report',
  'counterparty_documents',
  'disclosure_request',
  'original_import',
  'other',
] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  request_letter: '报请审核的请示（送审函）',
  drafting_explanation: '起草说明',
  legal_basis: '制定依据',
  consultation: '征求意见及采纳情况',
  unit_legal_opinion: '起草单位法制机构审核意见或法律顾问意见',
  fair_competition: '公平竞争审查结论',
  assessment_report: '评估论证报告',
  expert_opinion: '专家论证意见',
  risk_assessment: '风险评估报告',
  public_participation: '公众参与及意见采纳情况',
  deliberation_record: '集体审议（讨论）记录',
  legal_opinion: '法律顾问、公职律师法律意见书',
  counterparty_documents: '合同相对方资质及谈判材料',
  disclosure_request: '政府信息公开申请及相关材料',
  original_import: '导入的 Word 原件',
  other: '其他材料',
};

/**
 * When a material must be present: before the legality review starts (送审), or before collective
 * deliberation / issuance.
 */
export type MaterialStage = 'review' | 'deliberation';

export interface MaterialRequirement {
  kind: MaterialKind;
  stage: MaterialStage;
  /** Required in every case, or only where the condition applies (shown to the user). */
  required: boolean;
  condition?: string;
  /** Where the requirement comes from, as a user cites it (法规名称 + 条款, or 地方规定). */
  source: string;
  /** How sure that basis is; shown as a plain note where it matters (basisStanding.ts). */
  confidence: RuleConfidence;
  /** The other localities' rules the requirement was taken from; not shown with the list. */
  origin?: string;
}

const ADMIN_NORMATIVE: MaterialRequirement[] = [
  {
    kind: 'request_letter',
    stage: 'review',
    required: false,
    source: '地方规定',
    confidence: 'L',
    origin: '上海宝山、常州',
  },
  {
    kind: 'drafting_explanation',
    stage: 'review',
    required: true,
    source: '国办发〔2018〕115号；地方规定',
    confidence: 'L',
    origin: '珠海、荆州规定',
  },
  {
    kind: 'legal_basis',
    stage: 'review',
    required: true,
    source: '国办发〔2018〕115号；地方审核标准',
    confidence: 'L',
    origin: '荆州审核标准',
  },
  {
    kind: 'consultation',
    stage: 'review',
    required: true,
    source: '国办发〔2018〕115号；地方组织法第七十五条（公开征求意见）',
    confidence: 'P',
  },
  {
    kind: 'unit_legal_opinion',
    stage: 'review',
    required: false,
    condition: '起草单位设有法制机构或聘请法律顾问的',
    source: '地方审核标准',
    confidence: 'L',
    origin: '荆州审核标准、常州形式要件',
  },
  {
    kind: 'fair_competition',
    stage: 'review',
    required: false,
    condition: '涉及经营者经济活动的',
    source: '公平竞争审查条例第二条、第十八条',
    confidence: 'P',
  },
  {
    kind: 'deliberation_record',
    stage: 'deliberation',
    required: true,
    source: '国办发〔2018〕37号；地方组织法第七十五条',
    confidence: 'P',
  },
];

const PARTY_NORMATIVE: MaterialRequirement[] = [
  {
    kind: 'drafting_explanation',
    stage: 'review',
    required: true,
    source: '中国共产党党内法规和规范性文件备案审查规定（制定说明）',
    confidence: 'M',
    origin: '宣城通知',
  },
  {
    kind: 'legal_basis',
    stage: 'review',
    required: true,
    source: '中国共产党党内法规制定条例（前置审核）',
    confidence: 'M',
  },
  {
    kind: 'consultation',
    stage: 'review',
    required: true,
    source: '中国共产党党内法规制定条例',
    confidence: 'M',
  },
  {
    kind: 'deliberation_record',
    stage: 'deliberation',
    required: true,
    source: '中国共产党党内法规制定条例',
    confidence: 'M',
  },
];

const MAJOR_DECISION: MaterialRequirement[] = [
  {
    kind: 'drafting_explanation',
    stage: 'review',
    required: true,
    source: '重大行政决策程序暂行条例第二十六条（履行法定程序的说明）',
    confidence: 'P',
  },
  {
    kind: 'legal_basis',
    stage: 'review',
    required: true,
    source: '重大行政决策程序暂行条例第二十六条',
    confidence: 'P',
  },
  {
    kind: 'public_participation',
    stage: 'review',
    required: true,
    source: '重大行政决策程序暂行条例第十四至十八条',
    confidence: 'P',
  },
  {
    kind: 'expert_opinion',
    stage: 'review',
    required: false,
    condition: '专业性、技术性较强的决策事项',
    source: '重大行政决策程序暂行条例第十九条',
    confidence: 'P',
  },
  {
    kind: 'risk_assessment',
    stage: 'review',
    required: false,
    condition: '可能对社会稳定、公共安全等方面造成不利影响的',
    source: '重大行政决策程序暂行条例第二十二条',
    confidence: 'P',
  },
  {
    kind: 'legal_opinion',
    stage: 'deliberation',
    required: false,
    condition: '法律顾问、公职律师出具书面法律意见的（意见本身须在流程中登记）',
    source: '重大行政决策程序暂行条例第二十八条',
    confidence: 'P',
  },
  {
    kind: 'fair_competition',
    stage: 'deliberation',
    required: false,
    condition: '涉及市场主体经济活动的',
    source: '重大行政决策程序暂行条例第二十九条',
    confidence: 'P',
  },
  {
    kind: 'deliberation_record',
    stage: 'deliberation',
    required: true,
    source: '重大行政决策程序暂行条例第三十条',
    confidence: 'P',
  },
];

const CONTRACT: MaterialRequirement[] = [
  {
    kind: 'request_letter',
    stage: 'review',
    required: false,
    source: '本机关合同审查规定（本地设置）',
    confidence: 'local',
  },
  {
    kind: 'counterparty_documents',
    stage: 'review',
    required: true,
    source: '本机关合同审查规定（本地设置）',
    confidence: 'local',
  },
  {
    kind: 'legal_basis',
    stage: 'review',
    required: false,
    source: '本机关合同审查规定（本地设置）',
    confidence: 'local',
  },
];

const DISCLOSURE: MaterialRequirement[] = [
  {
    kind: 'disclosure_request',
    stage: 'review',
    required: true,
    source: '中华人民共和国政府信息公开条例第二十九条',
    confidence: 'P',
  },
  {
    kind: 'legal_basis',
    stage: 'review',
    required: false,
    source: '中华人民共和国政府信息公开条例',
    confidence: 'P',
  },
];

export const MATERIAL_REQUIREMENTS: Record<DocumentKind, MaterialRequirement[]> = {
  admin_normative: ADMIN_NORMATIVE,
  party_normative: PARTY_NORMATIVE,
  major_decision: MAJOR_DECISION,
  contract: CONTRACT,
  disclosure: DISCLOSURE,
};

export interface MaterialPresence {
  /** Uploaded files per material kind (withdrawn ones excluded). */
  files: Partial<Record<MaterialKind, number>>;
  /** Entries in the structured 制定依据 list. */
  legalBases: number;
  /** The 起草说明 written in the editor is not empty. */
  explanationWritten: boolean;
}

export interface MaterialCheck extends MaterialRequirement {
  label: string;
  present: boolean;
}

/** The checklist a user sees: each requirement of the kind with whether something satisfies it. */
export function checkMaterials(kind: DocumentKind, presence: MaterialPresence): MaterialCheck[] {
  return MATERIAL_REQUIREMENTS[kind].map((requirement) => {
    const files = presence.files[requirement.kind] ?? 0;
    const present =
      files > 0 ||
      (requirement.kind === 'legal_basis' && presence.legalBases > 0) ||
      (requirement.kind === 'drafting_explanation' && presence.explanationWritten);
    return { ...requirement, label: MATERIAL_KIND_LABELS[requirement.kind], present };
  });
}

/** Required materials of a stage that are still missing (conditional ones are the reviewer's call). */
export function missingRequired(checks: readonly MaterialCheck[], stage: MaterialStage): MaterialCheck[] {
  return checks.filter((check) => check.stage === stage && check.required && !check.present);
}
