import { addDays, addMonths, type IsoDate } from '../calendar/isoDate';

/**
 * The lifecycle of an issued document (RULES.md §1.9, §1.10): computed from its issuance and the
 * decisions recorded about it, never typed by hand.
 *
 * - 有效期届满自动失效: a document valid until D is in force on D and 已失效 from the day after.
 * - 即将到期: from `reminderMonths` before D (the evaluation the rules ask for, 届满前6个月评估).
 * - 废止 / 宣布失效 end validity on the decision date; 修改 marks the text as under revision until the
 *   revised text is issued, which gives a new issuance (a new 文号) and so a fresh start.
 * - Decisions are kept per issuance (by 文号); those about an earlier issuance do not apply to a new one.
 */

export const LIFECYCLE_STATES = [
  'pending',
  'in_force',
  'expiring',
  'expired',
  'amended',
  'repealed',
  'declared_invalid',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const LIFECYCLE_STATE_LABELS: Record<LifecycleState, string> = {
  pending: '尚未施行',
  in_force: '现行有效',
  expiring: '即将到期',
  expired: '已失效（有效期届满）',
  amended: '已修改',
  repealed: '已废止',
  declared_invalid: '已宣布失效',
};

/** The states in which a document is no longer a basis for administration. */
export const ENDED_STATES: readonly LifecycleState[] = ['expired', 'repealed', 'declared_invalid'];

export const LIFECYCLE_EVENTS = ['continued', 'amendment_opened', 'repealed', 'declared_invalid'] as const;
export type LifecycleEventType = (typeof LIFECYCLE_EVENTS)[number];

export const LIFECYCLE_EVENT_LABELS: Record<LifecycleEventType, string> = {
  continued: '决定继续有效',
  amendment_opened: '决定修改',
  repealed: '决定废止',
  declared_invalid: '宣布失效',
};

export interface LifecycleIssuance {
  docNumber: string;
  publishedOn: IsoDate;
  effectiveOn: IsoDate;
  /** Last day in force; null when the document has no 有效期. */
  validUntil: IsoDate | null;
}

export interface LifecycleEventFact {
  docNumber: string;
  event: LifecycleEventType;
  decidedOn: IsoDate;
}

export interface Lifecycle {
  state: LifecycleState;
  label: string;
  /** The day the state began, where it has one (expiry: the day after 有效期; decisions: their date). */
  since: IsoDate | null;
  /** When the evaluation before expiry starts (有效期 − reminder months); null without 有效期. */
  reminderFrom: IsoDate | null;
  /** The last day in force (the issuance's 有效期), null when it has none. */
  validUntil: IsoDate | null;
  /** The latest decision about this issuance, if any. */
  lastDecision: LifecycleEventFact | null;
}

const ENDING: Partial<Record<LifecycleEventType, LifecycleState>> = {
  repealed: 'repealed',
  declared_invalid: 'declared_invalid',
};

/** The document's lifecycle on `today` (an IsoDate in the agency's time zone). */
export function computeLifecycle(
  issuance: LifecycleIssuance,
  events: readonly LifecycleEventFact[],
  today: IsoDate,
  reminderMonths: number,
): Lifecycle {
  const own = events
    .filter((event) => event.docNumber === issuance.docNumber && event.decidedOn <= today)
    .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0));
  const lastDecision = own.at(-1) ?? null;
  const reminderFrom = issuance.validUntil ? addMonths(issuance.validUntil, -reminderMonths) : null;
  const base = { reminderFrom, validUntil: issuance.validUntil, lastDecision };
  const make = (state: LifecycleState, since: IsoDate | null): Lifecycle => ({
    state,
    label: LIFECYCLE_STATE_LABELS[state],
    since,
    ...base,
  });

  const ending = own.find((event) => ENDING[event.event]);
  const expiredOn = issuance.validUntil ? addDays(issuance.validUntil, 1) : null;
  // Whatever came first ends it: a repeal after the 有效期 had run out does not change 已失效.
  if (ending && !(expiredOn && expiredOn <= ending.decidedOn)) {
    return make(ENDING[ending.event] as LifecycleState, ending.decidedOn);
  }
  if (expiredOn && today >= expiredOn) return make('expired', expiredOn);
  const amendment = own.find((event) => event.event === 'amendment_opened');
  if (amendment) return make('amended', amendment.decidedOn);
  if (today < issuance.effectiveOn) return make('pending', null);
  if (reminderFrom && today >= reminderFrom) return make('expiring', reminderFrom);
  return make('in_force', issuance.effectiveOn);
}

/**
 * 有效期届满而未作决定: expired, and nothing was decided about this issuance from the start of its
 * evaluation window on (a 继续有效 decided years earlier does not count as the evaluation).
 */
export function expiredWithoutDecision(lifecycle: Lifecycle): boolean {
  if (lifecycle.state !== 'expired') return false;
  const decision = lifecycle.lastDecision;
  return !decision || (lifecycle.reminderFrom !== null && decision.decidedOn < lifecycle.reminderFrom);
}
