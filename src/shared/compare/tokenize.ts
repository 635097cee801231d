/**
 * Word tokens for Chinese text, from Intl.Segmenter (word granularity) when the runtime has it, else one
 * token per character.
 *
 * Two costs shape this: each segment() call has a fixed cost of tens of microseconds, so many short texts
 * are segmented together, joined by a paragraph separator (a hard break no word spans); and ICU's
 * dictionary breaker slows down sharply on long runs (a 100k-character string takes seconds), so a batch
 * is kept to a few hundred characters and a long text is cut after punctuation, where no Chinese word
 * continues anyway.
 */

let cached: Intl.Segmenter | null | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  if (cached === undefined) {
    try {
      cached =
        typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
    } catch {
      cached = null;
    }
  }
  return cached;
}

const BATCH = 600;
const SEPARATOR = '\u2029';
const BREAK_AFTER = /[，。；：、！？,.;:!?\s）)》」』]/;

/** Whether a character ends a word for certain (punctuation or space): safe places to cut a text. */
export function isWordBoundaryChar(char: string): boolean {
  return BREAK_AFTER.test(char);
}

/** Pieces of at most about BATCH characters, cut after punctuation. */
function pieces(text: string): string[] {
  if (text.length <= BATCH) return [text];
  const out: string[] = [];
  let start = 0;
  while (text.length - start > BATCH) {
    let cut = start + BATCH / 2;
    const limit = Math.min(text.length, start + BATCH);
    while (cut < limit && !BREAK_AFTER.test(text[cut - 1] ?? '')) cut++;
    out.push(text.slice(start, cut));
    start = cut;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Segments `joined` and deals the segments out to texts of the given lengths (separators dropped). */
function segmentJoined(
  segmenter: Intl.Segmenter,
  joined: string,
  lengths: readonly number[],
  out: string[][],
): void {
  let textIndex = 0;
  let textEnd = lengths[0] ?? 0;
  let position = 0;
  for (const { segment } of segmenter.segment(joined)) {
    if (position + segment.length <= textEnd && position < textEnd) {
      out[textIndex]?.push(segment);
      position += segment.length;
      continue;
    }
    let rest = segment;
    while (rest !== '') {
      if (position === textEnd) {
        // The separator after text `textIndex`.
        rest = rest.slice(1);
        position++;
        textIndex++;
        textEnd = position + (lengths[textIndex] ?? 0);
        continue;
      }
      // A segment never crosses the separator, but cut it there if a runtime ever did.
      const take = Math.min(rest.length, textEnd - position);
      out[textIndex]?.push(rest.slice(0, take));
      rest = rest.slice(take);
      position += take;
    }
  }
}

/** Tokens for each text; each text's tokens concatenate to exactly that text. */
export function tokenizeMany(texts: readonly string[], segmenter = wordSegmenter()): string[][] {
  const out: string[][] = texts.map(() => []);
  if (!segmenter) {
    texts.forEach((text, index) => out[index]?.push(...Array.from(text)));
    return out;
  }
  let batch: string[] = [];
  let owners: number[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const slots: string[][] = batch.map(() => []);
    segmentJoined(
      segmenter,
      batch.join(SEPARATOR),
      batch.map((piece) => piece.length),
      slots,
    );
    slots.forEach((tokens, index) => out[owners[index] as number]?.push(...tokens));
    batch = [];
    owners = [];
    size = 0;
  };
  texts.forEach((text, index) => {
    if (text.includes(SEPARATOR)) {
      // Rare (the separator is our own joint): tokenize this text alone, separator by separator.
      flush();
      const tokens = out[index] ?? [];
      text.split(SEPARATOR).forEach((piece, position) => {
        if (position > 0) tokens.push(SEPARATOR);
        for (const part of tokenizeMany(pieces(piece), segmenter)) tokens.push(...part);
      });
      return;
    }
    for (const piece of pieces(text)) {
      if (size + piece.length > BATCH) flush();
      batch.push(piece);
      owners.push(index);
      size += piece.length + 1;
    }
  });
  flush();
  return out;
}

/** Tokens whose concatenation is exactly `text`. */
export function tokenize(text: string, segmenter = wordSegmenter()): string[] {
  return tokenizeMany([text], segmenter)[0] ?? [];
}

const CLAUSE = /[^，。；：、！？,.;:!?]+[，。；：、！？,.;:!?]*|[，。；：、！？,.;:!?]+/g;
/** Clauses shorter than this are segmented even when both texts have them (too generic to anchor). */
const MIN_SHARED_CLAUSE = 4;

/**
 * Tokens for the two sides of each changed paragraph pair. A clause (up to a punctuation mark) found
 * word for word on both sides stays one token: it is equal whatever its words are, and revised laws keep
 * most clauses of an article they amend, so this spares the word segmenter most of the text.
 */
export function tokenizePairs(pairs: readonly (readonly [string, string])[]): [string[], string[]][] {
  const texts: string[] = [];
  const layouts: (string | number)[][] = [];
  for (const [oldText, newText] of pairs) {
    const oldClauses = oldText.match(CLAUSE) ?? [];
    const newClauses = newText.match(CLAUSE) ?? [];
    const inOld = new Set(oldClauses);
    const shared = new Set(
      newClauses.filter((clause) => clause.length >= MIN_SHARED_CLAUSE && inOld.has(clause)),
    );
    for (const clauses of [oldClauses, newClauses]) {
      // A layout lists shared clauses as strings and, for the rest, the index of the text to segment.
      const layout: (string | number)[] = [];
      let pending = '';
      for (const clause of clauses) {
        if (shared.has(clause)) {
          if (pending) layout.push(texts.push(pending) - 1);
          pending = '';
          layout.push(clause);
        } else {
          pending += clause;
        }
      }
      if (pending) layout.push(texts.push(pending) - 1);
      layouts.push(layout);
    }
  }
  const segmented = tokenizeMany(texts);
  const expand = (layout: (string | number)[] = []) =>
    layout.flatMap((part) => (typeof part === 'string' ? [part] : (segmented[part] ?? [])));
  return pairs.map((_, index) => [expand(layouts[2 * index]), expand(layouts[2 * index + 1])]);
}
