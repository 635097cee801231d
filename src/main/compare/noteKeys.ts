import type { KeyedCompareResult } from '../../shared/api/schemas/compare';
import type { CompareResult } from '../../shared/compare';

/**
 * The key a unit's 修改说明 is stored under: the blocks the unit starts with (stable block ids of two
 * stored versions), not its position in one comparison, which other options or a better alignment may
 * number differently. Each block belongs to one pair, so no two units of a comparison share a key.
 */
export function unitNoteKey(result: CompareResult, unit: number): string {
  const change = result.units[unit];
  const first = change ? result.pairs[change.firstPair] : undefined;
  if (!first) throw new Error(`unit ${unit} has no first pair`);
  return `${first.old?.blockId ?? ''}>${first.new?.blockId ?? ''}`;
}

/** The comparison as the renderer receives it: every unit with its note key. */
export function withNoteKeys(result: CompareResult): KeyedCompareResult {
  return {
    ...result,
    units: result.units.map((unit, index) => ({ ...unit, noteKey: unitNoteKey(result, index) })),
  };
}
