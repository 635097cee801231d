import type { CompareModel } from './compareModel';
import type { RowModel } from './rows';
import type { ScrollRequest } from './VirtualRows';

/** What the redline and side-by-side views share. */
export interface PairViewProps {
  model: CompareModel;
  rowModel: RowModel;
  /** The unit the navigator is on: its rows are highlighted. */
  activeUnit: number | null;
  scrollTo: ScrollRequest | null;
  height: number;
  /** Unfolds the stretch whose first hidden pair is `start`. */
  onOpenGap: (start: number) => void;
}

/** Row keys that survive unfolding: a pair keeps its key wherever it moves in the list. */
export function pairRowKey(rowModel: RowModel, index: number): string {
  const row = rowModel.rows[index];
  if (!row) return `missing-${index}`;
  if (row.type === 'moved-away') return `m${row.unit}`;
  return row.type === 'pair' ? `p${row.pair}` : `g${row.start}`;
}

export function isUnitStart(model: CompareModel, pair: number): boolean {
  const unit = model.result.pairs[pair]?.unit;
  return unit !== undefined && model.result.units[unit]?.firstPair === pair;
}
