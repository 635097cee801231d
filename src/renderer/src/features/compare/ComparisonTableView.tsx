import { Alert } from 'antd';
import type { KeyedUnitChange } from '../../../../shared/api';
import type { ChangeEntry } from '../../../../shared/compare';
import type { CompareModel } from './compareModel';
import { tableRowHeight } from './estimateHeight';
import { NoteEditor } from './NoteEditor';
import { PairText } from './PairText';
import { UnitTags } from './UnitTags';
import { VirtualRows, type ScrollRequest } from './VirtualRows';

/** Why the 修改说明 column cannot be edited, or null when it can. */
export type NotesLock = null | 'draft' | 'role';

const LOCK_TEXT: Record<Exclude<NotesLock, null>, string> = {
  draft:
    '修改说明随两个已保存的版本一起保存。当前草稿仍可能变化，因此与草稿比对时不能填写修改说明；请先将草稿保存为版本，再比对两个版本。',
  role: '只有起草人员和审核人员可以填写修改说明。',
};

function SideCell({
  model,
  change,
  side,
}: {
  model: CompareModel;
  change: ChangeEntry;
  side: 'old' | 'new';
}) {
  const unit = model.result.units[change.unit];
  if (!unit) return null;
  const pairs = model.result.pairs
    .slice(unit.firstPair, unit.firstPair + unit.pairCount)
    .filter((pair) => (side === 'old' ? pair.old : pair.new));
  if (pairs.length === 0)
    return <span className="nd-cmp-none">{side === 'old' ? '（无）' : '（删除）'}</span>;
  const words = model.forceWordsByUnit.get(change.unit);
  return (
    <>
      {pairs.map((pair, index) => (
        <p key={index} className="nd-cmp-para">
          <PairText pair={pair} mode={side} forceWords={words} />
        </p>
      ))}
    </>
  );
}

/**
 * 修改对照表: 原条文 | 修改后条文 | 修改说明, one row per changed article or block, in reading order; the
 * explanation column is edited in place and saved with this pair of versions.
 */
export function ComparisonTableView({
  model,
  units,
  notes,
  lock,
  saveNote,
  onSaveError,
  activeUnit,
  scrollTo,
  height,
}: {
  model: CompareModel;
  /** The comparison's units with the keys their notes are stored under. */
  units: readonly KeyedUnitChange[];
  /** Saved notes by note key. */
  notes: Readonly<Record<string, string>>;
  lock: NotesLock;
  saveNote: (noteKey: string, note: string) => Promise<void>;
  onSaveError: (error: unknown) => void;
  activeUnit: number | null;
  scrollTo: ScrollRequest | null;
  height: number;
}) {
  const { changes } = model.result;
  const alertHeight = lock ? 64 : 0;
  return (
    <div className="nd-cmp-table">
      {lock && <Alert type="info" showIcon title={LOCK_TEXT[lock]} className="nd-cmp-table-lock" />}
      <div className="nd-cmp-table-head" role="row">
        <div role="columnheader">原条文</div>
        <div role="columnheader">修改后条文</div>
        <div role="columnheader">修改说明</div>
      </div>
      <VirtualRows
        label="修改对照表"
        count={changes.length}
        estimateSize={(index) => tableRowHeight(model.result, changes[index]?.unit ?? -1)}
        height={height - 40 - alertHeight}
        scrollTo={scrollTo}
        rowKey={(index) => changes[index]?.unit ?? index}
        renderRow={(index) => {
          const change = changes[index];
          const noteKey = change && units[change.unit]?.noteKey;
          if (!change || !noteKey) return null;
          return (
            <div
              className="nd-cmp-table-row"
              data-unit={change.unit}
              data-active={change.unit === activeUnit ? 'true' : undefined}
            >
              <div className="nd-cmp-table-label">
                <span>{change.label}</span>
                <UnitTags model={model} unit={change.unit} />
              </div>
              <div className="nd-cmp-table-cells">
                <div className="nd-cmp-text" data-side="old">
                  <SideCell model={model} change={change} side="old" />
                </div>
                <div className="nd-cmp-text" data-side="new">
                  <SideCell model={model} change={change} side="new" />
                </div>
                <NoteEditor
                  noteKey={noteKey}
                  label={change.label}
                  initial={notes[noteKey] ?? ''}
                  save={saveNote}
                  onError={onSaveError}
                  disabled={lock !== null}
                />
              </div>
            </div>
          );
        }}
      />
    </div>
  );
}
