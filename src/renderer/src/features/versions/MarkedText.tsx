import type { ReactNode } from 'react';
import type { Run } from '../../../../shared/domain/blocks';
import { PENDING_KEY } from '../annotations';
import { segmentRuns, type MarkSpan } from './segments';

interface Props {
  runs: readonly Run[];
  spans: readonly MarkSpan[] | undefined;
  activeKey: string | null;
  hoveredKey: string | null;
}

function markClass(keys: readonly string[], activeKey: string | null, hoveredKey: string | null): string {
  const threads = keys.filter((key) => key !== PENDING_KEY);
  const classes = ['nd-mark'];
  if (threads.length > 1) classes.push('is-multi');
  if (activeKey && threads.includes(activeKey)) classes.push('is-active');
  if (hoveredKey && threads.includes(hoveredKey)) classes.push('is-hovered');
  if (keys.includes(PENDING_KEY)) classes.push('is-pending');
  return classes.join(' ');
}

/** A block's runs with bold/italic/underline, and <mark>s over the ranges threads stand on. */
export function MarkedText({ runs, spans, activeKey, hoveredKey }: Props) {
  return segmentRuns(runs, spans ?? []).map((segment, index) => {
    let node: ReactNode = segment.text;
    if (segment.bold) node = <strong>{node}</strong>;
    if (segment.italic) node = <em>{node}</em>;
    if (segment.underline) node = <u>{node}</u>;
    if (segment.marks.length === 0) return <span key={index}>{node}</span>;
    const threads = segment.marks.filter((key) => key !== PENDING_KEY);
    return (
      <mark
        key={index}
        className={markClass(segment.marks, activeKey, hoveredKey)}
        data-threads={threads.length > 0 ? threads.join(' ') : undefined}
      >
        {node}
      </mark>
    );
  });
}
