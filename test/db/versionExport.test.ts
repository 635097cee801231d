import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import JSZip from 'jszip';
import type { Session } from '../../src/main/api/context';
import { docxToBlocks } from '../../src/main/import/docxToBlocks';
import { type Block, blockText } from '../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { parseStructure } from '../../src/shared/domain/structure';
import { openTestApp, type TestApp } from '../support/app';
import { runCli } from '../support/cli';
import { corpusText } from '../support/corpus';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';
import { makeTempDir } from '../support/tempDir';

let n = 0;
const nextId = () => `b${++n}`;

/** A notice with every kind of block the editor writes: title, headings, paragraphs, lists and a table. */
const NOTICE: Block[] = [
  { id: 't', kind: 'title', runs: [{ text: '关于开展统计执法检查的通知' }] },
  { id: 'p0', kind: 'paragraph', runs: [{ text: '各街道办事处、区政府各委、办、局：' }] },
  { id: 'h1', kind: 'heading', level: 1, runs: [{ text: '一、检查范围' }] },
  {
    id: 'p1',
    kind: 'paragraph',
    runs: [{ text: '对辖区内' }, { text: '规模以上工业企业', bold: true }, { text: '开展检查。' }],
  },
  { id: 'h2', kind: 'heading', level: 2, runs: [{ text: '（一）重点对象' }] },
  {
    id: 'l1',
    kind: 'list_item',
    level: 1,
    ordered: false,
    runs: [{ text: '年主营业务收入二千万元以上的企业' }],
  },
  { id: 'l2', kind: 'list_item', level: 1, ordered: false, runs: [{ text: '新纳入统计调查的企业' }] },
  {
    id: 'tb',
    kind: 'table',
    runs: [],
    rows: [
      [
        { blocks: [{ id: 'c1', kind: 'paragraph', runs: [{ text: '阶段' }] }] },
        { blocks: [{ id: 'c2', kind: 'paragraph', runs: [{ text: '时间' }] }] },
      ],
      [
        { blocks: [{ id: 'c3', kind: 'paragraph', runs: [{ text: '自查' }] }] },
        { blocks: [{ id: 'c4', kind: 'paragraph', runs: [{ text: '3月底前' }] }] },
      ],
    ],
  },
  { id: 'h3', kind: 'heading', level: 1, runs: [{ text: '二、工作要求' }] },
  { id: 'p2', kind: 'paragraph', runs: [{ text: '各单位要高度重视，按时报送检查情况。' }] },
];

let app: TestApp;
let drafter: Session;
let reader: Session;
let documentId: string;
let lawVersion: string;
let noticeDocument: string;
let noticeVersion: string;

async function saveVersion(docId: string, blocks: Block[], label: string): Promise<string> {
  const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId: docId }));
  expectOk(await app.call(drafter, 'drafts.save', { documentId: docId, blocks, revision: draft.revision }));
  return expectOk(await app.call(drafter, 'versions.save', { documentId: docId, label })).id;
}

async function createDocument(title: string): Promise<string> {
  return expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title,
      draftingUnit: '法制科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
}

/** What a reader sees of a text: each block's kind, level, text and place in the structure. */
function shape(blocks: readonly Block[]) {
  const structure = parseStructure(blocks);
  return blocks.map((block, index) => ({
    kind: block.kind,
    level: block.kind === 'paragraph' || block.kind === 'title' ? undefined : block.level,
    text: blockText(block),
    path: structure.blocks[index]?.display ?? '',
  }));
}

async function readBack(base64: string): Promise<Block[]> {
  return (await docxToBlocks(Buffer.from(base64, 'base64'), nextId)).blocks;
}

beforeAll(async () => {
  app = openTestApp();
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'counsel', ['counsel']);
  drafter = await signIn(app, 'drafter');
  reader = await signIn(app, 'counsel');
  documentId = await createDocument('中华人民共和国道路运输条例');
  lawVersion = await saveVersion(
    documentId,
    plainTextToBlocks(corpusText('pairs/norm/daoluyunshutiaoli_2019.txt'), { nextId }),
    '2019年文本',
  );
  noticeDocument = await createDocument('关于开展统计执法检查的通知');
  noticeVersion = await saveVersion(noticeDocument, NOTICE, '送审稿');
});
afterAll(() => app.close());

test('a version of a law exported to Word reads back with the same text and the same 章/条/款 paths', async () => {
  const version = expectOk(await app.call(drafter, 'versions.get', { id: lawVersion }));
  const file = expectOk(await app.call(reader, 'versions.exportDocx', { versionId: lawVersion }));
  const at = new Date(version.summary.createdAt);
  const pad = (v: number) => String(v).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  expect(file.fileName).toBe(`《中华人民共和国道路运输条例》第1版（${date}）.docx`);
  const back = await readBack(file.data);
  expect(shape(back)).toEqual(shape(version.blocks));
  expect(parseStructure(back).articles.length).toBe(parseStructure(version.blocks).articles.length);
  expect(parseStructure(back).articles.length).toBeGreaterThan(80);
});

test('a law with （一）（二） items inside its articles reads back with each 项 in its article', async () => {
  const id = await createDocument('中华人民共和国行政处罚法');
  const versionId = await saveVersion(
    id,
    plainTextToBlocks(corpusText('pairs/norm/xingzhengchufafa_2021.txt'), { nextId }),
    '2021年文本',
  );
  const version = expectOk(await app.call(drafter, 'versions.get', { id: versionId }));
  const file = expectOk(await app.call(reader, 'versions.exportDocx', { versionId }));
  const back = await readBack(file.data);
  expect(shape(back)).toEqual(shape(version.blocks));
  expect(parseStructure(back).articles.length).toBe(86);
});

