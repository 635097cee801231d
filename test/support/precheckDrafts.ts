import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { sequentialIds, type Block } from '../../src/shared/domain/blocks';
import {
  parseDraft,
  type DraftFile,
  type ExpectedFinding,
} from '../../src/shared/domain/precheck/evaluation';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';

/**
 * The pre-check evaluation corpus (test/fixtures/precheck-drafts): drafts written as offices write them,
 * each with its metadata, and expected.json with the findings a reviewer expects on each.
 */
export const DRAFTS_DIR = join(__dirname, '../fixtures/precheck-drafts');

const Expected = z.record(
  z.string(),
  z.array(
    z
      .object({
        rule: z.string().min(1),
        quote: z.string().min(1),
        note: z.string().optional(),
        alsoAccept: z.array(z.string()).optional(),
      })
      .strict(),
  ),
);

export interface PrecheckDraft extends DraftFile {
  name: string;
  source: string;
  blocks: Block[];
  expected: ExpectedFinding[];
}

export function precheckDrafts(): PrecheckDraft[] {
  const expected = Expected.parse(JSON.parse(readFileSync(join(DRAFTS_DIR, 'expected.json'), 'utf8')));
  const names = readdirSync(DRAFTS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return names.map((name) => {
    const source = readFileSync(join(DRAFTS_DIR, name), 'utf8');
    const draft = parseDraft(source);
    const expectations = expected[name];
    if (!expectations) throw new Error(`expected.json has no entry for ${name}`);
    const blocks = plainTextToBlocks(draft.lines.join('\n'), { nextId: sequentialIds() });
    return { name, source, ...draft, blocks, expected: expectations };
  });
}

/** Names in expected.json without a draft file (a renamed or deleted draft). */
export function orphanExpectations(): string[] {
  const expected = Expected.parse(JSON.parse(readFileSync(join(DRAFTS_DIR, 'expected.json'), 'utf8')));
  const names = new Set(readdirSync(DRAFTS_DIR));
  return Object.keys(expected).filter((name) => !names.has(name));
}
