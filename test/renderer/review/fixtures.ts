import { readFileSync } from 'node:fs';
import dayjs from 'dayjs';
import { join } from 'node:path';
import type {
  ReviewCaseDetail,
  ReviewCaseSummary,
  Signoff,
  VersionSummary,
  WorkflowView,
} from '../../../src/shared/api';
import { Checklist } from '../../../src/shared/domain/checklist';

/** The shipped checklist of 行政规范性文件, as main reads it. */
export const CHECKLIST = Checklist.parse(
  JSON.parse(
    // happy-dom replaces URL, so the path is built from the project root vitest runs in.
    readFileSync(join(process.cwd(), 'resources/checklists/admin_normative.json'), 'utf8'),
  ),
);

export function version(overrides: Partial<VersionSummary> = {}): VersionSummary {
  return {
    id: 'v-1',
    seq: 1,
    label: '送审稿',
    note: '',
    contentHash: '9f2c1e7d5a3b4c6d8e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d',
    charCount: 1200,
    createdAt: '2025-03-03T02:00:00.000Z',
    createdBy: 'u-drafter',
    createdByName: '王起草',
    ...overrides,
  };
}

/** A calendar day relative to today, as the API writes dates. */
export function dayFromToday(offset: number): string {
  return dayjs().add(offset, 'day').format('YYYY-MM-DD');
}

export function caseSummary(overrides: Partial<ReviewCaseSummary> = {}): ReviewCaseSummary {
  return {
    id: 'case-1',
    documentId: 'doc-1',
    documentTitle: '关于进一步加强规模以上企业统计报表报送管理的规定',
    kind: 'admin_normative',
    draftingUnit: '综合统计科',
    versionId: 'v-1',
    versionLabel: '送审稿',
    round: 1,
    state: 'open',
    receivedOn: '2025-03-03',
    materialsCompleteOn: '2025-03-04',
    earliestConclusionOn: '2025-03-11',
    requestedAnswerOn: null,
    earliestAnswerOn: null,
    submissionWarning: null,
    dueOn: dayFromToday(10),
    dueWarnings: [],
    workingDaysLeft: 5,
    reviewerId: 'u-admin',
    reviewerName: '张三',
    conclusion: null,
    conclusionLabel: null,
    concludedOn: null,
    ...overrides,
  };
}

export function caseDetail(overrides: Partial<ReviewCaseDetail> = {}): ReviewCaseDetail {
  const items = CHECKLIST.elements.map((element) => ({
    element,
    verdict: 'pending' as const,
    note: '',
    annotationIds: [],
    updatedAt: null,
    updatedByName: null,
  }));
  return {
    case: caseSummary(),
    version: version(),
    checklistTitle: CHECKLIST.title,
    groups: CHECKLIST.groups,
    items,
    findings: [
      {
        id: 'f-1',
        ruleId: 'citation_repealed',
        ruleTitle: '引用已废止的法律法规',
        severity: 'error',
        elementId: 'content_legality',
        blockId: 'b2',
        label: '第一条',
        excerpt: '《中华人民共和国统计法实施细则》',
        message: '《中华人民共和国统计法实施细则》已废止，现行为《中华人民共和国统计法实施条例》。',
        basis: '中华人民共和国统计法实施条例第五十条',
        state: 'suggested',
        reason: '',
        decidedAt: null,
        decidedByName: null,
      },
      {
        id: 'f-2',
        ruleId: 'sets_fine',
        ruleTitle: '规范性文件设定行政处罚',
        severity: 'error',
        elementId: 'unlawful_powers',
        blockId: 'b8',
        label: '第七条',
        excerpt: '每迟报一次处以2000元罚款',
        message: '行政规范性文件不得设定罚款。',
        basis: '行政处罚法第十六条',
        state: 'suggested',
        reason: '',
        decidedAt: null,
        decidedByName: null,
      },
    ],
    suggestions: [],
    letterNumber: null,
    opinion: '',
    outcomes: [
      { code: 'LAWFUL', label: '合法', allowsDeliberation: true },
      { code: 'LAWFUL_WITH_CHANGES', label: '修改后提交', allowsDeliberation: true },
      { code: 'UNLAWFUL', label: '不合法（建议不制定）', allowsDeliberation: false },
    ],
    suggestedConclusion: 'LAWFUL',
    summary: { conforming: 0, nonconforming: 0, notApplicable: 0, pending: items.length },
    ...overrides,
  };
}

const STATES: WorkflowView['states'] = [
  ['drafting', '起草'],
  ['submitted', '送审'],
  ['in_review', '审核中'],
  ['returned', '退回补正'],
  ['reviewed', '审核完成'],
  ['deliberated', '集体审议'],
  ['issued', '印发'],
  ['filed', '已备案'],
  ['in_force', '有效'],
  ['expired', '失效'],
  ['repealed', '废止'],
].map(([id, label]) => ({
  id: id as WorkflowView['state'],
  label: label ?? '',
  final: id === 'expired' || id === 'repealed',
}));

export function workflowView(overrides: Partial<WorkflowView> = {}): WorkflowView {
  return {
    documentId: 'doc-1',
    kind: 'admin_normative',
    state: 'drafting',
    stateLabel: '起草',
    reviewName: '合法性审核',
    states: STATES,
    events: [{ type: 'SUBMIT', label: '送审', blockedReason: null, roles: ['drafter'] }],
    submittedVersionId: null,
    context: {},
    ...overrides,
  };
}

export function signoff(overrides: Partial<Signoff> = {}): Signoff {
  return {
    id: 's-1',
    documentId: 'doc-1',
    versionId: 'v-1',
    versionSeq: 1,
    versionLabel: '送审稿',
    contentHash: version().contentHash,
    signerId: 'u-counsel',
    signerName: '赵顾问',
    signerRole: 'counsel',
    opinion: 'agree_with_changes',
    text: '建议删除第七条罚款规定及第八条查封扣押规定后提交审议。',
    signedAt: '2025-03-10T06:00:00.000Z',
    keyFingerprint: '3f2a9c01'.repeat(8),
    valid: true,
    stale: false,
    ...overrides,
  };
}
