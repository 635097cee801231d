import type { FormInstance } from 'antd';

/**
 * The form's values once every field passes its rules, or null when one does not (its message shows
 * under it). A validation overtaken by a newer one (a field changed while it ran: `outOfDate`) is run
 * again rather than taken as a failure, so a click that follows typing is never lost.
 */
export async function validFields<Values>(form: FormInstance<Values>): Promise<Values | null> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return await form.validateFields();
    } catch (error) {
      const { outOfDate, errorFields } = (error ?? {}) as { outOfDate?: boolean; errorFields?: unknown[] };
      if (!outOfDate || (errorFields?.length ?? 0) > 0) return null;
    }
  }
  return null;
}
