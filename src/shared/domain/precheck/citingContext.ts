/**
 * How much of a citing sentence's wording an article shares: the share of the sentence's character
 * bigrams that also occur in the article. Used to tell which numbering a citation of an amended law
 * follows (the sentence describes the cited article's subject: 拒报…罚款, 统计调查项目…审批).
 */

const IGNORED = /[\s\u3000，。；：、！？“”‘’（）()《》〈〉【】\-—0-9０-９]/g;
/** Citation marks and article numbers say nothing about the subject. */
const CITATION_NOISE =
  /《[^》]*》|第[零〇一二两三四五六七八九十百千0-9０-９]+[条款项]|[（(][零〇一二三四五六七八九十]+[）)]/g;

export function bigramSet(text: string): Set<string> {
  const clean = text.replace(IGNORED, '');
  const grams = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i += 1) grams.add(clean.slice(i, i + 2));
  return grams;
}

export function citingContext(sentence: string): Set<string> {
  return bigramSet(sentence.replace(CITATION_NOISE, ''));
}

export function overlap(context: ReadonlySet<string>, article: string | undefined): number {
  if (!article || context.size === 0) return 0;
  const grams = bigramSet(article);
  let shared = 0;
  for (const gram of context) if (grams.has(gram)) shared += 1;
  return shared / context.size;
}

function cleanSentence(sentence: string): string {
  return sentence.replace(CITATION_NOISE, '').replace(IGNORED, '');
}

/**
 * The longest run of the citing sentence's wording found word for word in an article. A sentence that
 * restates a current article (依照《行政处罚法》第十条规定，法律可以设定各种行政处罚) shares a long run
 * with it even where a neighbouring article is worded alike and the bigram shares are close.
 */
export function longestSharedRun(sentence: string, article: string | undefined): number {
  if (!article) return 0;
  const text = cleanSentence(sentence);
  const target = article.replace(IGNORED, '');
  let best = 0;
  for (let start = 0; start + best < text.length; start += 1) {
    let length = best + 1;
    while (start + length <= text.length && target.includes(text.slice(start, start + length))) {
      best = length;
      length += 1;
    }
  }
  return best;
}
