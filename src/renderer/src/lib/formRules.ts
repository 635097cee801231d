import type { FormRule } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { z } from 'zod';

/**
 * An antd form rule that applies a field schema of the API contract, so the form shows exactly the
 * Chinese message the server would return. Empty fields are checked as '' to get the "请填写…" message.
 * A field the schema refuses empty is marked required, so the form shows the red mark beside its label
 * (antd reads the mark from `required`; the validator alone decides, so the message stays the schema's).
 */
export function zodRule(schema: z.ZodType): FormRule {
  return {
    required: !schema.safeParse('').success,
    validator: (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      return result.success
        ? Promise.resolve()
        : Promise.reject(new Error(result.error.issues[0]?.message ?? '内容不符合要求'));
    },
  };
}

/** The confirmation field must repeat the password field it names. */
export function confirmPasswordRule(passwordField: NamePath): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      value && value !== getFieldValue(passwordField)
        ? Promise.reject(new Error('两次输入的密码不一致'))
        : Promise.resolve(),
  });
}

export interface FieldIssue {
  name: (string | number)[];
  errors: string[];
}

/**
 * Splits the server's INVALID_INPUT issues ("agency.agencyName：请填写机关名称") into antd field errors.
 * Issues without a path come back in `general`.
 */
export function issuesToFields(issues: readonly string[]): { fields: FieldIssue[]; general: string[] } {
  const fields: FieldIssue[] = [];
  const general: string[] = [];
  for (const issue of issues) {
    const separator = issue.indexOf('：');
    if (separator <= 0) {
      general.push(issue);
      continue;
    }
    const path = issue
      .slice(0, separator)
      .split('.')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    fields.push({ name: path, errors: [issue.slice(separator + 1)] });
  }
  return { fields, general };
}
