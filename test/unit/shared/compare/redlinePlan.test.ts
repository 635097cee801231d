import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../../../src/shared/compare';
import { planRedline } from '../../../../src/shared/compare/redlinePlan';
import { type Block, textBlock } from '../../../../src/shared/domain/blocks';
import { benchPairs, corpusBlocks } from '../../../support/corpus';

const article = (id: string, text: string): Block => textBlock(id, 'paragraph', text);

/** The blocks a plan gives back when every change is rejected (old) or accepted (new). */
function replay(plan: ReturnType<typeof planRedline>, result: ReturnType<typeof compareVersions>) {
  const old: number[] = [];
  const next: number[] = [];
  for (const step of plan.steps) {
    const pair = result.pairs[step.pair];
    if (step.kind !== 'inserted' && pair?.old) old.push(pair.old.index);
    if (step.kind !== 'deleted' && pair?.new) next.push(pair.new.index);
  }
  return { old, next };
}

describe('planRedline', () => {
  it('writes a moved article as a move from its old place and to its new one, under one name', () => {
    const before = [
      article('o1', '第一条 甲。'),
      article('o2', '第二条 乙乙乙乙乙乙乙乙乙乙。'),
      article('o3', '第三条 丙。'),
      article('o4', '第四条 丁。'),
    ];
    const after = [before[0], before[2], before[3], before[1]] as Block[];
    const result = compareVersions(before, after);
    const plan = planRedline(result);
    const moved = plan.steps.filter((step) => step.kind !== 'kept');
    expect(moved.map((step) => step.kind)).toEqual(['deleted', 'inserted']);
    expect(moved[0]).toMatchObject({ move: 'move1' });
    expect(moved[1]).toMatchObject({ move: 'move1' });
    expect(plan).toMatchObject({ moves: 1, extraMoves: 0 });
    expect(plan.steps.indexOf(moved[0] as never)).toBe(1);
    expect(plan.steps.indexOf(moved[1] as never)).toBe(4);
  });

  it.each(benchPairs().map((pair) => [pair.old, pair.new]))(
    'gives back every block of %s and of %s, each once and in order',
    (oldFile, newFile) => {
      const oldBlocks = corpusBlocks(oldFile, 'o');
      const newBlocks = corpusBlocks(newFile, 'n');
      const result = compareVersions(oldBlocks, newBlocks);
      const plan = planRedline(result);
      const { old, next } = replay(plan, result);
      expect(old).toEqual(oldBlocks.map((_, index) => index));
      expect(next).toEqual(newBlocks.map((_, index) => index));
      // The moves are the comparison's moved units, so the app and the Word file name the same ones.
      expect(plan.extraMoves).toBe(0);
      expect(plan.moves).toBe(result.units.filter((unit) => unit.kind === 'moved').length);
    },
  );
});
