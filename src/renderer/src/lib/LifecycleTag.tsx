import type { LifecycleState } from '../../../shared/domain/cleanup/lifecycle';
import './lifecycleTag.css';

/**
 * 效力状态 (现行有效 / 即将到期 / 已失效 / 已修改 / 已废止 / 已宣布失效) as a coloured tag. Plain CSS, no
 * antd: the registry's first screen shows it; the validity watch and the document page use it too.
 */
export function LifecycleTag({ state, label }: { state: LifecycleState; label: string }) {
  return (
    <span className={`nd-lifecycle nd-lifecycle-${state}`} data-lifecycle={state}>
      {label}
    </span>
  );
}
