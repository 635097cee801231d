/** How two texts are compared; both default to on, as layout and width never change a provision. */
export interface CompareOptions {
  /** Whitespace (ASCII, ideographic, zero-width) does not count as a difference. */
  ignoreWhitespace?: boolean;
  /** Full-width and half-width forms (，/,  （/(  １/1  Ａ/A) and curly/straight quotes are equal. */
  normalizeWidth?: boolean;
}

export type ResolvedCompareOptions = Required<CompareOptions>;

export function resolveOptions(options: CompareOptions = {}): ResolvedCompareOptions {
  return {
    ignoreWhitespace: options.ignoreWhitespace ?? true,
    normalizeWidth: options.normalizeWidth ?? true,
  };
}

const WHITESPACE = /[\s\u200b]+/g;
const WIDE = /[\uff01-\uff5e\u3000“”‘’〈〉]/g;
const FOLDED: Readonly<Record<string, string>> = {
  '\u3000': ' ',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
  '〈': '<',
  '〉': '>',
};

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // U+FF01–U+FF5E are the full-width forms of ASCII 0x21–0x7E, at a fixed offset.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return FOLDED[char] ?? char;
}

/** The text as compared: used as the key for exact matching of blocks and articles. */
export function normalizeText(text: string, options: ResolvedCompareOptions): string {
  let out = options.ignoreWhitespace ? text.replace(WHITESPACE, '') : text;
  if (options.normalizeWidth) out = out.replace(WIDE, foldChar);
  return out;
}

/** A normalized text with, for each of its characters, where it came from in the raw text. */
export interface MappedText {
  text: string;
  /** starts[k] = index in the raw text of normalized character k; starts[text.length] = raw length. */
  starts: Uint32Array;
}

/** Exactly the characters WHITESPACE matches (JavaScript's \s plus the zero-width space). */
function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Like normalizeText, but keeps the map back to raw positions (needed to cut raw text at token edges).
 * Folding maps one character to one, so only dropped spaces shift positions.
 */
export function normalizeWithMap(raw: string, options: ResolvedCompareOptions): MappedText {
  const text = normalizeText(raw, options);
  const starts = new Uint32Array(text.length + 1);
  let count = 0;
  for (let index = 0; index < raw.length && count < text.length; index++) {
    if (options.ignoreWhitespace && isSpace(raw.charCodeAt(index))) continue;
    starts[count++] = index;
  }
  starts[text.length] = raw.length;
  return { text, starts };
}
