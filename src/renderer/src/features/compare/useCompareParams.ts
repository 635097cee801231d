import { useCallback, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { VersionSummary } from '../../../../shared/api';
import { versionTitle } from '../../../../shared/domain/versionName';
import { DRAFT } from './paths';

export type CompareView = 'redline' | 'side' | 'table';

const VIEWS: readonly CompareView[] = ['redline', 'side', 'table'];

export interface CompareParams {
  /** Version ids as written in the address; null when absent. `to` may be 'draft'. */
  from: string | null;
  to: string | null;
  ignoreWhitespace: boolean;
  normalizeWidth: boolean;
  view: CompareView;
}

export type CompareParamsPatch = Partial<CompareParams>;

/**
 * The comparison's choices live in the address (from, to, ws=0, width=0, view), so a reload, the back
 * button or a link from the version list land on the same comparison. Two choices made before the page
 * renders again both count: each builds on the address the previous one asked for (the router's own
 * updater would hand both the address of the last render).
 */
export function useCompareParams(): [CompareParams, (patch: CompareParamsPatch) => void] {
  const [search, setSearch] = useSearchParams();
  // The address last asked for, and the rendered address it was built on.
  const asked = useRef<{ base: URLSearchParams; next: URLSearchParams } | null>(null);
  const view = search.get('view');
  const params: CompareParams = {
    from: search.get('from'),
    to: search.get('to'),
    ignoreWhitespace: search.get('ws') !== '0',
    normalizeWidth: search.get('width') !== '0',
    view: VIEWS.find((known) => known === view) ?? 'redline',
  };
  const update = useCallback(
    (patch: CompareParamsPatch) => {
      // Still on the same rendered address: build on the choice just made, else on the address.
      const pending = asked.current;
      const next = new URLSearchParams(pending && pending.base === search ? pending.next : search);
      const set = (key: string, value: string | null) =>
        value === null ? next.delete(key) : next.set(key, value);
      if (patch.from !== undefined) set('from', patch.from);
      if (patch.to !== undefined) set('to', patch.to);
      if (patch.ignoreWhitespace !== undefined) set('ws', patch.ignoreWhitespace ? null : '0');
      if (patch.normalizeWidth !== undefined) set('width', patch.normalizeWidth ? null : '0');
      if (patch.view !== undefined) set('view', patch.view === 'redline' ? null : patch.view);
      asked.current = { base: search, next };
      setSearch(next, { replace: true });
    },
    [search, setSearch],
  );
  return [params, update];
}

/**
 * The two sides to compare: those in the address when the document has them, otherwise the last two
 * versions (or the only version and the current draft). `to` null means the draft.
 */
export function resolveSides(
  versions: readonly VersionSummary[],
  from: string | null,
  to: string | null,
): { from: string; to: string | null } | null {
  const ordered = [...versions].sort((a, b) => a.seq - b.seq);
  const last = ordered[ordered.length - 1];
  if (!last) return null;
  const known = (id: string | null) => id !== null && ordered.some((version) => version.id === id);
  const fromId = known(from) ? (from as string) : (ordered[ordered.length - 2] ?? last).id;
  if (to === DRAFT) return { from: fromId, to: null };
  if (known(to)) return { from: fromId, to };
  return { from: fromId, to: last.id === fromId ? null : last.id };
}

/** 第 2 版 · 送审稿, or 当前草稿 for the draft side. */
export function sideTitle(version: VersionSummary | null | undefined): string {
  return version ? versionTitle(version.seq, version.label) : '当前草稿';
}
