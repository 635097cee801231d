import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { documentXml, revisedText } from '../support/wordXml';
import { openTestApp, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';
import { corpusText } from '../support/corpus';

let n = 0;
const law = (file: string) =>
  plainTextToBlocks(corpusText(`pairs/norm/${file}`), { nextId: () => `c${++n}` });

let app: TestApp;
let drafter: Session;
let documentId: string;
let v1: string;
let v2: string;

beforeAll(async () => {
  app = openTestApp();
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  drafter = await signIn(app, 'drafter');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '中华人民共和国行政处罚法',
      draftingUnit: '法制科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  const save = async (file: string, label: string) => {
    const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId }));
    expectOk(
      await app.call(drafter, 'drafts.save', { documentId, blocks: law(file), revision: draft.revision }),
    );
    return expectOk(await app.call(drafter, 'versions.save', { documentId, label })).id;
  };
  v1 = await save('xingzhengchufafa_2017.txt', '2017年文本');
  v2 = await save('xingzhengchufafa_2021.txt', '2021年文本');
});
afterAll(() => app.close());

test('two versions compare by article: renumbered articles are reported as such, with the summary counts', async () => {
  const view = expectOk(
    await app.call(drafter, 'compare.run', { documentId, fromVersionId: v1, toVersionId: v2 }),
  );
  expect(view.from.label).toBe('2017年文本');
  expect(view.to?.label).toBe('2021年文本');
  const { summary } = view.result;
  expect(summary.added).toBeGreaterThan(0);
  expect(summary.renumbered).toBeGreaterThan(0);
  const renumbered = view.result.changes.find((change) => change.label === '第十五条 → 第十七条');
  expect(renumbered?.kind).toBe('renumbered');
});

test('the 修改说明 written for a changed article is kept with the pair of versions and goes into the 对照表', async () => {
  const view = expectOk(
    await app.call(drafter, 'compare.run', { documentId, fromVersionId: v1, toVersionId: v2 }),
  );
  const unit = view.result.changes.find((change) => change.kind === 'modified')?.unit ?? 0;
  const noteKey = view.result.units[unit]?.noteKey ?? '';
  expectOk(
    await app.call(drafter, 'compare.saveNote', {
      documentId,
      fromVersionId: v1,
      toVersionId: v2,
      noteKey,
      note: '与修订后的上位法一致',
    }),
  );
  const again = expectOk(
    await app.call(drafter, 'compare.run', { documentId, fromVersionId: v1, toVersionId: v2 }),
  );
  expect(again.notes[noteKey]).toBe('与修订后的上位法一致');
  const table = expectOk(
    await app.call(drafter, 'compare.export', {
      documentId,
      fromVersionId: v1,
      toVersionId: v2,
      format: 'table',
    }),
  );
  expect(table.fileName).toBe(
    '《中华人民共和国行政处罚法》修改对照表（第1版2017年文本→第2版2021年文本）.docx',
  );
  expect(await documentXml(Buffer.from(table.data, 'base64'))).toContain('与修订后的上位法一致');
});

test('the tracked-changes export accepts to the newer version and is attributed to its author', async () => {
  const file = expectOk(
    await app.call(drafter, 'compare.export', {
      documentId,
      fromVersionId: v1,
      toVersionId: v2,
      format: 'tracked',
    }),
  );
  const xml = await documentXml(Buffer.from(file.data, 'base64'));
  expect(revisedText(xml, 'accept')).toBe(
    corpusText('pairs/norm/xingzhengchufafa_2021.txt')
      .trim()
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n'),
  );
  expect(xml).toContain('w:author="drafter 用户"');
});

test('a version compares with the current working draft', async () => {
  const view = expectOk(
    await app.call(drafter, 'compare.run', { documentId, fromVersionId: v1, toVersionId: null }),
  );
  expect(view.to).toBeNull();
  expect(view.result.summary.renumbered).toBeGreaterThan(0);
});

test('a note stays with its article whatever the comparison options, and only changed units take one', async () => {
  const view = expectOk(
    await app.call(drafter, 'compare.run', { documentId, fromVersionId: v1, toVersionId: v2 }),
  );
  const change = view.result.changes.find((c) => c.label === '第十五条 → 第十七条');
  if (!change) throw new Error('no renumbered article');
  expectOk(
    await app.call(drafter, 'compare.saveNote', {
      documentId,
      fromVersionId: v1,
      toVersionId: v2,
      noteKey: view.result.units[change.unit]?.noteKey ?? '',
      note: '条文顺移',
    }),
  );
  const strict = expectOk(
    await app.call(drafter, 'compare.run', {
      documentId,
      fromVersionId: v1,
      toVersionId: v2,
      ignoreWhitespace: false,
      normalizeWidth: false,
    }),
  );
  const same = strict.result.changes.find((c) => c.label === '第十五条 → 第十七条');
  expect(strict.notes[strict.result.units[same?.unit ?? -1]?.noteKey ?? '']).toBe('条文顺移');
  const unchanged = view.result.units.find((unit) => unit.kind === 'unchanged');
  expect(unchanged).toBeDefined();
  expectError(
    await app.call(drafter, 'compare.saveNote', {
      documentId,
      fromVersionId: v1,
      toVersionId: v2,
      noteKey: unchanged?.noteKey ?? '',
      note: 'x',
    }),
    'INVALID_STATE',
  );
});

test('a note saved by its key under other options is returned under the defaults; a key of no unit is refused', async () => {
  const strictInput = {
    documentId,
    fromVersionId: v1,
    toVersionId: v2,
    ignoreWhitespace: false,
    normalizeWidth: false,
  };
  const strict = expectOk(await app.call(drafter, 'compare.run', strictInput));
  const keys = strict.result.units.map((unit) => unit.noteKey);
  expect(new Set(keys).size).toBe(keys.length);
  const change = strict.result.changes.find((c) => c.kind === 'modified');
  const noteKey = strict.result.units[change?.unit ?? -1]?.noteKey;
  if (!change || !noteKey) throw new Error('no modified unit');
  expectOk(await app.call(drafter, 'compare.saveNote', { ...strictInput, noteKey, note: '  文字修改  ' }));

  const loose = expectOk(
    await app.call(drafter, 'compare.run', { documentId, fromVersionId: v1, toVersionId: v2 }),
  );
  const unit = loose.result.units.findIndex((candidate) => candidate.noteKey === noteKey);
  expect(loose.result.changes.find((c) => c.unit === unit)?.label).toBe(change.label);
  expect(loose.notes[noteKey]).toBe('文字修改');

  expectError(
    await app.call(drafter, 'compare.saveNote', { ...strictInput, noteKey: 'c1>c2', note: 'x' }),
    'INVALID_STATE',
  );
});
