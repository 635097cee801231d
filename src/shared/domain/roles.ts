/** Roles an account may hold; one account may hold several. */
export const ROLES = ['admin', 'drafter', 'reviewer', 'counsel', 'leader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  drafter: '起草人员',
  reviewer: '审核人员',
  counsel: '法律顾问',
  leader: '负责人',
};

export function hasAnyRole(held: readonly Role[], allowed: readonly Role[]): boolean {
  return held.some((role) => allowed.includes(role));
}
