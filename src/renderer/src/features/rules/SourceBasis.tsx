import { Tag, Tooltip, Typography } from 'antd';
import type { SourceNote } from '../../../../shared/domain/ruleProfileSchema';
import { RULE_CONFIDENCE_LABELS } from '../../../../shared/domain/ruleCodes';
import type { z } from 'zod';
import { CONFIDENCE_TAGS } from './confidence';

interface Props {
  source: z.infer<typeof SourceNote>;
}

/** Where a rule value comes from: its confidence tag, then the basis in the source's own words. */
export function SourceBasis({ source }: Props) {
  const tag = CONFIDENCE_TAGS[source.confidence];
  return (
    <span>
      <Tooltip title={RULE_CONFIDENCE_LABELS[source.confidence]}>
        <Tag color={tag.color} data-confidence={source.confidence}>
          {tag.text}
        </Tag>
      </Tooltip>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {source.basis}
        {source.origin && `（出处：${source.origin}）`}
      </Typography.Text>
    </span>
  );
}
