import { Tag } from 'antd';
import type { UnitChange } from '../../../../shared/compare';

/**
 * The place a moved article (or paragraph) stood in the older version, as the Word redline marks it
 * moved away: 第十五条 已移至 第三章 › 第十七条.
 */
export function MovedAwayRow({ change, active }: { change: UnitChange; active: boolean }) {
  const name = change.oldLabel || change.oldDisplay || '此段';
  const to = change.newDisplay ?? change.newLabel ?? '';
  return (
    <div
      className="nd-cmp-row nd-cmp-moved-away"
      data-kind="moved-away"
      data-active={active ? 'true' : undefined}
    >
      <Tag color="purple" variant="outlined">
        移出
      </Tag>
      <span>
        {name} 已移至 {to}
      </span>
    </div>
  );
}
