import { z } from 'zod';
import { REVIEW_CONCLUSIONS, RULE_CONFIDENCES } from './ruleCodes';
import { DOCUMENT_KINDS, type DocumentKind } from './documentKinds';

/**
 * Review checklists (resources/checklists/<kind>.json) and the evaluation of a reviewer's verdicts
 * (DESIGN §6.4). The checklist says what to check and where that duty comes from; the verdicts are the
 * reviewer's; the conclusion computed here is only a suggestion the reviewer may override.
 */

/**
 * Confidence tags of RULES.md: primary text, web copy, local rule, secondary, from memory; and `local`
 * for the agency's own setting.
 */
export const CONFIDENCE_TAGS = RULE_CONFIDENCES;

export const ChecklistSource = z.object({
  /**
   * The instrument as a user cites it, e.g. 国办发〔2018〕115号 or 重大行政决策程序暂行条例; another
   * locality's rule is cited as 地方规定 and named in `origin`.
   */
  document: z.string().min(1),
  /** The other locality's rule the element's wording was taken from; not shown with the checklist. */
  origin: z.string().optional(),
  /** Article or section within it, e.g. 第二十七条第（一）项 or （八）. */
  article: z.string().optional(),
  /** Section of RULES.md the element was built from, e.g. §1.6. */
  rules: z.string().min(1),
  confidence: z.enum(CONFIDENCE_TAGS),
});
export type ChecklistSource = z.infer<typeof ChecklistSource>;

/** The conclusion codes are those of ruleCodes.ts; a profile may word them differently per kind. */
export const ReviewConclusion = z.enum(REVIEW_CONCLUSIONS);
export type ReviewConclusion = z.infer<typeof ReviewConclusion>;

/** Default wording of each conclusion (RULES §1.6, §3.1, §4), used where no profile label is at hand. */

const ELEMENT_ID = /^[a-z][a-z0-9_]*$/;

export const ChecklistElement = z.object({
  /** Stable English snake_case id: verdicts, pre-check findings and the opinion refer to it. */
  id: z.string().regex(ELEMENT_ID),
  group: z.string().regex(ELEMENT_ID),
  title: z.string().min(1),
  /** What the reviewer checks, in the reviewer's words. */
  guidance: z.string().min(1),
  /** Sub-points the guidance lists one by one (e.g. the 政治性审查 questions of 第十一条). */
  points: z.array(z.string().min(1)).optional(),
  source: ChecklistSource,
  /** The conclusion a 不符合 on this element points to. */
  onNonconforming: ReviewConclusion,
  /** Added by local practice rather than a national rule. */
  local: z.boolean().optional(),
});
export type ChecklistElement = z.infer<typeof ChecklistElement>;

export const Checklist = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string().min(1),
    version: z.number().int().positive(),
    /** The whole list is local practice (no national checklist exists for the kind). */
    local: z.boolean(),
    note: z.string().optional(),
    groups: z.array(z.object({ id: z.string().regex(ELEMENT_ID), title: z.string().min(1) })).min(1),
    elements: z.array(ChecklistElement).min(1),
  })
  .superRefine((checklist, ctx) => {
    const groups = new Set(checklist.groups.map((group) => group.id));
    const seen = new Set<string>();
    checklist.elements.forEach((element, index) => {
      if (seen.has(element.id)) {
        ctx.addIssue({ code: 'custom', message: `重复的审核要素 ${element.id}`, path: ['elements', index] });
      }
      seen.add(element.id);
      if (!groups.has(element.group)) {
        ctx.addIssue({ code: 'custom', message: `未知的分组 ${element.group}`, path: ['elements', index] });
      }
    });
  });
export type Checklist = z.infer<typeof Checklist>;

export const VERDICTS = ['conforming', 'nonconforming', 'not_applicable', 'pending'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const VERDICT_LABELS: Record<Verdict, string> = {
  conforming: '符合',
  nonconforming: '不符合',
  not_applicable: '不适用',
  pending: '待定',
};

/** The reviewer's verdict on one element (an element without an item counts as 待定). */
export interface ChecklistItem {
  elementId: string;
  verdict: Verdict;
  note?: string;
}

export interface ChecklistSummary {
  total: number;
  counts: Record<Verdict, number>;
  anyNonconforming: boolean;
  /** No element is 待定: the review can be concluded. */
  allDecided: boolean;
}

/** Verdict per element of the checklist; items for unknown elements are ignored, missing ones are 待定. */
function verdictsOf(checklist: Checklist, items: readonly ChecklistItem[]): Map<string, Verdict> {
  const byId = new Map(items.map((item) => [item.elementId, item.verdict]));
  return new Map(checklist.elements.map((element) => [element.id, byId.get(element.id) ?? 'pending']));
}

/**
 * Counts per verdict. With the checklist, elements that have no item yet count as 待定 and items of
 * elements not in the checklist are ignored; without it, the items are counted as they are.
 */
export function checklistSummary(items: readonly ChecklistItem[], checklist?: Checklist): ChecklistSummary {
  const counts: Record<Verdict, number> = { conforming: 0, nonconforming: 0, not_applicable: 0, pending: 0 };
  const verdicts = checklist ? [...verdictsOf(checklist, items).values()] : items.map((item) => item.verdict);
  for (const verdict of verdicts) counts[verdict] += 1;
  return {
    total: verdicts.length,
    counts,
    anyNonconforming: counts.nonconforming > 0,
    allDecided: counts.pending === 0,
  };
}

/**
 * Which conclusion wins when several elements fail: not a normative document at all, then no authority or
 * unlawful in substance (建议不制定), then a missing procedure (the draft goes back before anything else
 * can be judged), then missing materials, then clause-level changes.
 */
const PRECEDENCE: readonly ReviewConclusion[] = [
  'NOT_A_NORMATIVE_DOC',
  'UNLAWFUL',
  'PARTY_NOT_PASSED',
  'RETURN_FOR_PROCEDURE',
  'RETURN_INCOMPLETE_MATERIALS',
  'LAWFUL_WITH_CHANGES',
  'PARTY_PASSED_WITH_REMINDER',
];

/** 党内规范性文件 are concluded in the Party outcome set (审查通过 …), not 合法 (RULES.md §3.1). */
const PASSING: Partial<Record<DocumentKind, ReviewConclusion>> = { party_normative: 'PARTY_PASSED' };

export interface SuggestedConclusion {
  conclusion: ReviewConclusion;
  /** Elements judged 不符合 that lead to the conclusion, in checklist order. */
  becauseOf: string[];
  /** Some elements are still 待定: the suggestion may change. */
  provisional: boolean;
}

/** A suggestion from the verdicts; the reviewer concludes, and may conclude otherwise. */
export function suggestedConclusion(
  checklist: Checklist,
  items: readonly ChecklistItem[],
): SuggestedConclusion {
  const verdicts = verdictsOf(checklist, items);
  const failed = checklist.elements.filter((element) => verdicts.get(element.id) === 'nonconforming');
  const provisional = [...verdicts.values()].includes('pending');
  const conclusion = PRECEDENCE.find((candidate) => failed.some((e) => e.onNonconforming === candidate));
  if (!conclusion) return { conclusion: PASSING[checklist.kind] ?? 'LAWFUL', becauseOf: [], provisional };
  return {
    conclusion,
    becauseOf: failed.filter((e) => e.onNonconforming === conclusion).map((e) => e.id),
    provisional,
  };
}
