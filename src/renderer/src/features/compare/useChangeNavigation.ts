import { useCallback, useState } from 'react';

export interface ChangeNavigation {
  /** Index into the comparison's `changes`; null before the user moves. */
  index: number | null;
  /** Grows with every move, so a view scrolls again even when the same change is chosen twice. */
  signal: number;
  next: () => void;
  previous: () => void;
  jump: (index: number) => void;
}

/** Where the change navigator stands among `count` changes. */
export function useChangeNavigation(count: number): ChangeNavigation {
  const [position, setPosition] = useState<{ index: number | null; signal: number }>({
    index: null,
    signal: 0,
  });
  const move = useCallback(
    (step: (index: number | null) => number) =>
      setPosition((current) => {
        if (count === 0) return current;
        const index = Math.min(count - 1, Math.max(0, step(current.index)));
        return { index, signal: current.signal + 1 };
      }),
    [count],
  );
  const next = useCallback(() => move((index) => (index === null ? 0 : index + 1)), [move]);
  const previous = useCallback(
    () => move((index) => (index === null ? count - 1 : index - 1)),
    [move, count],
  );
  const jump = useCallback((target: number) => move(() => target), [move]);
  return { index: position.index, signal: position.signal, next, previous, jump };
}
