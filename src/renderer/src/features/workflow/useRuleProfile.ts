import type { RuleProfile } from '../../../../shared/domain/ruleProfileSchema';
import { useApiQuery } from '../../lib/useApi';

/** The agency's rule profile: outcome sets, dimensions, procedures and filing rules the forms offer. */
export function useRuleProfile(): { profile: RuleProfile | undefined; error: Error | null } {
  const rules = useApiQuery('rules.get', {});
  return { profile: rules.data?.profile, error: rules.error };
}
