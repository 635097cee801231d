import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult, SearchResult } from '../../src/shared/api';
import { openTestApp, type TestApp } from '../support/app';
import { runCli } from '../support/cli';
import { corpusBlocks } from '../support/corpus';
import { createUser, expectOk, setupAdmin, signIn } from '../support/session';

let app: TestApp;
let documentId: string;

beforeAll(async () => {
  app = openTestApp();
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  await createUser(app, admin, 'keeper', ['admin']);
  const drafter = await signIn(app, 'drafter');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '中华人民共和国行政处罚法',
      draftingUnit: '法制科',
      issuingAuthority: '某区人民政府',
    }),
  ).id;
  const blocks = corpusBlocks('pairs/xingzhengchufafa_2021.md');
  expectOk(await app.call(drafter, 'drafts.save', { documentId, blocks, revision: 0 }));
  expectOk(await app.call(drafter, 'versions.save', { documentId, label: '征求意见稿', note: '' }));
}, 60_000);
afterAll(() => app.close());

describe('search on the command line', () => {
  it('lists the documents with where each hit is and the matched words in 【】', async () => {
    const { code, out } = await runCli(app, 'drafter', ['search', '罚款', '--where', '版本正文']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^找到 1 个文件，共 \d+ 处/);
    expect(out.join('\n')).toMatch(
      /版本正文 › 第 1 版 · 征求意见稿 › 第[一二三四五六七八九十]+章 › 第.+条.*：.*【罚款】/,
    );
  });

  it('answers one JSON line with --json, also for a usage error', async () => {
    const found = await runCli(app, 'drafter', ['search', '"没收违法所得"', '--limit', '5', '--json']);
    expect(found.code).toBe(0);
    expect(found.out).toHaveLength(1);
    const result = JSON.parse(found.out[0] ?? '') as ApiResult<SearchResult>;
    expect(result.ok && result.value.documents[0]?.documentId).toBe(documentId);

    const bad = await runCli(app, 'drafter', ['search', '罚款', '--kind', '不存在的类型', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const empty = await runCli(app, 'drafter', ['search', '--json']);
    expect(empty.code).toBe(2);
    const none = await runCli(app, 'drafter', ['search', '不存在的词语甲乙']);
    expect(none).toMatchObject({ code: 0, out: ['没有找到“不存在的词语甲乙”'] });
  });

  it('search reindex rebuilds with progress on stderr, for administrators only', async () => {
    const refused = await runCli(app, 'drafter', ['search', 'reindex', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const rebuilt = await runCli(app, 'keeper', ['search', 'reindex']);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.err).toEqual(['已索引 1/1 个文件']);
    expect(rebuilt.out[0]).toMatch(/^已重建全文搜索索引：1 个文件，\d+ 条索引$/);
    const json = await runCli(app, 'keeper', ['search', 'reindex', '--json']);
    expect(json.err).toEqual([]);
    expect(JSON.parse(json.out[0] ?? '')).toMatchObject({ ok: true, value: { indexed: 1 } });
  });
});
