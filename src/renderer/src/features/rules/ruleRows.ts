import type { z } from 'zod';
import type { SourceNote } from '../../../../shared/domain/ruleProfileSchema';

/** One value of a rule profile as the settings page shows it: what, how much, and on what basis. */
export interface RuleRow {
  key: string;
  item: string;
  lines: string[];
  source: z.infer<typeof SourceNote>;
  /** Rows of the same item after the first have span 0 (the item cell spans them). */
  span: number;
}

export interface RuleGroup {
  key: string;
  title: string;
  rows: RuleRow[];
}
