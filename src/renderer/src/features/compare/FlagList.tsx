import { Empty, Segmented, Tag } from 'antd';
import { useState } from 'react';
import type { LegalForceFlag, LegalForceScope } from '../../../../shared/compare';
import type { CompareModel } from './compareModel';
import { FORCE_CATEGORY_LABELS, FORCE_SCOPE_LABELS, KIND_COLORS } from './labels';
import { VirtualRows } from './VirtualRows';

type ScopeFilter = LegalForceScope | 'all';

const SCOPES: readonly LegalForceScope[] = ['edited', 'added', 'deleted'];

/** Room the scope filter takes above the list. */
const FILTER_HEIGHT = 36;

/** 义务性用语 for an edit; 新增条文 / 删除段落 for a unit added or deleted as a whole. */
function FlagTag({ flag, isArticle }: { flag: LegalForceFlag; isArticle: boolean }) {
  if (flag.scope === 'edited') {
    const category = flag.categories[0];
    return <Tag color="warning">{category ? FORCE_CATEGORY_LABELS[category] : '法律效力'}</Tag>;
  }
  return (
    <Tag color={KIND_COLORS[flag.scope]} variant="outlined">
      {`${FORCE_SCOPE_LABELS[flag.scope]}${isArticle ? '条文' : '段落'}`}
    </Tag>
  );
}

/**
 * Changes of legal force (应当↔可以, amounts, time limits, 许可/处罚 …) with their messages; a click jumps
 * there. Flags of whole added or deleted articles can be filtered apart from edits inside articles.
 */
export function FlagList({
  model,
  activeUnit,
  onJump,
  height,
}: {
  model: CompareModel;
  activeUnit: number | null;
  onJump: (changeIndex: number) => void;
  height: number;
}) {
  const [filter, setFilter] = useState<ScopeFilter>('all');
  const all = model.result.flags;
  if (all.length === 0) return <Empty description="未发现义务性用语、金额、期限或许可/处罚等用语的变化" />;
  const flags = filter === 'all' ? all : all.filter((flag) => flag.scope === filter);
  const options = [
    { value: 'all' as const, label: `全部 ${all.length}` },
    ...SCOPES.map((scope) => {
      const count = all.filter((flag) => flag.scope === scope).length;
      return { value: scope, label: `${FORCE_SCOPE_LABELS[scope]} ${count}`, disabled: count === 0 };
    }),
  ];
  return (
    <>
      <Segmented<ScopeFilter>
        className="nd-cmp-flag-filter"
        size="small"
        aria-label="按变化方式筛选"
        options={options}
        value={filter}
        onChange={setFilter}
      />
      <VirtualRows
        label="法律效力变化"
        count={flags.length}
        estimateSize={56}
        height={height - FILTER_HEIGHT}
        rowKey={(index) => {
          const flag = flags[index];
          return flag ? `${flag.unit}:${flag.scope}:${flag.categories.join(',')}` : index;
        }}
        renderRow={(index) => {
          const flag = flags[index];
          if (!flag) return null;
          const change = model.changeOfUnit.get(flag.unit);
          return (
            <button
              type="button"
              className="nd-cmp-list-item nd-cmp-flag"
              data-active={flag.unit === activeUnit ? 'true' : undefined}
              data-scope={flag.scope}
              disabled={change === undefined}
              onClick={() => change !== undefined && onJump(change)}
            >
              <FlagTag flag={flag} isArticle={model.result.units[flag.unit]?.isArticle ?? true} />
              <span className="nd-cmp-flag-message">{flag.message}</span>
            </button>
          );
        }}
      />
    </>
  );
}
