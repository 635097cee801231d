// Old → new article numbers of an amended law, computed by aligning the articles of two published texts
// in order by text similarity (the method RULES §8.1 used for 统计法). Used only where the corpus holds
// both texts; the tables are marked as computed so that the checker's message can say so.

const DIGITS = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS = { 十: 10, 百: 100, 千: 1000 };

/** 一百零九 → 109 (enough for article numbers; the app's own parser lives in src/shared). */
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

const ARTICLE =
  /^[\s\u3000]*第([零〇一二两三四五六七八九十百千\d]+)条(?:之[一二三四五六七八九十]+)?[\s\u3000]*/;

/** Articles of a Markdown law text: number → text (front matter, headings and notes dropped). */
export function readArticles(markdown) {
  const articles = [];
  let current = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line === '' || line.startsWith('#') || line.startsWith('>') || line.startsWith('<!--')) continue;
    const match = ARTICLE.exec(line);
    if (match) {
      // 第十条之一 keeps its own number in the new text only through the alignment, not as a key.
      if (match[0].includes('之')) continue;
      current = { number: chineseNumber(match[1]), text: line.slice(match[0].length) };
      articles.push(current);
    } else if (current && !/^第[零〇一二两三四五六七八九十百千\d]+[章节编]/.test(line)) {
      current.text += line;
    }
  }
  return articles.filter((article) => article.number !== null);
}

function bigrams(text) {
  const clean = text.replace(/[\s\u3000，。；：、（）()“”《》]/g, '');
  const grams = new Map();
  for (let i = 0; i < clean.length - 1; i += 1) {
    const gram = clean.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return { grams, size: Math.max(0, clean.length - 1) };
}

/** Dice coefficient over character bigrams (multiset). */
function similarity(a, b) {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const [gram, count] of a.grams) shared += Math.min(count, b.grams.get(gram) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

// 0.4 keeps rewritten but recognisable articles (行政处罚法 2017 第十四条 → 2021 第十六条, both "其他规范性文件不得设定
// 行政处罚") while the monotone order keeps unrelated articles of similar wording apart.
const THRESHOLD = 0.4;

/** Monotone alignment maximising the summed similarity of matched pairs (pairs below THRESHOLD never match). */
export function alignArticles(oldArticles, newArticles) {
  const a = oldArticles.map((article) => bigrams(article.text));
  const b = newArticles.map((article) => bigrams(article.text));
  const n = a.length;
  const m = b.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const sims = Array.from({ length: n }, (_, i) => b.map((gram) => similarity(a[i], gram)));
  for (let i = 1; i <= n; i += 1) {
    for (let j = 1; j <= m; j += 1) {
      const sim = sims[i - 1][j - 1];
      const diagonal = sim >= THRESHOLD ? score[i - 1][j - 1] + sim : -Infinity;
      score[i][j] = Math.max(score[i - 1][j], score[i][j - 1], diagonal);
    }
  }
  const pairs = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    const sim = sims[i - 1][j - 1];
    if (sim >= THRESHOLD && score[i][j] === score[i - 1][j - 1] + sim) {
      pairs.push([oldArticles[i - 1].number, newArticles[j - 1].number]);
      i -= 1;
      j -= 1;
    } else if (score[i][j] === score[i - 1][j]) i -= 1;
    else j -= 1;
  }
  return pairs.reverse();
}

export function alignedRenumbering({ law, oldVersion, newVersion, oldText, newText, source }) {
  const oldArticles = readArticles(oldText);
  const newArticles = readArticles(newText);
  const pairs = alignArticles(oldArticles, newArticles);
  const matchedOld = new Set(pairs.map(([from]) => from));
  const matchedNew = new Set(pairs.map(([, to]) => to));
  return {
    law,
    oldVersion,
    newVersion,
    source,
    computed: true,
    articles: Object.fromEntries(pairs),
    added: newArticles.map((article) => article.number).filter((number) => !matchedNew.has(number)),
    removed: oldArticles.map((article) => article.number).filter((number) => !matchedOld.has(number)),
  };
}

/** Length kept of each article of the new text: enough to tell what an article is about. */
const TEXT_LENGTH = 400;

/**
 * The beginning of each article of the current text, keyed by number. The checker compares the words
 * around a citation with these to tell whether the cited number is meant in the old or the new numbering.
 */
export function articleTexts(markdown) {
  return Object.fromEntries(
    readArticles(markdown).map((article) => [String(article.number), article.text.slice(0, TEXT_LENGTH)]),
  );
}
