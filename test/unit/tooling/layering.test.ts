import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The project's own ESLint configuration, without the type-aware rules (the snippets are not in tsconfig). */
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the layering rule of DESIGN §2 fails lint on a wrong-direction import', () => {
  test.each([
    ["import { readFileSync } from 'node:fs';", 'src/shared/domain/example.ts'],
    ["import Database from 'better-sqlite3';", 'src/shared/domain/example.ts'],
    ["import { Document } from 'docx';", 'src/shared/domain/example.ts'],
    ["import { useState } from 'react';", 'src/shared/domain/example.ts'],
    ["import { app } from 'electron';", 'src/shared/domain/example.ts'],
    ["import { openApp } from '../../main/app';", 'src/shared/domain/example.ts'],
    ["import { openApp } from '../../../main/app';", 'src/renderer/src/features/example.ts'],
    ["import { ipcRenderer } from 'electron';", 'src/renderer/src/features/example.ts'],
    ["import { App } from '../renderer/src/App';", 'src/main/example.ts'],
  ])('%s in %s', async (code, filePath) => {
    expect(await restrictedImports(`${code}\nexport const used = 1;\n`, filePath)).toHaveLength(1);
  });

  test('the allowed directions pass', async () => {
    expect(
      await restrictedImports(
        "import { contract } from '../api/contract';\nexport const c = contract;\n",
        'src/shared/domain/example.ts',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "import { contract } from '../../../shared/api';\nexport const c = contract;\n",
        'src/renderer/src/features/example.ts',
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
        'src/main/example.ts',
      ),
    ).toEqual([]);
  });
});

async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('SQL outside src/main/db fails lint', () => {
  test.each([
    [
      "export const find = (db) => db.prepare('SELECT * FROM documents').all();",
      'src/main/services/example.ts',
    ],
    ['export const sql = `UPDATE documents SET title = ?`;', 'src/main/services/example.ts'],
    ["export const run = (db) => db.exec('DELETE FROM drafts');", 'src/main/api/example.ts'],
  ])('%s in %s', async (code, filePath) => {
    expect(await ruleIds(code, filePath)).toContain('no-restricted-syntax');
  });

  test('repos may hold SQL, and other text or a staged prepare() is not SQL', async () => {
    expect(
      await ruleIds(
        "export const find = (db) => db.prepare('SELECT * FROM documents').all();",
        'src/main/db/repos/example.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "export const note = 'Update the draft';\nexport const go = (op, ctx, input) => op.prepare(ctx, input);",
        'src/main/services/example.ts',
      ),
    ).toEqual([]);
  });
});
