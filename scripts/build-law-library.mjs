// Builds the law reference library (resources/laws/library.json) and the article renumbering tables
// (resources/laws/renumbering.json) from the law texts of test/fixtures/corpus (SOURCES.md there says where
// they come from) and the tables of RULES.md §8.1/§8.5.
//
//   node scripts/build-law-library.mjs [--corpus <folder laid out like test/fixtures/corpus>]
//
// The output is committed; rerun after the corpus or the RULES tables change. The output carries no
// timestamp so that an unchanged input gives a byte-identical file.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_LAWS, STATISTICS_LAW_RENUMBERING } from './law-library/rulesTables.mjs';
import { alignedRenumbering, articleTexts } from './law-library/alignArticles.mjs';

const root = new URL('..', import.meta.url).pathname;
const corpusArg = process.argv.indexOf('--corpus');
const corpus = corpusArg > 0 ? process.argv[corpusArg + 1] : join(root, 'test/fixtures/corpus');

/**
 * Lookup key of a title. Must stay identical to lawKey() in src/shared/domain/laws/normalize.ts (a unit
 * test checks every committed id against it).
 */
export function lawKey(title) {
  return title
    .normalize('NFKC')
    .replace(/[\s\u3000《》〈〉<>“”"']/g, '')
    .replaceAll('中华人民共和国', '')
    .replace(/[(（]/g, '（')
    .replace(/[)）]/g, '）')
    .replace(/[—–－-]/g, '-');
}

function readTsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '');
  const names = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(names.map((name, index) => [name, (cells[index] ?? '').trim()]));
  });
}

/** The date in a source file name such as 行政法规/统计法实施条例(2017-05-28).md, or ''. */
function sourceDate(source) {
  return /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(source)?.[1] ?? '';
}

/** A row of law-status.tsv read as a repeal found in another law's text (被《X》废止). */
function isTextRepeal(row) {
  return row.status === '已废止' && row.source.includes(' text ');
}

/**
 * One library entry per law. Rows of the same law are versions; a repeal clause found in another law's
 * text outranks the database's "not expired" flag (RULES §8.3: that flag is unreliable), unless a version
 * in force is dated after the repealing law (国家安全法 1993 was repealed by 反间谍法 2014, and a new
 * 国家安全法 was enacted in 2015). A law "repealed" by a new text of the same name is simply a new version.
 */
function mergeRows(rows, indexByTitle) {
  const sorted = [...rows].sort((a, b) => (a.version_date || '0').localeCompare(b.version_date || '0'));
  const title = sorted.map((row) => row.title).find((t) => t.includes('《')) ?? sorted.at(-1).title;
  const repeals = sorted.filter((row) => isTextRepeal(row) && lawKey(row.superseded_by) !== lawKey(title));
  const inForce = sorted.filter((row) => row.status === '有效');
  const latestInForce = inForce.at(-1);
  const repeal = repeals.find(
    (row) =>
      !latestInForce || !sourceDate(row.source) || latestInForce.version_date <= sourceDate(row.source),
  );
  const versions = new Map();
  for (const row of sorted) {
    if (!row.version_date) continue;
    const status = row.status === '已废止' && !repeal ? '已修改' : row.status;
    const previous = versions.get(row.version_date);
    // The same version can come from two sources; 有效 from the database loses to the text evidence.
    if (!previous || previous.status === '有效') {
      versions.set(row.version_date, {
        date: row.version_date,
        ...(row.effective_date ? { effective: row.effective_date } : {}),
        status,
      });
    }
  }
  const current = repeal ?? latestInForce ?? sorted.at(-1);
  const index = indexByTitle.get(title) ?? indexByTitle.get(sorted.at(-1).title);
  const latest = [...versions.values()].at(-1);
  const entry = {
    id: lawKey(title),
    title,
    shortTitle: sorted.find((row) => row.short_title)?.short_title ?? title,
    level: sorted.map((row) => row.level).findLast((level) => level) ?? index?.level ?? '',
    issuer: index?.issuing_body ?? '',
    promulgated: latest?.date ?? index?.promulgation_date ?? '',
    effective: latest?.effective ?? index?.effective_date ?? '',
    status: repeal ? '已废止' : latestInForce ? '有效' : current.status,
    supersededBy: repeal?.superseded_by ?? '',
    versions: versions.size > 1 ? [...versions.values()] : [],
    source: current.source,
  };
  return entry;
}

