import { useCallback, useMemo, useState } from 'react';
import type { TextSelector } from '../../../../shared/api';
import type { ThreadFilter } from './threads';

/** Where an activation came from: the other side scrolls to show it. */
export type ActivationSource = 'text' | 'panel';

/**
 * What the text and the margin panel share while a user reads threads: the filter, the thread in focus
 * (and which side focused it), the one under the pointer and the selection a new thread is being
 * written for. The page holding both the text and the panel owns it.
 */
export interface AnnotationView {
  filter: ThreadFilter;
  setFilter: (filter: ThreadFilter) => void;
  activeId: string | null;
  activeSource: ActivationSource | null;
  activate: (id: string | null, source: ActivationSource) => void;
  hoveredId: string | null;
  setHoveredId: (id: string | null) => void;
  pending: TextSelector | null;
  setPending: (selector: TextSelector | null) => void;
}

export function useAnnotationView(initialFilter: ThreadFilter = 'open'): AnnotationView {
  const [filter, setFilter] = useState<ThreadFilter>(initialFilter);
  const [active, setActive] = useState<{ id: string | null; source: ActivationSource | null }>({
    id: null,
    source: null,
  });
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [pending, setPending] = useState<TextSelector | null>(null);
  const activate = useCallback(
    (id: string | null, source: ActivationSource) => setActive({ id, source: id ? source : null }),
    [],
  );
  return useMemo(
    () => ({
      filter,
      setFilter,
      activeId: active.id,
      activeSource: active.source,
      activate,
      hoveredId,
      setHoveredId,
      pending,
      setPending,
    }),
    [filter, active, activate, hoveredId, pending],
  );
}
