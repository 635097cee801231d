import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const RENDERER = fileURLToPath(new URL('../../../src/renderer/src/', import.meta.url));

/** Static imports and re-exports of a module (type-only ones are erased by the compiler and skipped). */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) {
    if (!match[1] && match[2]) found.push(match[2]);
  }
  return found;
}

function resolveFile(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile()) ?? null;
}

/** Every package the entry modules load before anything is imported dynamically. */
function packagesOfFirstScreen(entries: string[]): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => join(RENDERER, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        if (specifier.endsWith('.css')) continue;
        const target = resolveFile(file, specifier);
        if (!target) throw new Error(`${specifier} (from ${file}) not found`);
        queue.push(target);
      } else {
        packages.add(specifier);
      }
    }
  }
  return packages;
}

describe('the first screen (shell and registry list) paints without antd', () => {
  const packages = packagesOfFirstScreen(['boot.ts', 'main.tsx']);

  test('it loads React, the router and the query cache', () => {
    expect(packages).toContain('react-dom/client');
    expect(packages).toContain('react-router');
    expect(packages).toContain('@tanstack/react-query');
  });

  test('no antd, and none of its components, until a part that uses them is shown', () => {
    const heavy = [...packages].filter(
      (name) => name === 'antd' || name.startsWith('antd/') || name.startsWith('@rc-component/'),
    );
    // antd/dist/reset.css is plain CSS (a few kilobytes), not the component library.
    expect(heavy.filter((name) => name !== 'antd/dist/reset.css')).toEqual([]);
  });
});