/** Empty fields and lists are left out to keep the committed file small. */
function compact(entry) {
  return Object.fromEntries(
    Object.entries(entry).filter(
      ([, value]) => value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** RULES.md entries win over the corpus where they say more (status, replacement, versions, aliases). */
function applyRules(byKey) {
  for (const rule of RULES_LAWS) {
    const key = lawKey(rule.title);
    const base = byKey.get(key);
    const merged = { ...(base ?? { id: key, title: rule.title, shortTitle: rule.title }), ...rule };
    merged.id = key;
    merged.source = base ? `${rule.source}；${base.source}` : rule.source;
    if (base?.versions?.length && !rule.versions) merged.versions = base.versions;
    byKey.set(key, merged);
  }
}

function buildLibrary() {
  const statusRows = readTsv(join(corpus, 'law-status.tsv'));
  const indexRows = readTsv(join(corpus, 'index.tsv'));
  const indexByTitle = new Map();
  for (const row of indexRows) {
    const previous = indexByTitle.get(row.title);
    if (!previous || previous.promulgation_date < row.promulgation_date) indexByTitle.set(row.title, row);
  }
  const groups = new Map();
  for (const row of statusRows) {
    const key = lawKey(row.title);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const byKey = new Map();
  for (const rows of groups.values()) {
    const entry = mergeRows(rows, indexByTitle);
    byKey.set(entry.id, entry);
  }
  applyRules(byKey);
  const laws = [...byKey.values()].map(compact).sort((a, b) => a.id.localeCompare(b.id, 'zh'));
  return {
    source:
      'test/fixtures/corpus/law-status.tsv 与 index.tsv（LawRefBook/Laws、whthomas/china-laws）；RULES.md §0、§8.1、§8.5 的废止、更名和版本表。状态并非对每一行都权威，引用前请核对官方文本。',
    laws,
  };
}

function buildRenumbering() {
  const corpusText = (file) => readFileSync(join(corpus, file), 'utf8');
  const statistics = {
    ...STATISTICS_LAW_RENUMBERING,
    newTexts: articleTexts(corpusText('bulk/law-0201.md')),
  };
  const aligned = [
    ['中华人民共和国立法法', 'pairs/lifafa_2015.md', 'pairs/lifafa_2023.md', '2015-03-15', '2023-03-13'],
    [
      '中华人民共和国行政处罚法',
      'pairs/xingzhengchufafa_2017.md',
      'pairs/xingzhengchufafa_2021.md',
      '2017-09-01',
      '2021-01-22',
    ],
    [
      '中华人民共和国行政复议法',
      'pairs/xingzhengfuyifa_2017.md',
      'pairs/xingzhengfuyifa_2023.md',
      '2017-09-01',
      '2023-09-01',
    ],
  ].map(([law, oldFile, newFile, oldVersion, newVersion]) => {
    const table = alignedRenumbering({
      law,
      oldVersion,
      newVersion,
      oldText: corpusText(oldFile),
      newText: corpusText(newFile),
      source: `按条文相似度对齐 test/fixtures/corpus/${oldFile} 与 ${newFile}（自动计算，引用前请核对）`,
    });
    return { ...table, newTexts: articleTexts(corpusText(newFile)) };
  });
  return { tables: [statistics, ...aligned] };
}

const out = join(root, 'resources/laws');
mkdirSync(out, { recursive: true });
const library = buildLibrary();
// One law per line: small, and a status change shows as a one-line diff.
const lines = library.laws.map((law) => JSON.stringify(law)).join(',\n');
writeFileSync(
  join(out, 'library.json'),
  `{"source":${JSON.stringify(library.source)},"laws":[\n${lines}\n]}\n`,
);
writeFileSync(join(out, 'renumbering.json'), `${JSON.stringify(buildRenumbering(), null, 2)}\n`);
console.log(`library.json: ${library.laws.length} laws; renumbering.json written`);
