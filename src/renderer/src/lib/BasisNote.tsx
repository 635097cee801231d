import { Tag } from 'antd';
import { basisNote, standingOf } from '../../../shared/domain/basisStanding';
import type { RuleConfidence } from '../../../shared/domain/ruleCodes';
import { STANDING_COLORS } from './BasisLegend';
import { useApiQuery } from './useApi';

/** The agency's locality from its active rule profile (上海市), '' until known or for a profile of no place. */
export function useLocality(): string {
  const rules = useApiQuery('rules.get', {});
  return rules.data?.profile.locality ?? '';
}

interface Props {
  confidence: RuleConfidence | undefined;
  /** The basis as cited and, where recorded, whose rule it is: they tell this place's rules from others'. */
  citedAs?: (string | undefined)[];
}

/**
 * The plain note beside a basis where its weight matters (another place's practice, not yet checked),
 * 本地规定（上海市） for a local rule of the agency's own place, nothing for a basis that can be relied on
 * as cited.
 */
export function BasisNote({ confidence, citedAs = [] }: Props) {
  const locality = useLocality();
  if (!confidence) return null;
  const standing = standingOf(confidence, locality, ...citedAs);
  const note = standing === 'local' ? `本地规定（${locality}）` : basisNote(confidence, locality, ...citedAs);
  if (!note) return null;
  return (
    <Tag color={STANDING_COLORS[standing]} title={note} style={{ marginLeft: 8, fontSize: 11 }}>
      {note}
    </Tag>
  );
}
