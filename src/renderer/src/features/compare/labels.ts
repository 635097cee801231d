import type { ChangeKind, LegalForceCategory, LegalForceScope } from '../../../../shared/compare';

/** How each kind of change is named in tags and lists. */
export const KIND_LABELS: Record<ChangeKind, string> = {
  unchanged: '未变',
  renumbered: '仅序号变化',
  moved: '移动',
  modified: '修改',
  added: '新增',
  deleted: '删除',
};

/** antd tag colours; the text of the tag always says the kind, so colour is never the only cue. */
export const KIND_COLORS: Record<ChangeKind, string> = {
  unchanged: 'default',
  renumbered: 'default',
  moved: 'purple',
  modified: 'blue',
  added: 'green',
  deleted: 'red',
};

export const FORCE_CATEGORY_LABELS: Record<LegalForceCategory, string> = {
  modal: '义务性用语',
  amount: '金额',
  time_limit: '期限',
  power: '许可/处罚/强制/收费',
};

/** What the flag list's filter calls each scope: edits inside a unit, whole units added or deleted. */
export const FORCE_SCOPE_LABELS: Record<LegalForceScope, string> = {
  edited: '修改',
  added: '新增',
  deleted: '删除',
};

/** 240 毫秒 / 1.3 秒 */
export function formatMillis(millis: number): string {
  return millis < 1000 ? `${Math.round(millis)} 毫秒` : `${(millis / 1000).toFixed(1)} 秒`;
}
