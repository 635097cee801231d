import type { z } from 'zod';
import type { Period } from '../../../../shared/domain/calendar/deadline';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/domain/documentKinds';
import type { RuleProfile, SourceNote } from '../../../../shared/domain/ruleProfileSchema';

interface Term {
  defaultYears: number;
  maxYears: number;
}

/**
 * The numbers an administrator most often adjusts, shaped like the profile itself so the form's field
 * names are the profile's paths. Periods appear only for kinds where the profile requires them.
 */
export interface ProfileNumbers {
  reviewPeriod: Record<DocumentKind, { minWorkingDays: number; maxWorkingDays: number }>;
  commentPeriod: Partial<Record<DocumentKind, { general: Period }>>;
  validity: {
    general: Term;
    provisional: { term: Term };
    notice: { term: Term };
    expiryReminderMonths: number;
  };
  effectiveDate: { minDaysAfterPublication: number };
  filing: Partial<Record<DocumentKind, { period: Period }>>;
}

type Source = z.infer<typeof SourceNote>;

export function numbersOf(profile: RuleProfile): ProfileNumbers {
  const { validity } = profile;
  const commentPeriod: ProfileNumbers['commentPeriod'] = {};
  const filing: ProfileNumbers['filing'] = {};
  for (const kind of DOCUMENT_KINDS) {
    const comment = profile.commentPeriod[kind];
    if (comment.required && comment.general) commentPeriod[kind] = { general: { ...comment.general } };
    const rule = profile.filing[kind];
    if (rule.required && rule.period) filing[kind] = { period: { ...rule.period } };
  }
  return {
    reviewPeriod: Object.fromEntries(
      DOCUMENT_KINDS.map((kind) => {
        const { minWorkingDays, maxWorkingDays } = profile.reviewPeriod[kind];
        return [kind, { minWorkingDays, maxWorkingDays }];
      }),
    ) as ProfileNumbers['reviewPeriod'],
    commentPeriod,
    validity: {
      general: { ...validity.general },
      provisional: { term: { ...validity.provisional.term } },
      notice: { term: { ...validity.notice.term } },
      expiryReminderMonths: validity.expiryReminderMonths,
    },
    effectiveDate: { minDaysAfterPublication: profile.effectiveDate.minDaysAfterPublication },
    filing,
  };
}

/** A value the agency changed is its own setting now: the source says so and keeps the old basis. */
export function localSource(source: Source): Source {
  if (source.confidence === 'local') return source;
  return { basis: `本机关设置（原依据：${source.basis}）`, confidence: 'local' };
}

/** Key order differs between the form's values and the profile, so compare with sorted keys. */
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, member]) => [key, canonical(member)]),
  );
}
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The profile with the form's numbers; every rule whose numbers changed gets a local source. */
export function applyNumbers(profile: RuleProfile, numbers: ProfileNumbers): RuleProfile {
  const next = structuredClone(profile);
  const before = numbersOf(profile);
  for (const kind of DOCUMENT_KINDS) {
    const review = numbers.reviewPeriod[kind];
    if (!same(review, before.reviewPeriod[kind])) {
      const rule = next.reviewPeriod[kind];
      next.reviewPeriod[kind] = { ...rule, ...review, source: localSource(rule.source) };
    }
    const comment = numbers.commentPeriod[kind];
    if (comment && !same(comment, before.commentPeriod[kind])) {
      const rule = next.commentPeriod[kind];
      next.commentPeriod[kind] = { ...rule, general: comment.general, source: localSource(rule.source) };
    }
    const filing = numbers.filing[kind];
    if (filing && !same(filing, before.filing[kind])) {
      const rule = next.filing[kind];
      next.filing[kind] = { ...rule, period: filing.period, source: localSource(rule.source) };
    }
  }
  if (!same(numbers.validity, before.validity)) {
    const { validity } = next;
    next.validity = {
      ...validity,
      general: numbers.validity.general,
      provisional: { ...validity.provisional, term: numbers.validity.provisional.term },
      notice: { ...validity.notice, term: numbers.validity.notice.term },
      expiryReminderMonths: numbers.validity.expiryReminderMonths,
      source: localSource(validity.source),
    };
  }
  if (!same(numbers.effectiveDate, before.effectiveDate)) {
    next.effectiveDate = {
      ...next.effectiveDate,
      ...numbers.effectiveDate,
      source: localSource(next.effectiveDate.source),
    };
  }
  return next;
}
