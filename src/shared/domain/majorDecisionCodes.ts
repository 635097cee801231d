/**
 * Codes of the 重大行政决策 records that are neither procedures nor outcomes of the review: the legal
 * adviser's opinion (重大行政决策程序暂行条例第二十八条) and the grounds on which a mandatory procedure may
 * be left out (公众参与: 依法不予公开的决策事项, 第十四条).
 */

/** Who gave the legal opinion: 法律顾问 or 公职律师. */
export const LEGAL_ADVISER_ROLES = ['legal_adviser', 'public_lawyer'] as const;
export type LegalAdviserRole = (typeof LEGAL_ADVISER_ROLES)[number];
export const LEGAL_ADVISER_ROLE_LABELS: Record<LegalAdviserRole, string> = {
  legal_adviser: '法律顾问',
  public_lawyer: '公职律师',
};

/** 同意 / 不同意（认为不合法）/ 修改后同意. */
export const LEGAL_OPINIONS = ['agree', 'disagree', 'agree_with_changes'] as const;
export type LegalOpinion = (typeof LEGAL_OPINIONS)[number];
export const LEGAL_OPINION_LABELS: Record<LegalOpinion, string> = {
  agree: '同意',
  disagree: '不同意（认为不合法）',
  agree_with_changes: '修改后同意',
};

/** Grounds on which a mandatory procedure may be recorded as not applicable (listed per procedure in the profile). */
export const PROCEDURE_EXEMPTIONS = ['undisclosable'] as const;
export type ProcedureExemption = (typeof PROCEDURE_EXEMPTIONS)[number];
