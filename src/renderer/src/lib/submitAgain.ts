import type { FormInstance } from 'antd';

/** Submits again at most this many times in a row, within a second of each other. */
const LIMIT = 5;
const WINDOW_MS = 1000;
const retries = new WeakMap<FormInstance, { count: number; at: number }>();

/**
 * A form's `onFinishFailed`: when the validation of a submit was overtaken by a newer one (a field
 * changed while it ran — on a slow machine, the change made by the click just before), rc-field-form
 * reports `outOfDate` with no field in error and the submit is silently lost. This submits again, so a
 * click on 确定 is never lost; a real error in a field is left to show under the field.
 */
export function submitAgainWhenOverrun<Values>(form: FormInstance<Values>) {
  return (error: { outOfDate?: boolean; errorFields?: unknown[] }) => {
    if (!error.outOfDate || (error.errorFields?.length ?? 0) > 0) return;
    const key = form as FormInstance;
    const now = Date.now();
    const last = retries.get(key);
    const count = last && now - last.at < WINDOW_MS ? last.count : 0;
    if (count >= LIMIT) return;
    retries.set(key, { count: count + 1, at: now });
    form.submit();
  };
}
