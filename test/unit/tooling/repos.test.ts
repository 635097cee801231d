import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const REPOS = fileURLToPath(new URL('../../../src/main/db/repos', import.meta.url));

/** STYLE.md: repos are free functions per table, each mapping its rows to domain objects in one fromRow. */
describe('every repo maps its rows in one fromRow', () => {
  test.each(readdirSync(REPOS).filter((name) => name.endsWith('.ts')))('%s', (name) => {
    const source = readFileSync(join(REPOS, name), 'utf8');
    expect(source.match(/^function fromRow\b/gm) ?? []).toHaveLength(1);
  });
});
