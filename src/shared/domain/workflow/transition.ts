import { DOCUMENT_KIND_LABELS } from '../documentKinds';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../documentStatus';
import { type WorkflowEvent, WorkflowEventSchema, type WorkflowEventType } from './events';
import type { TransitionResult, TransitionSpec, WorkflowContext, WorkflowMachine } from './types';

/**
 * The pure step function (XState v5 style): the next state, what to record and the timeline line, or the
 * Chinese reason why the step is not allowed. Nothing is read from the clock or stored here.
 */
export function transition(
  machine: WorkflowMachine,
  state: DocumentStatus,
  input: WorkflowEvent,
  context: WorkflowContext,
): TransitionResult {
  const parsed = WorkflowEventSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'INVALID_INPUT',
      reason: parsed.error.issues.map((issue) => issue.message).join('；'),
    };
  }
  const event = parsed.data;
  const stateSpec = machine.states[state];
  const kindLabel = DOCUMENT_KIND_LABELS[machine.kind];
  if (!stateSpec) {
    return {
      ok: false,
      code: 'INVALID_STATE',
      reason: `${kindLabel}的流程中没有“${DOCUMENT_STATUS_LABELS[state]}”状态。`,
    };
  }
  const spec = specFor(machine, state, event.type);
  const title = machine.eventLabels[event.type];
  if (!spec) {
    return {
      ok: false,
      code: 'INVALID_STATE',
      reason: `${kindLabel}处于“${stateSpec.label}”时不能${title}。`,
    };
  }
  for (const guard of spec.guards) {
    const reason = guard.check(event, context, machine.env);
    if (reason) return { ok: false, code: 'INVALID_STATE', reason, guard: guard.id };
  }
  const effects = spec.effects(event, context, machine.env);
  const next = spec.target(event, context, machine.env);
  return {
    ok: true,
    state: next,
    effects,
    timeline: {
      kind: next === state ? 'workflow_step' : 'status_changed',
      event: event.type,
      from: state,
      to: next,
      title,
      description: spec.describe(event, context, machine.env, effects),
    },
  };
}

/** The spec, widened: each state's table is keyed by event type, so the spec matches the event. */
function specFor(
  machine: WorkflowMachine,
  state: DocumentStatus,
  type: WorkflowEventType,
): TransitionSpec<WorkflowEventType> | undefined {
  return machine.states[state]?.on[type] as TransitionSpec<WorkflowEventType> | undefined;
}

export interface AllowedEvent {
  type: WorkflowEventType;
  label: string;
  /** Why the button is disabled, from the guards that read only the context; null when it may be tried. */
  blockedReason: string | null;
}

/** The buttons of a state. With a context, buttons whose preconditions fail carry the reason. */
export function allowedEvents(
  machine: WorkflowMachine,
  state: DocumentStatus,
  context?: WorkflowContext,
): AllowedEvent[] {
  const on = machine.states[state]?.on ?? {};
  return (Object.keys(on) as WorkflowEventType[]).map((type) => {
    const spec = specFor(machine, state, type);
    let blockedReason: string | null = null;
    if (context && spec) {
      for (const guard of spec.guards) {
        if (!guard.contextOnly) continue;
        // Context-only guards never read the event.
        blockedReason = guard.check(undefined as never, context, machine.env);
        if (blockedReason) break;
      }
    }
    return { type, label: machine.eventLabels[type], blockedReason };
  });
}

export interface MachineState {
  id: DocumentStatus;
  label: string;
  /** No further step (失效, 废止). */
  final: boolean;
}

/** The states of a machine in lifecycle order, with their Chinese labels. */
export function machineStates(machine: WorkflowMachine): MachineState[] {
  return (Object.keys(DOCUMENT_STATUS_LABELS) as DocumentStatus[]).flatMap((id) => {
    const spec = machine.states[id];
    return spec ? [{ id, label: spec.label, final: Object.keys(spec.on).length === 0 }] : [];
  });
}
