import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { blocksToPlainText } from '../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, type TestApp } from '../support/app';
import { syntheticPair } from '../support/corpus';
import { issuedDocument, type IssuedDocument } from '../support/issuedDocument';
import { expectOk } from '../support/session';
import { percentile, report, round } from './stats';

const RUNS = 5;

let app: TestApp;
let issued: IssuedDocument;
let characters = 0;

beforeAll(async () => {
  app = openTestApp({});
  const blocks = plainTextToBlocks(syntheticPair().a);
  characters = blocksToPlainText(blocks).length;
  issued = await issuedDocument(app, blocks);
});
afterAll(() => app.close());

/**
 * The filing package of an issued 300,000-character document (19 laws concatenated), through the
 * dispatch: every Word file written, the 备案字号 taken, the manifest signed (scrypt unlocks the key) and
 * the .zip stored. Target < 2 s.
 */
test('filing package of the 300,000-character text', async () => {
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const built = expectOk(
      await app.call(issued.reviewer, 'filingPackages.build', {
        documentId: issued.documentId,
        recipients: ['本级人民政府', '本级人大常委会'],
        password: 'secret-password-1',
      }),
    );
    samples.push(performance.now() - started);
    size = built.size;
  }
  report('filingPackage', [
    {
      characters,
      package_bytes: size,
      runs: RUNS,
      p50_ms: round(percentile(samples, 50)),
      max_ms: round(Math.max(...samples)),
    },
  ]);
  expect(characters).toBeGreaterThan(300_000);
  expect(percentile(samples, 50)).toBeLessThan(2000);
});
