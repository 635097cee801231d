import { expect } from 'vitest';
import { BUNDLED_HOLIDAYS } from '../../../../../src/shared/domain/calendar';
import type { DocumentKind } from '../../../../../src/shared/domain/documentKinds';
import type { DocumentStatus } from '../../../../../src/shared/domain/documentStatus';
import {
  MATERIAL_REQUIREMENTS,
  type MaterialKind,
  checkMaterials,
} from '../../../../../src/shared/domain/materials';
import type { RuleProfile } from '../../../../../src/shared/domain/ruleProfileSchema';
import { defaultRuleProfile } from '../../../../../src/shared/domain/builtinRuleProfiles';
import {
  type MachineEnv,
  type WorkflowContext,
  type WorkflowEvent,
  type WorkflowMachine,
  applyEffects,
  initialContext,
  transition,
  workflowMachine,
} from '../../../../../src/shared/domain/workflow';

export const env: MachineEnv = { profile: defaultRuleProfile(), holidays: BUNDLED_HOLIDAYS };

export function machineWith(kind: DocumentKind, change?: (profile: RuleProfile) => void): WorkflowMachine {
  if (!change) return workflowMachine(kind, env);
  const profile = structuredClone(env.profile);
  change(profile);
  return workflowMachine(kind, { ...env, profile });
}

/** Every material of the kind present (required and conditional), except the ones named. */
export function materials(kind: DocumentKind, without: MaterialKind[] = []) {
  const files: Partial<Record<MaterialKind, number>> = {};
  for (const requirement of MATERIAL_REQUIREMENTS[kind]) {
    if (!without.includes(requirement.kind)) files[requirement.kind] = 1;
  }
  return checkMaterials(kind, { files, legalBases: 0, explanationWritten: false });
}

export const TITLES: Record<DocumentKind, string> = {
  admin_normative: '某区统计调查项目管理办法',
  party_normative: '中共某区统计局党组工作规则',
  major_decision: '某区统计数据质量提升三年行动方案',
  contract: '统计调查数据采集服务合同',
  disclosure: '关于某企业统计数据公开申请的答复意见',
};

export const NO_PROBLEMS = {
  political: { hasProblem: false },
  compliance: { hasProblem: false },
  reasonableness: { hasProblem: false },
  standardization: { hasProblem: false },
};

/** 重大行政决策: the 法律顾问's opinion, organised during the 合法性审查 (第二十八条). */
export const LEGAL_OPINION: WorkflowEvent = {
  type: 'RECORD_LEGAL_OPINION',
  on: '2026-05-12',
  adviserRole: 'legal_adviser',
  adviserName: '周律师',
  givenOn: '2026-05-11',
  opinion: 'agree',
  text: '决策事项属于本局法定职权，草案内容未发现与法律、法规、规章相抵触的情形。',
};

/** The happy path of each kind, one event per step, on the 2026 calendar. */
export function happyPath(kind: DocumentKind): WorkflowEvent[] {
  const procedures: WorkflowEvent[] =
    kind === 'major_decision'
      ? [
          {
            type: 'RECORD_PROCEDURE',
            on: '2026-04-10',
            procedure: 'public_participation',
            commentPeriod: { from: '2026-03-06', to: '2026-04-08' },
          },
          { type: 'RECORD_PROCEDURE', on: '2026-04-15', procedure: 'expert_argument' },
          {
            type: 'RECORD_PROCEDURE',
            on: '2026-04-16',
            procedure: 'risk_assessment',
            notApplicableReason: '仅涉及统计内部工作，不影响社会稳定和公共安全',
          },
        ]
      : kind === 'admin_normative'
        ? [
            {
              type: 'RECORD_PROCEDURE',
              on: '2026-04-10',
              procedure: 'assessment',
              completedOn: '2026-04-09',
            },
            {
              type: 'RECORD_PROCEDURE',
              on: '2026-04-20',
              procedure: 'public_consultation',
              commentPeriod: { from: '2026-04-01', to: '2026-04-14' },
            },
          ]
        : [];
  const review: WorkflowEvent[] = [
    { type: 'SUBMIT', on: '2026-04-28', versionId: 'v2', versionLabel: '送审稿' },
    { type: 'START_REVIEW', on: '2026-04-30' },
    ...(kind === 'major_decision' ? [LEGAL_OPINION] : []),
    {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-15',
      conclusion: kind === 'party_normative' ? 'PARTY_PASSED' : 'LAWFUL',
      ...(kind === 'party_normative' ? { dimensions: NO_PROBLEMS } : {}),
    },
  ];
  if (kind === 'contract' || kind === 'disclosure') return review;
  const filed = env.profile.filing[kind].required;
  return [
    ...procedures,
    ...review,
    {
      type: 'RECORD_DELIBERATION',
      on: '2026-05-20',
      meetingType: '局务会议',
      meetingName: '2026年第12次局务会议',
      attendees: ['张局长', '李副局长'],
      decision: 'approved',
    },
    {
      type: 'ISSUE',
      on: '2026-05-25',
      docNumber: '某统字〔2026〕3号',
      registrationNumber: '某区规〔2026〕001',
      publishedOn: '2026-05-25',
      effectiveOn: '2026-07-01',
      publishedIn: ['政府网站'],
    },
    ...(filed
      ? ([
          { type: 'SUBMIT_FILING', on: '2026-06-05', recipients: ['本级人民政府'] },
          {
            type: 'RECORD_FILING_RESULT',
            on: '2026-06-20',
            outcome: kind === 'party_normative' ? 'PARTY_PASSED' : 'REGISTERED',
          },
        ] satisfies WorkflowEvent[])
      : []),
    { type: 'ENTER_INTO_FORCE', on: '2026-07-01' },
  ];
}

