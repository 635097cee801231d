import type { Role } from '../../../../shared/domain/roles';

/** Roles offered besides 管理员 (the first account is always an administrator). */
export const EXTRA_ROLES: Role[] = ['drafter', 'reviewer', 'counsel', 'leader'];

/** The wizard's form values: the API's SetupInput plus the password confirmation. */
export interface SetupFormValues {
  agency: { agencyName: string; agencyCode: string };
  admin: { username: string; displayName: string; password: string; confirmPassword: string; roles: Role[] };
  demo: boolean;
}

export const INITIAL_VALUES: Partial<SetupFormValues> = {
  admin: { username: '', displayName: '', password: '', confirmPassword: '', roles: [...EXTRA_ROLES] },
  demo: false,
};

/** The fields each step checks before moving on; names are the API's input paths. */
export const STEP_FIELDS: (string | number)[][][] = [
  [
    ['agency', 'agencyName'],
    ['agency', 'agencyCode'],
  ],
  [
    ['admin', 'username'],
    ['admin', 'displayName'],
    ['admin', 'password'],
    ['admin', 'confirmPassword'],
  ],
  [],
];

/** The step that holds a field, so a server-side error can bring the user back to it. */
export function stepOfField(name: readonly (string | number)[]): number {
  const index = STEP_FIELDS.findIndex((fields) =>
    fields.some((field) => field.length === name.length && field.every((part, i) => part === name[i])),
  );
  return index >= 0 ? index : name[0] === 'admin' ? 1 : 0;
}
