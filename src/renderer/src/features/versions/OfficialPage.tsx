import { useMemo, type MouseEvent, type Ref } from 'react';
import type { Block } from '../../../../shared/domain/blocks';
import { BlockView } from './BlockView';
import type { MarkSpan } from './segments';
import './officialPage.css';

interface Props {
  ref?: Ref<HTMLElement>;
  blocks: readonly Block[];
  spans: ReadonlyMap<string, MarkSpan[]>;
  activeKey: string | null;
  hoveredKey: string | null;
  /** A click (not a selection) on marked text: the threads standing there. */
  onMarkClick: (threadIds: string[]) => void;
}

/** The top-level block holding each marked block (itself, or the table around a cell). */
function ownersOf(blocks: readonly Block[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const block of blocks) {
    owners.set(block.id, block.id);
    for (const row of block.rows ?? [])
      for (const cell of row) for (const inner of cell.blocks) owners.set(inner.id, block.id);
  }
  return owners;
}

/** The blocks holding a thread's marks, so only they re-render when it is focused or hovered. */
function blocksOfKey(
  key: string | null,
  spans: ReadonlyMap<string, MarkSpan[]>,
  owners: Map<string, string>,
) {
  const found = new Set<string>();
  if (!key) return found;
  for (const [blockId, list] of spans) {
    if (list.some((span) => span.key === key)) found.add(owners.get(blockId) ?? blockId);
  }
  return found;
}

/** A version as a read-only GB/T 9704 page; every text block carries its id for selections. */
export function OfficialPage({ ref, blocks, spans, activeKey, hoveredKey, onMarkClick }: Props) {
  const owners = useMemo(() => ownersOf(blocks), [blocks]);
  const activeBlocks = useMemo(() => blocksOfKey(activeKey, spans, owners), [activeKey, spans, owners]);
  const hoveredBlocks = useMemo(() => blocksOfKey(hoveredKey, spans, owners), [hoveredKey, spans, owners]);

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const mark = (event.target as Element).closest('mark[data-threads]');
    const selection = window.getSelection();
    if (!mark || (selection && !selection.isCollapsed)) return;
    const ids = (mark.getAttribute('data-threads') ?? '').split(' ').filter(Boolean);
    if (ids.length > 0) onMarkClick(ids);
  };

  return (
    <article ref={ref} className="nd-official-sheet" aria-label="正文" onClick={onClick}>
      {blocks.map((block) => (
        <BlockView
          key={block.id}
          block={block}
          marks={spans.get(block.id)}
          cellMarks={block.kind === 'table' ? spans : undefined}
          activeKey={activeBlocks.has(block.id) ? activeKey : null}
          hoveredKey={hoveredBlocks.has(block.id) ? hoveredKey : null}
        />
      ))}
    </article>
  );
}
