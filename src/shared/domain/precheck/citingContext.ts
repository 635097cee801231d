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
