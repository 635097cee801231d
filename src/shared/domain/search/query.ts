/**
 * Search queries as users type them: words separated by spaces, exact phrases in quotes ("…" or “…”).
 * Nothing a user types is FTS5 syntax: every term is matched as text (a substring of the searched
 * text, ASCII letters in either case), and the MATCH string is built here with every term quoted.
 */

/** More terms than this are ignored: nobody types them, and each one costs an index lookup. */
export const MAX_TERMS = 8;

const SPACE = /[\s\u3000]/u;
const CLOSING: Record<string, string> = { '"': '"', '“': '”' };

/**
 * The terms of a query. Quoted text is one term, spaces included; a quote without its partner is an
 * ordinary character of the term it stands in. Duplicates and empty terms are dropped.
 */
export function parseSearchQuery(raw: string): string[] {
  const terms: string[] = [];
  let word = '';
  const flush = () => {
    if (word !== '') terms.push(word);
    word = '';
  };
  const chars = Array.from(raw);
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] ?? '';
    const closing = CLOSING[char];
    if (closing !== undefined) {
      const end = chars.indexOf(closing, index + 1);
      if (end > index) {
        flush();
        const phrase = chars
          .slice(index + 1, end)
          .join('')
          .trim();
        if (phrase !== '') terms.push(phrase);
        index = end;
        continue;
      }
    }
    if (SPACE.test(char)) flush();
    else word += char;
  }
  flush();
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** ASCII letters folded to lower case, as SQLite's lower() folds them (the check every hit passes). */
export function foldCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Which index finds the candidates of one term, and the MATCH expression to give it. */
export type TermPlan =
  | { index: 'trigram'; match: string }
  | { index: 'chars'; match: string }
  /** No letter or digit to look up (e.g. `*`, `-`): the term is only checked against the text. */
  | { index: 'scan' };

/** An FTS5 string literal: in double quotes, a quote inside doubled — never an operator. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Letters and digits: what the unicode61 tokenizer keeps as tokens (the rest separates them). */
const TOKEN_CHAR = /[\p{L}\p{N}]/u;

/**
 * The trigram index finds any substring of 3+ characters; for 1–2 characters it finds nothing, so
 * those go to the index where every character is its own token, as a phrase of single characters.
 */
export function planTerm(term: string): TermPlan {
  const chars = Array.from(term);
  if (chars.length >= 3) return { index: 'trigram', match: ftsPhrase(term) };
  const tokens = chars.filter((char) => TOKEN_CHAR.test(char));
  if (tokens.length === 0) return { index: 'scan' };
  return { index: 'chars', match: ftsPhrase(tokens.join(' ')) };
}

/** The text as the single-character index stores it: every character separated by a space. */
export function spacedText(text: string): string {
  return Array.from(text).join(' ');
}

/** Whether a text holds every term (the same rule the database applies to each candidate). */
export function matchesAll(text: string, terms: readonly string[]): boolean {
  const folded = foldCase(text);
  return terms.every((term) => folded.includes(foldCase(term)));
}
