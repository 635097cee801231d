// Builds resources/laws/articles.json: for each law of the library whose text in force the corpus holds,
// the number of articles of that text and the wording of its fines (the comma clauses that name 罚款 with
// an amount, by article and 款). The pre-check reads it to tell that a cited article does not exist and
// that a fine range goes beyond the cited article's.
//
//   node scripts/build-law-articles.mjs [--corpus <folder with index.tsv and bulk/*.md>]
//
// The corpus folder is laid out like test/fixtures/corpus: index.tsv (file, title, level, promulgation_date,
// status, source_path) and the texts it lists. The full collection of LawRefBook/Laws texts the index
// names (1,819 files, commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981) gives the committed file; each
// entry names the text it was read from. A text is used only when its date is the date of the library's
// version in force, so the article numbers are those of the current text.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const corpusArg = process.argv.indexOf('--corpus');
const corpus = corpusArg > 0 ? process.argv[corpusArg + 1] : join(root, 'test/fixtures/corpus');

/** lawKey() of src/shared/domain/laws/normalize.ts (and of build-law-library.mjs), to find library ids. */
function lawKey(title) {
  return title
    .normalize('NFKC')
    .replace(/[\s\u3000《》〈〉<>“”"']/g, '')
    .replaceAll('中华人民共和国', '')
    .replace(/[(（]/g, '（')
    .replace(/[)）]/g, '）')
    .replace(/[—–－-]/g, '-');
}

const DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS = { 十: 10, 百: 100, 千: 1000 };

function chineseNumber(text) {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = null;
  for (const char of text) {
    if (char in DIGITS) digit = DIGITS[char];
    else if (char in UNITS) {
      total += (digit ?? 1) * UNITS[char];
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

const ARTICLE = /^第([零〇一二两三四五六七八九十百千\d]+)条(之[一二三四五六七八九十]+)?[\s\u3000]*/;
const DIVISION = /^第[零〇一二两三四五六七八九十百千\d]+[章节编]/;
/** An item line belongs to the 款 above it: （一）…, (一)…, 一、… */
const ITEM = /^(?:[（(][零〇一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/;

/** Articles of a Markdown law text: number → its 款, each with its items. */
function readArticles(markdown) {
  const articles = new Map();
  let clauses = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line === '' || line.startsWith('#') || line.startsWith('>') || line.startsWith('<!--')) {
      // A heading ends the article before it (the 附则 heading, an appended table's title).
      if (line.startsWith('#')) clauses = null;
      continue;
    }
    const match = ARTICLE.exec(line);
    if (match) {
      const number = chineseNumber(match[1]);
      // 第十条之一 is cited as such; it does not change the count of numbered articles.
      if (number === null || match[2] || articles.has(number)) {
        clauses = null;
        continue;
      }
      clauses = [line.slice(match[0].length)];
      articles.set(number, clauses);
    } else if (clauses && !DIVISION.test(line)) {
      if (ITEM.test(line)) clauses[clauses.length - 1] += line;
      else clauses.push(line);
    }
  }
  return articles;
}

const AMOUNT = /[0-9０-９.〇零一二两三四五六七八九十百千万亿]+元/;

/** The comma clauses of a 款 that set a fine in money: 处五万元以上二十万元以下的罚款. */
function fineClauses(clause) {
  return clause
    .split(/[，。；：]/)
    .map((part) => part.trim())
    .filter((part) => part.includes('罚款') && AMOUNT.test(part));
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

const library = JSON.parse(readFileSync(join(root, 'resources/laws/library.json'), 'utf8'));
const lawsByKey = new Map(library.laws.map((law) => [law.id, law]));

const facts = new Map();
const rows = readTsv(join(corpus, 'index.tsv'));
let read = 0;
for (const row of rows) {
  const file = join(corpus, row.file);
  if (!existsSync(file)) continue;
  read += 1;
  const law = lawsByKey.get(lawKey(row.title));
  if (!law || law.status === '已废止') continue;
  const current = law.versions?.at(-1)?.date ?? law.promulgated;
  // Without a date the text cannot be told to be the one in force.
  if (!row.promulgation_date) continue;
  if (current ? row.promulgation_date !== current : row.status !== '有效') continue;
  const articles = readArticles(readFileSync(file, 'utf8'));
  if (articles.size === 0) continue;
  const fines = {};
  for (const [number, clauses] of articles) {
    const byClause = {};
    clauses.forEach((clause, index) => {
      const found = fineClauses(clause);
      if (found.length > 0) byClause[String(index + 1)] = found;
    });
    if (Object.keys(byClause).length > 0) fines[String(number)] = byClause;
  }
  const entry = {
    version: row.promulgation_date,
    articles: Math.max(...articles.keys()),
    ...(Object.keys(fines).length > 0 ? { fines } : {}),
    source: row.source_path,
  };
  facts.set(law.id, entry);
}

const ids = [...facts.keys()].sort((a, b) => a.localeCompare(b, 'zh'));
const lines = ids.map((id) => `${JSON.stringify(id)}:${JSON.stringify(facts.get(id))}`).join(',\n');
const source =
  '条文数和罚款条款按现行文本计算，取自 LawRefBook/Laws（commit 2f4c5c23716267af9dbebbbbd6cbbf732b101981）的法律文本，source 为该仓库中的文件路径；仅收文本日期与法规库现行版本日期一致的法律文件（scripts/build-law-articles.mjs）。';
writeFileSync(
  join(root, 'resources/laws/articles.json'),
  `{"source":${JSON.stringify(source)},"laws":{\n${lines}\n}}\n`,
);
console.log(`articles.json: ${ids.length} laws from ${read} of the ${rows.length} texts index.tsv lists`);
if (read < rows.length)
  console.warn('Not every listed text is in the corpus folder: the file now covers fewer laws.');
