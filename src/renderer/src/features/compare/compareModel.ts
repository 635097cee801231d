import type { CompareResult, LegalForceFlag } from '../../../../shared/compare';

/** The comparison with the look-ups every view needs, computed once per result. */
export interface CompareModel {
  result: CompareResult;
  /** Legal-force flags per unit index. */
  flagsByUnit: ReadonlyMap<number, readonly LegalForceFlag[]>;
  /** The words the flags name (应当, 万元, 日 …), per unit: highlighted inside the marks. */
  forceWordsByUnit: ReadonlyMap<number, readonly string[]>;
  /** Index into `result.changes` per unit index. */
  changeOfUnit: ReadonlyMap<number, number>;
}

export function buildCompareModel(result: CompareResult): CompareModel {
  const flagsByUnit = new Map<number, LegalForceFlag[]>();
  for (const flag of result.flags) {
    const list = flagsByUnit.get(flag.unit);
    if (list) list.push(flag);
    else flagsByUnit.set(flag.unit, [flag]);
  }
  const forceWordsByUnit = new Map<number, string[]>();
  for (const [unit, flags] of flagsByUnit) {
    const words = new Set(flags.flatMap((flag) => [...flag.added, ...flag.removed]).filter(Boolean));
    // Longest first, so 个工作日 wins over 日 in the highlighting pattern.
    forceWordsByUnit.set(
      unit,
      [...words].sort((a, b) => b.length - a.length),
    );
  }
  const changeOfUnit = new Map<number, number>();
  result.changes.forEach((change, index) => changeOfUnit.set(change.unit, index));
  return { result, flagsByUnit, forceWordsByUnit, changeOfUnit };
}
