import { Tag } from 'antd';
import { basisNote, standingOf } from '../../../shared/domain/basisStanding';
import type { RuleConfidence } from '../../../shared/domain/ruleCodes';
import { STANDING_COLORS } from './BasisLegend';

/**
 * The plain note beside a basis where its weight matters (another place's practice, not yet checked);
 * nothing for a basis that can be relied on as cited.
 */
export function BasisNote({ confidence }: { confidence: RuleConfidence | undefined }) {
  if (!confidence) return null;
  const note = basisNote(confidence);
  if (!note) return null;
  const standing = standingOf(confidence);
  return (
    <Tag color={STANDING_COLORS[standing]} title={note} style={{ marginLeft: 8, fontSize: 11 }}>
      {note}
    </Tag>
  );
}
