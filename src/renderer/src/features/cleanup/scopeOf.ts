import type { CampaignScope } from '../../../../shared/domain/cleanup/campaigns';
import type { ScopeValues } from './ScopeFields';

/** The campaign scope of the form's filter values: empty fields are left out. */
export function scopeOf(values: ScopeValues): CampaignScope {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const scope: Record<string, unknown> = {
    kinds: values.kinds?.length ? values.kinds : undefined,
    issuingAuthority: text(values.issuingAuthority),
    inGovernmentName: values.inGovernmentName ? true : undefined,
    yearFrom: values.yearFrom ?? undefined,
    yearTo: values.yearTo ?? undefined,
    states: values.states?.length ? values.states : undefined,
    citesLaw: values.citesLaw || undefined,
    text: text(values.text),
  };
  return Object.fromEntries(Object.entries(scope).filter(([, value]) => value !== undefined));
}
