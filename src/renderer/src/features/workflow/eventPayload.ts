import dayjs, { type Dayjs } from 'dayjs';
import type { ChannelInput } from '../../../../shared/api';

/** A workflow event as the client sends it: the type and its fields, without `on` (the server's today). */
export type WorkflowCommandEvent = ChannelInput<'workflow.transition'>['event'];

/** The calendar day of a date picker's value, as the API's ISO dates are written. */
export function isoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

export function today(): string {
  return isoDate(dayjs());
}

/**
 * Form values → event fields: dates become ISO days, a range becomes {from, to}, text is trimmed and
 * empty answers are left out so optional fields stay absent rather than "". Fields named `_…` only steer
 * the form (which inputs to show) and are not sent.
 */
function clean(value: unknown): unknown {
  if (dayjs.isDayjs(value)) return isoDate(value);
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every((part) => dayjs.isDayjs(part))) {
      const [from, to] = value as [Dayjs, Dayjs];
      return { from: isoDate(from), to: isoDate(to) };
    }
    const items = value.map(clean).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key]) => !key.startsWith('_'))
      .map(([key, field]) => [key, clean(field)] as const)
      .filter(([, field]) => field !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

export function toWorkflowEvent(type: WorkflowCommandEvent['type'], values: object): WorkflowCommandEvent {
  const fields = clean(values);
  return { ...(fields && typeof fields === 'object' ? fields : {}), type };
}

/** Whole calendar days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

/**
 * 印发: the numbers to send. Main gives them; an administrator who changed one in the dialog sends it
 * (`_docNumber` differs from the preview `_docNumberPlanned`), and main checks it.
 */
export function numberCorrections(values: Record<string, unknown>): {
  docNumber?: string;
  registrationNumber?: string;
} {
  const corrections: { docNumber?: string; registrationNumber?: string } = {};
  for (const name of ['docNumber', 'registrationNumber'] as const) {
    const shown = values[`_${name}`];
    const planned = values[`_${name}Planned`];
    if (typeof shown === 'string' && shown.trim() !== '' && shown.trim() !== planned) {
      corrections[name] = shown.trim();
    }
  }
  return corrections;
}
