import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where code that reads files lives: tests, benchmarks, their support, the build scripts, the configs. */
const SCANNED = ['test', 'scripts'];
const CODE = /\.(?:ts|tsx|mts|cts|js|mjs|cjs)$/;

/** Repository-relative paths of the code files under `dir`, fixtures (data, not code) left out. */
function codeFiles(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return path === 'test/fixtures' ? [] : codeFiles(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

/**
 * References in `source` (the text of the repository file `file`) to paths outside the repository: the
 * corpus folder that used to sit beside it, absolute paths of a particular machine, a path joined to the
 * repository root that climbs out of it, and a relative path that climbs above the root from the file.
 */
function outsideReferences(source: string, file: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/\.\.\/shared\/corpus\b|\bshared\/corpus\//g)) found.push(match[0]);
  // Only /work, the development machine's workspace: tests hand pretend paths (/home/user/…) to code as data.
  for (const match of source.matchAll(/['"`](\/work\/[^'"`\s]*)/g)) {
    found.push(match[1] ?? '');
  }
  for (const match of source.matchAll(/\b(?:ROOT|root|repoRoot)\s*,\s*['"`](\.\.(?:\/[^'"`]*)?)['"`]/g)) {
    found.push(match[1] ?? '');
  }
  const fileDir = posix.dirname(file);
  for (const match of source.matchAll(/(['"`])(\.\.?(?:\/[^'"`\n$]*)?)(?=\1|\$\{)/g)) {
    const relative = match[2] ?? '';
    const resolved = posix.normalize(posix.join(fileDir, relative));
    if (resolved === '..' || resolved.startsWith('../')) found.push(relative);
  }
  return found;
}

describe('the project stands alone: tests and scripts read nothing outside the repository', () => {
  const files = SCANNED.flatMap(codeFiles);

  test('the scan sees the tests, the benchmarks, their support and the scripts', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'test/support/corpus.ts',
        'test/bench/seed.ts',
        'test/e2e/cli.test.ts',
        'test/unit/tooling/standsAlone.test.ts',
        'scripts/build-law-library.mjs',
      ]),
    );
    expect(files.some((file) => file.startsWith('test/fixtures/'))).toBe(false);
  });

  test.each(files)('%s', (file) => {
    expect(outsideReferences(readFileSync(`${ROOT}${file}`, 'utf8'), file)).toEqual([]);
  });
});

describe('the check fires on a path outside the repository', () => {
  // Built from pieces so that this file does not itself hold what it looks for.
  const up = (levels: number) => Array.from({ length: levels }, () => '..').join('/');
  const corpus = ['shared', 'corpus'].join('/');
  const machine = ['', 'work', 'shared', 'corpus'].join('/');

  test.each([
    [`const CORPUS = join(__dirname, '${up(4)}/${corpus}/pairs/norm');`, 'test/renderer/editor/a.test.ts'],
    [
      `const text = readFileSync(join(root, '${up(1)}/${corpus}/synthetic_a.txt'), 'utf8');`,
      'test/bench/a.ts',
    ],
    [`const NORM = join(ROOT, '${up(1)}/elsewhere/pairs');`, 'test/e2e/a.test.ts'],
    [`const DATA = '${machine}/index.tsv';`, 'scripts/a.mjs'],
    [`const url = new URL('${up(3)}/sibling/', import.meta.url);`, 'test/e2e/a.test.ts'],
    [`const tmpl = \`${up(2)}/sibling/\${name}\`;`, 'scripts/a.mjs'],
    [`import { x } from '${up(4)}/elsewhere/x';`, 'test/unit/tooling/a.test.ts'],
  ])('%s in %s', (source, file) => {
    expect(outsideReferences(source, file)).not.toEqual([]);
  });

  test('paths that stay inside pass', () => {
    expect(outsideReferences(`const ROOT = new URL('${up(2)}', import.meta.url);`, 'test/e2e/a.ts')).toEqual(
      [],
    );
    expect(
      outsideReferences(`import { contract } from '${up(3)}/src/shared/api';`, 'test/unit/a/b.ts'),
    ).toEqual([]);
    expect(
      outsideReferences(`const FIXTURES = join(__dirname, '../fixtures/corpus');`, 'test/support/c.ts'),
    ).toEqual([]);
    expect(
      outsideReferences(`const root = new URL('..', import.meta.url).pathname;`, 'scripts/a.mjs'),
    ).toEqual([]);
  });
});
