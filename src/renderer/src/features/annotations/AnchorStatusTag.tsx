import { Tag, Tooltip } from 'antd';
import type { AnchorStatus } from '../../../../shared/api';
import { ANCHOR_STATUS_COLORS, ANCHOR_STATUS_HINTS, ANCHOR_STATUS_LABELS } from './threads';

/** Where a thread stands in the text being viewed: 精确定位 / 已移位 / 模糊定位 / 已失去定位. */
export function AnchorStatusTag({ status }: { status: AnchorStatus }) {
  return (
    <Tooltip title={ANCHOR_STATUS_HINTS[status]}>
      <Tag color={ANCHOR_STATUS_COLORS[status]} data-anchor-status={status}>
        {ANCHOR_STATUS_LABELS[status]}
      </Tag>
    </Tooltip>
  );
}
