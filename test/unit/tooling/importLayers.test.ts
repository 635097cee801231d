import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeTempDir, removeTempDir } from '../../support/tempDir';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs')) as IConfiguration;

/**
 * The layering inside each side (.dependency-cruiser.cjs, run by `npm run lint`) on a small tree of
 * pretend source files: each rule fires on the import it forbids and lets the allowed ones through.
 */
describe('the import layers of DESIGN §2 fail lint on a forbidden import', () => {
  let dir: string;

  beforeAll(() => {
    dir = makeTempDir('normdesk-layers-');
  });
  afterAll(() => removeTempDir(dir));

  /**
   * Writes the files (path → what it imports; `type:` before a path makes it a type-only import) and
   * returns the rules violated, as "rule: from → to".
   */
  async function violations(files: Record<string, string[]>): Promise<string[]> {
    const tree = join(dir, String(Object.keys(files).length), String(Math.random()).slice(2));
    for (const [path, imports] of Object.entries(files)) {
      const file = join(tree, path);
      mkdirSync(dirname(file), { recursive: true });
      const lines = imports.map((target) =>
        target.startsWith('type:')
          ? `import type { T } from '${target.slice('type:'.length)}';\nexport type U = T;`
          : `export * from '${target}';`,
      );
      writeFileSync(file, `${lines.join('\n')}\nexport type T = string;\n`);
    }
    const { output } = await cruise(['src'], {
      baseDir: tree,
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
      tsPreCompilationDeps: true,
    });
    const result = output as ICruiseResult;
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  }

  test('a service importing the API layer', async () => {
    expect(
      await violations({
        'src/main/services/reviews.ts': ['../api/context'],
        'src/main/api/context.ts': [],
      }),
    ).toEqual(['services-below-api: src/main/services/reviews.ts → src/main/api/context.ts']);
  });

  test('a repo importing a service', async () => {
    expect(
      await violations({
        'src/main/db/repos/reviewCases.ts': ['../../services/rules'],
        'src/main/services/rules.ts': [],
      }),
    ).toEqual(['repos-below-services: src/main/db/repos/reviewCases.ts → src/main/services/rules.ts']);
  });

  test('renderer lib/ importing a feature', async () => {
    expect(
      await violations({
        'src/renderer/src/lib/prefetch.ts': ['../features/documents'],
        'src/renderer/src/features/documents/index.ts': [],
      }),
    ).toEqual([
      'lib-below-features: src/renderer/src/lib/prefetch.ts → src/renderer/src/features/documents/index.ts',
    ]);
  });

  test('a feature importing a file inside another feature', async () => {
    expect(
      await violations({
        'src/renderer/src/features/review/ReviewPage.tsx': ['../compare/ComparePage', '../compare'],
        'src/renderer/src/features/compare/ComparePage.tsx': [],
        'src/renderer/src/features/compare/index.ts': ['./ComparePage'],
      }),
    ).toEqual([
      'features-through-index: src/renderer/src/features/review/ReviewPage.tsx → src/renderer/src/features/compare/ComparePage.tsx',
    ]);
  });

  test('files inside one feature, in nested folders, import each other freely', async () => {
    expect(
      await violations({
        'src/renderer/src/features/drafting/autosave/draftSaver.ts': ['../outline/buildOutline'],
        'src/renderer/src/features/drafting/outline/buildOutline.ts': [],
      }),
    ).toEqual([]);
  });

  test('an import cycle, type-only imports included', async () => {
    expect(
      await violations({
        'src/shared/compare/align.ts': ['./order'],
        'src/shared/compare/order.ts': ['type:./align'],
      }),
    ).toEqual(['no-cycles: src/shared/compare/align.ts → src/shared/compare/order.ts']);
  });

  test('the allowed directions pass', async () => {
    expect(
      await violations({
        'src/main/api/handlers.ts': ['../services/reviews'],
        'src/main/services/reviews.ts': ['../db/repos/reviewCases', '../../shared/api'],
        'src/main/db/repos/reviewCases.ts': ['../../../shared/api'],
        'src/shared/api/index.ts': [],
        'src/renderer/src/features/review/ReviewPage.tsx': ['../../lib/format', '../compare'],
        'src/renderer/src/lib/format.ts': [],
        'src/renderer/src/features/compare/index.ts': [],
      }),
    ).toEqual([]);
  });
});
