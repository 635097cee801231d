/**
 * Word's move markup, which the docx library does not write. The redline writer marks the runs and
 * paragraph marks of a move as deletions (the place it was moved from) and insertions (the place it was
 * moved to) whose author carries the move's name; `writeMoves` turns those into w:moveFrom / w:moveTo
 * and adds the named range around each side (w:moveFromRangeStart … w:moveFromRangeEnd), as Word does.
 */

const MOVE_TAG = '\uE000';
const AUTHOR_TAG = '\uE001';

/** The author attribute of a run or mark that belongs to move `name`. */
export function moveAuthor(name: string, author: string): string {
  return `${MOVE_TAG}${name}${AUTHOR_TAG}${author}`;
}

const TAGGED = `${MOVE_TAG}([^"${AUTHOR_TAG}]*)${AUTHOR_TAG}([^"]*)`;
const TAGGED_ELEMENT = new RegExp(
  `<w:(ins|del) w:id="(\\d+)" w:author="${TAGGED}" w:date="([^"]*)"(?:(/)>|>([\\s\\S]*?)</w:\\1>)`,
  'g',
);
const PARAGRAPH = /<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g;

interface Range {
  name: string;
  side: 'From' | 'To';
  author: string;
  date: string;
  first: number;
  last: number;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Rewrites a document.xml: tagged insertions and deletions become moves, each side inside its range. */
export function writeMoves(xml: string): string {
  if (!xml.includes(MOVE_TAG)) return xml;
  const ranges = new Map<string, Range>();
  let index = 0;
  const paragraphs = xml.replace(PARAGRAPH, (paragraph) => {
    const at = index++;
    for (const match of paragraph.matchAll(TAGGED_ELEMENT)) {
      const [, kind, , name = '', author = '', date = ''] = match;
      const side = kind === 'del' ? 'From' : 'To';
      const key = `${side}${name}`;
      const range = ranges.get(key);
      if (range) range.last = at;
      else ranges.set(key, { name, side, author, date, first: at, last: at });
    }
    return paragraph;
  });
  let nextId = 1 + Math.max(0, ...[...xml.matchAll(/w:id="(\d+)"/g)].map((match) => Number(match[1])));
  const starts = new Map<number, string[]>();
  const ends = new Map<number, string[]>();
  for (const range of ranges.values()) {
    const id = nextId++;
    const element = `w:move${range.side}Range`;
    starts.set(range.first, [
      ...(starts.get(range.first) ?? []),
      `<${element}Start w:id="${id}" w:author="${range.author}" w:date="${range.date}" w:name="${escapeAttribute(range.name)}"/>`,
    ]);
    ends.set(range.last, [...(ends.get(range.last) ?? []), `<${element}End w:id="${id}"/>`]);
  }
  index = 0;
  return paragraphs.replace(PARAGRAPH, (paragraph) => {
    const at = index++;
    let out = paragraph.replace(TAGGED_ELEMENT, (_match, kind, id, _name, author, date, empty, body) => {
      const element = kind === 'del' ? 'w:moveFrom' : 'w:moveTo';
      const open = `<${element} w:id="${id}" w:author="${author}" w:date="${date}"`;
      if (empty) return `${open}/>`;
      // Moved text is ordinary text (w:t), not deleted text, on both sides of a move.
      const text = String(body ?? '')
        .replace(/<w:delText/g, '<w:t')
        .replace(/<\/w:delText>/g, '</w:t>');
      return `${open}>${text}</${element}>`;
    });
    const start = starts.get(at);
    if (start) {
      const afterProperties = out.indexOf('</w:pPr>');
      const cut = afterProperties >= 0 ? afterProperties + '</w:pPr>'.length : out.indexOf('>') + 1;
      out = out.slice(0, cut) + start.join('') + out.slice(cut);
    }
    const end = ends.get(at);
    if (end) out = out.slice(0, -'</w:p>'.length) + end.join('') + '</w:p>';
    return out;
  });
}
