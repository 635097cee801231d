import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openApp, type App } from '../../src/main/app';
import { insertVersion } from '../../src/main/db/repos/versions';
import { indexDocumentRecords, indexVersionText } from '../../src/main/services/searchIndex';
import type { SearchResult } from '../../src/shared/api';
import { type Block, blockText, blocksToPlainText } from '../../src/shared/domain/blocks';
import { canonicalJson } from '../../src/shared/domain/canonicalJson';
import { matchArticle } from '../../src/shared/domain/structure';
import { formatChineseNumber } from '../../src/shared/domain/structure/chineseNumerals';
import { corpusBlocks, corpusLawFiles } from '../support/corpus';
import { seedDocuments } from './seed';
import { percentile, report, round } from './stats';

const DOCUMENTS = Number(process.env.SEARCH_BENCH_DOCUMENTS ?? 10_000);
const ARTICLES_PER_DOCUMENT = 45;
const RUNS = 50;
const LIKE_RUNS = 10;

let dataDir: string;
let app: App;
const session: Session = { accountId: null };
let indexSeconds = 0;
let characters = 0;

/** A small deterministic generator, so every run builds the same documents. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every article of every fixture law (its text without its own number). */
function fixtureArticles(): string[] {
  const articles: string[] = [];
  for (const file of corpusLawFiles()) {
    for (const block of corpusBlocks(file)) {
      const text = blockText(block);
      const match = matchArticle(text);
      if (match && text.length > match.prefix.length + 10)
        articles.push(text.slice(match.prefix.length).trim());
    }
  }
  return articles;
}

/** A document of realistic length: three chapters of articles drawn from the fixture laws, renumbered. */
function recombined(articles: readonly string[], random: () => number, index: number): Block[] {
  const blocks: Block[] = [
    { id: `d${index}-t`, kind: 'title', runs: [{ text: `某区管理办法（${index}）` }] },
  ];
  let number = 0;
  for (const [chapter, name] of ['总则', '管理措施', '法律责任'].entries()) {
    blocks.push({
      id: `d${index}-c${chapter}`,
      kind: 'heading',
      level: 1,
      runs: [{ text: `第${formatChineseNumber(chapter + 1)}章\u3000${name}` }],
    });
    for (let i = 0; i < ARTICLES_PER_DOCUMENT / 3; i += 1) {
      number += 1;
      const text = articles[Math.floor(random() * articles.length)] ?? '';
      blocks.push({
        id: `d${index}-a${number}`,
        kind: 'paragraph',
        runs: [{ text: `第${formatChineseNumber(number)}条\u3000${text}` }],
      });
    }
  }
  return blocks;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'normdesk-bench-'));
  app = openApp(dataDir);
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区统计局', agencyCode: '某统' },
    admin: { username: 'bench', displayName: '基准测试', password: 'bench-password', roles: ['reviewer'] },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  const userId = (admin.value as { id: string }).id;
  seedDocuments(app, userId, DOCUMENTS);
  const articles = fixtureArticles();
  const random = generator(17);
  const started = performance.now();
  const db = app.deps.db;
  const batch = 500;
  for (let from = 0; from < DOCUMENTS; from += batch) {
    db.transaction(() => {
      for (let i = from; i < Math.min(from + batch, DOCUMENTS); i += 1) {
        const documentId = `bench-${String(i).padStart(6, '0')}`;
        const blocks = recombined(articles, random, i);
        const plainText = blocksToPlainText(blocks);
        characters += plainText.length;
        insertVersion(db, {
          id: `v-${i}`,
          documentId,
          label: '征求意见稿',
          note: '',
          contentJson: canonicalJson(blocks),
          plainText,
          contentHash: `h${i}`,
          createdAt: '2026-01-05T02:00:00.000Z',
          createdBy: userId,
          sourceAttachmentId: null,
        });
        indexVersionText(app.deps, { documentId, versionId: `v-${i}`, blocks });
        indexDocumentRecords(app.deps, documentId);
      }
    })();
  }
  indexSeconds = (performance.now() - started) / 1000;
}, 3_600_000);

afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const QUERIES: Record<string, string> = {
  '1 字（罚）': '罚',
  '2 字（罚款）': '罚款',
  '2 字（许可）': '许可',
  '4 字（行政处罚）': '行政处罚',
  '短语（"没收违法所得"）': '"没收违法所得"',
  '少见的 2 字（罚没）': '罚没',
  '无结果的 4 字（听证程序）': '听证程序',
};

/**
 * The plain scan the index replaces, answering the same question over the same entries: walk them
 * newest first with LIKE, stop at the 51st document.
 */
function likeScan(term: string): number {
  const found = new Set<string>();
  const rows = app.deps.db
    .prepare('SELECT document_id FROM search_entries WHERE text LIKE ? ORDER BY id DESC')
    .iterate(`%${term}%`) as Iterable<{ document_id: string }>;
  for (const row of rows) {
    found.add(row.document_id);
    if (found.size > 50) break;
  }
  return found.size;
}

test(`search over ${DOCUMENTS} documents recombined from the fixture laws`, async () => {
  const rows = [];
  for (const [name, q] of Object.entries(QUERIES)) {
    const samples: number[] = [];
    let result: SearchResult | null = null;
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const answer = await app.dispatcher.dispatch(session, 'search.query', {
        q,
        limit: 50,
        hitsPerDocument: 5,
      });
      samples.push(performance.now() - started);
      if (!answer.ok) throw new Error(answer.error.message);
      result = answer.value as SearchResult;
    }
    const like: number[] = [];
    const term = q.replace(/"/g, '');
    for (let i = 0; i < LIKE_RUNS; i += 1) {
      const started = performance.now();
      likeScan(term);
      like.push(performance.now() - started);
    }
    rows.push({
      query: name,
      documents: result?.documentCount ?? 0,
      hits: result?.hitCount ?? 0,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
      like_p50_ms: round(percentile(like, 50)),
      like_p95_ms: round(percentile(like, 95)),
    });
  }
  // Indexing one long text (300,000 characters) as a new version, in its transaction.
  const articles = fixtureArticles();
  const random = generator(99);
  const long: Block[] = [];
  for (let n = 1, length = 0; length < 300_000; n += 1) {
    const text = `第${formatChineseNumber(n)}条\u3000${articles[Math.floor(random() * articles.length)] ?? ''}`;
    long.push({ id: `long-${n}`, kind: 'paragraph', runs: [{ text }] });
    length += text.length + 1;
  }
  const longStarted = performance.now();
  app.deps.db.transaction(() =>
    indexVersionText(app.deps, { documentId: 'bench-000000', versionId: 'long-version', blocks: long }),
  )();
  const longMs = performance.now() - longStarted;
  rows.push({
    query: `索引一篇 ${blocksToPlainText(long).length} 字的文本`,
    documents: 1,
    hits: long.length,
    p50_ms: round(longMs),
    p95_ms: round(longMs),
    like_p50_ms: null,
    like_p95_ms: null,
  });
  rows.push({
    query: `建立索引：${DOCUMENTS} 个文件，${characters} 字`,
    documents: DOCUMENTS,
    hits: null,
    p50_ms: round(indexSeconds * 1000, 0),
    p95_ms: null,
    like_p50_ms: null,
    like_p95_ms: null,
  });
  report('search-queries', rows);
  expect(rows.length).toBe(Object.keys(QUERIES).length + 2);
}, 3_600_000);
