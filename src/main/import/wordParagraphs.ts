const LT = 0x3c; // <
const SLASH = 0x2f;
const W = 0x77;
const COLON = 0x3a;

function isNameEnd(byte: number | undefined): boolean {
  // '>', '/', space, tab, CR, LF: the element name ends here.
  return byte === 0x3e || byte === SLASH || byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a;
}

function nameIs(xml: Buffer, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (xml[at + i] !== name.charCodeAt(i)) return false;
  return isNameEnd(xml[at + name.length]);
}

/**
 * Counts the body's top-level blocks in word/document.xml without parsing it: each paragraph (`<w:p>`)
 * and each table (`<w:tbl>`) outside a table is one. A single pass over the bytes, so a file with far
 * too many paragraphs is refused before the converter builds a tree of them.
 */
export function countBodyBlocks(xml: Buffer): number {
  let count = 0;
  let tableDepth = 0;
  let at = xml.indexOf(LT);
  while (at !== -1) {
    const closing = xml[at + 1] === SLASH;
    const nameAt = closing ? at + 2 : at + 1;
    if (xml[nameAt] === W && xml[nameAt + 1] === COLON) {
      if (nameIs(xml, nameAt + 2, 'tbl')) {
        if (closing) tableDepth = Math.max(0, tableDepth - 1);
        else {
          if (tableDepth === 0) count++;
          // <w:tbl/> opens nothing.
          const end = xml.indexOf(0x3e, nameAt);
          if (end === -1 || xml[end - 1] !== SLASH) tableDepth++;
        }
      } else if (!closing && tableDepth === 0 && nameIs(xml, nameAt + 2, 'p')) {
        count++;
      }
    }
    at = xml.indexOf(LT, at + 1);
  }
  return count;
}