test('the Word file is GB/T 9704: A4 with 37/35/28/26 mm margins, 仿宋 三号 body, 小标宋 二号 title, outline levels, page numbers', async () => {
  const file = expectOk(await app.call(drafter, 'versions.exportDocx', { versionId: noticeVersion }));
  const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(xml).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
  expect(xml).toContain('w:eastAsia="方正小标宋简体"');
  expect(xml).toMatch(/<w:sz w:val="44"\/>/);
  expect(styles).toContain('w:eastAsia="仿宋_GB2312"');
  expect(xml).toContain('<w:outlineLvl w:val="0"/>');
  expect(xml).toContain('<w:outlineLvl w:val="1"/>');
  expect(xml).toContain('<w:tbl>');
  const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  const footerXml = await Promise.all(
    footers.map((name) => zip.file(name)?.async('string') ?? Promise.resolve('')),
  );
  expect(footerXml.join('')).toContain('PAGE');
});

test('a notice with headings, lists, bold words and a table reads back the same, marks and cells included', async () => {
  const file = expectOk(await app.call(drafter, 'versions.exportDocx', { versionId: noticeVersion }));
  const back = await readBack(file.data);
  expect(shape(back)).toEqual(shape(NOTICE));
  expect(back[3]?.runs).toEqual(NOTICE[3]?.runs);
  const table = back.find((block) => block.kind === 'table');
  expect(table?.rows?.map((row) => row.map((cell) => cell.blocks.map(blockText).join('')))).toEqual([
    ['阶段', '时间'],
    ['自查', '3月底前'],
  ]);
});

test('the current draft exports as 《标题》当前草稿.docx with the unsaved text, and each export is audited', async () => {
  const draft = expectOk(await app.call(drafter, 'drafts.get', { documentId: noticeDocument }));
  const edited: Block[] = [
    ...NOTICE,
    { id: 'p3', kind: 'paragraph', runs: [{ text: '本通知自印发之日起执行。' }] },
  ];
  expectOk(
    await app.call(drafter, 'drafts.save', {
      documentId: noticeDocument,
      blocks: edited,
      revision: draft.revision,
    }),
  );
  const file = expectOk(
    await app.call(reader, 'versions.exportDocx', { documentId: noticeDocument, draft: true }),
  );
  expect(file.fileName).toBe('《关于开展统计执法检查的通知》当前草稿.docx');
  expect(shape(await readBack(file.data))).toEqual(shape(edited));

  const audit = app.deps.db
    .prepare("SELECT actor_name, target_id, detail FROM audit_log WHERE action = 'versions.exportDocx'")
    .all() as { actor_name: string; target_id: string; detail: string }[];
  const draftEntry = audit.find((row) => (JSON.parse(row.detail) as { draft: boolean }).draft);
  expect(draftEntry?.target_id).toBe(noticeDocument);
  expect(draftEntry?.actor_name).toBeTruthy();
  expect(audit.length).toBeGreaterThanOrEqual(3);
});

test('an unknown version is NOT_FOUND and a signed-out caller is refused', async () => {
  expectError(await app.call(drafter, 'versions.exportDocx', { versionId: 'no-such-version' }), 'NOT_FOUND');
  expectError(
    await app.call({ accountId: null }, 'versions.exportDocx', { versionId: noticeVersion }),
    'UNAUTHENTICATED',
  );
});

test('CLI: version export writes the Word file and answers one JSON line; usage errors too (exit 2)', async () => {
  const dir = makeTempDir();
  const out = join(dir, 'notice.docx');
  const run = await runCli(app, 'counsel', [
    'version',
    'export',
    '--version',
    noticeVersion,
    '--out',
    out,
    '--json',
  ]);
  expect(run.code).toBe(0);
  expect(run.out).toHaveLength(1);
  const value = (JSON.parse(run.out[0] ?? '') as { value: { file: string; fileName: string } }).value;
  expect(value.file).toBe(out);
  expect(value.fileName).toMatch(/^《关于开展统计执法检查的通知》第1版（\d{4}-\d{2}-\d{2}）\.docx$/);
  const back = (await docxToBlocks(await readFile(out), nextId)).blocks;
  expect(back.map(blockText)).toEqual(NOTICE.map(blockText));

  const draftOut = join(dir, 'draft.docx');
  const draft = await runCli(app, 'counsel', [
    'version',
    'export',
    '--document',
    noticeDocument,
    '--draft',
    '--out',
    draftOut,
    '--json',
  ]);
  expect(draft.code).toBe(0);
  expect((await docxToBlocks(await readFile(draftOut), nextId)).blocks.map(blockText)).toContain(
    '本通知自印发之日起执行。',
  );

  const usage = await runCli(app, 'counsel', ['version', 'export', '--document', noticeDocument, '--json']);
  expect(usage.code).toBe(2);
  expect(JSON.parse(usage.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  const missing = await runCli(app, 'counsel', [
    'version',
    'export',
    '--version',
    'nope',
    '--out',
    out,
    '--json',
  ]);
  expect(missing.code).toBe(1);
  expect(JSON.parse(missing.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});