export interface Point {
  state: DocumentStatus;
  context: WorkflowContext;
}

/** Runs events from a point, failing the test on the first refusal; returns every point passed. */
export function walk(machine: WorkflowMachine, events: readonly WorkflowEvent[], from?: Point): Point[] {
  let point: Point = from ?? {
    state: machine.initial,
    context: initialContext(TITLES[machine.kind], materials(machine.kind)),
  };
  const points = [point];
  for (const event of events) {
    const result = transition(machine, point.state, event, point.context);
    if (!result.ok) throw new Error(`${machine.kind} ${point.state} ${event.type}: ${result.reason}`);
    point = { state: result.state, context: applyEffects(point.context, result.effects) };
    points.push(point);
  }
  return points;
}

/** The point reached in the happy path when the machine first enters `state`. */
export function pointAt(machine: WorkflowMachine, state: DocumentStatus): Point {
  let point: Point = {
    state: machine.initial,
    context: initialContext(TITLES[machine.kind], materials(machine.kind)),
  };
  for (const event of [undefined, ...happyPath(machine.kind)]) {
    if (event) point = walk(machine, [event], point).at(-1)!;
    if (point.state === state) return point;
  }
  throw new Error(`${machine.kind} never reaches ${state}`);
}

/** Guard ids seen refusing a step, per kind (the coverage test of a file reads it). */
export const refusedBy = new Map<DocumentKind, Set<string>>();

/** Asserts that the step is refused by the named guard, with a Chinese reason containing `text`. */
export function expectRefused(
  machine: WorkflowMachine,
  point: Point,
  event: WorkflowEvent,
  guard: string,
  text: string,
): void {
  const result = transition(machine, point.state, event, point.context);
  expect(result).toMatchObject({ ok: false, code: 'INVALID_STATE', guard });
  if (!result.ok) expect(result.reason).toContain(text);
  const seen = refusedBy.get(machine.kind) ?? new Set<string>();
  seen.add(guard);
  refusedBy.set(machine.kind, seen);
}

export function expectAllowed(machine: WorkflowMachine, point: Point, event: WorkflowEvent) {
  const result = transition(machine, point.state, event, point.context);
  if (!result.ok) throw new Error(`expected ${event.type} to pass: ${result.reason}`);
  return result;
}

/** Every guard id a machine uses, to check that a test file refused each of them at least once. */
export function guardIds(machine: WorkflowMachine): Set<string> {
  const ids = new Set<string>();
  for (const state of Object.values(machine.states)) {
    for (const spec of Object.values(state.on)) for (const guard of spec.guards) ids.add(guard.id);
  }
  return ids;
}

/** Which test file refuses which guards; machine.test.ts checks that together they name every guard. */
export const GUARD_GROUPS = {
  review: [
    'review_materials_complete',
    'materials_date_not_later',
    'conclusion_in_profile',
    'conclusion_after_materials',
    'requested_answer_not_past',
  ],
  issuance: [
    'review_allows_deliberation',
    'fair_competition_reviewed',
    'deliberation_after_conclusion',
    'deliberation_deferred',
    'deliberation_approved',
    'changed_after_deliberation',
    'deliberation_materials_complete',
    'numbers_follow_profile',
    'issue_dates_in_order',
    'effective_date_gap',
    'validity_within_maximum',
  ],
  filing: [
    'issued_before_filing',
    'filing_not_before_publication',
    'filing_awaiting_result',
    'filing_outcome_in_profile',
    'effective_date_reached',
  ],
  revision: ['revision_awaited', 'revision_confirmed_before_deliberation'],
  cleanup: ['revision_of_issued_text'],
  party: ['party_dimensions_assessed', 'party_dimensions_match_conclusion'],
  major: [
    'procedures_before_review',
    'procedure_recorded_by_hand',
    'comment_period_long_enough',
    'materials_before_meeting',
    'legal_opinion_before_deliberation',
    'legal_opinion_dated',
    'legal_risk_override',
  ],
  admin: [
    'admin_procedures_before_review',
    'admin_procedure_allowed',
    'admin_comment_period',
    'fair_competition_allows_issue',
  ],
} as const;

/** Checks that this file refused every guard of its group that the kind's machine uses. */
export function expectGroupCovered(
  group: keyof typeof GUARD_GROUPS,
  kind: DocumentKind,
  exempt: readonly string[] = [],
): void {
  const ids = [...guardIds(workflowMachine(kind, env))].filter((id) =>
    (GUARD_GROUPS[group] as readonly string[]).includes(id),
  );
  const missing = ids.filter((id) => !exempt.includes(id) && !refusedBy.get(kind)?.has(id));
  expect({ kind, missing }).toEqual({ kind, missing: [] });
}
