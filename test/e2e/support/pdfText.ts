import { inflateSync } from 'node:zlib';

/**
 * What a PDF printed by Chromium says: its pages' sizes and count, and the text of its content streams
 * decoded through the fonts' ToUnicode maps. Enough to check a print layout without a PDF library.
 */
export interface PdfSummary {
  pageCount: number;
  /** [width, height] in points of each page's /MediaBox. */
  mediaBoxes: [number, number][];
  /** The text shown by each content stream, one string per stream and font map that decode it fully. */
  texts: string[];
}

function hexToCodes(hex: string, width: number): number[] {
  const codes: number[] = [];
  for (let at = 0; at + width <= hex.length; at += width) codes.push(parseInt(hex.slice(at, at + width), 16));
  return codes;
}

function utf16(hex: string): string {
  return String.fromCharCode(...hexToCodes(hex, 4));
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(pair[1] ?? '0', 16), utf16(pair[2] ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g,
    )) {
      const from = parseInt(range[1] ?? '0', 16);
      const to = parseInt(range[2] ?? '0', 16);
      const base = parseInt(range[3] ?? '0', 16);
      for (let code = from; code <= to; code++) map.set(code, String.fromCharCode(base + code - from));
    }
  }
  return map;
}

/** Each object's body by number ("12 0 obj … endobj"), and its stream inflated where it has one. */
function objects(pdf: Buffer): Map<number, { body: string; stream: string | null }> {
  const source = pdf.toString('latin1');
  const found = new Map<number, { body: string; stream: string | null }>();
  for (const match of source.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = source.indexOf('endobj', start);
    const body = source.slice(start, end);
    const at = body.search(/stream\r?\n/);
    let stream: string | null = null;
    if (at >= 0) {
      const from = start + at + (body.slice(at).match(/stream\r?\n/)?.[0].length ?? 7);
      const to = source.indexOf('endstream', from);
      const raw = pdf.subarray(from, to);
      try {
        stream = (/FlateDecode/.test(body.slice(0, at)) ? inflateSync(raw) : raw).toString('latin1');
      } catch {
        stream = null;
      }
    }
    found.set(Number(match[1]), { body, stream });
  }
  return found;
}

export function readPdf(pdf: Buffer): PdfSummary {
  const source = pdf.toString('latin1');
  const mediaBoxes = [
    ...source.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
  ].map((box) => [Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])] as [number, number]);
  const pageCount = [...source.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
  const table = objects(pdf);
  // Font resource names (/F4 12 0 R) → the font's ToUnicode map and its code width in hex digits.
  const fonts = new Map<string, { map: Map<number, string>; width: number }>();
  for (const dict of source.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
    for (const entry of (dict[1] ?? '').matchAll(/\/([\w.+-]+)\s+(\d+)\s+0\s+R/g)) {
      const font = table.get(Number(entry[2]));
      const ref = font?.body.match(/\/ToUnicode\s+(\d+)\s+0\s+R/);
      const cmap = ref ? table.get(Number(ref[1]))?.stream : null;
      if (!cmap) continue;
      const range = cmap.match(/begincodespacerange\s*<([0-9a-fA-F]+)>/);
      fonts.set(entry[1] ?? '', { map: toUnicodeMap(cmap), width: range?.[1]?.length ?? 4 });
    }
  }
  const texts: string[] = [];
  for (const { stream } of table.values()) {
    if (!stream || !/\b(Tj|TJ)\b/.test(stream)) continue;
    let font: { map: Map<number, string>; width: number } | undefined;
    let text = '';
    for (const token of stream.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]+)>/g)) {
      if (token[1] !== undefined) font = fonts.get(token[1]);
      else if (font)
        text += hexToCodes(token[2] ?? '', font.width)
          .map((code) => font?.map.get(code) ?? '')
          .join('');
    }
    texts.push(text);
  }
  return { pageCount, mediaBoxes, texts };
}
