import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import { formatChineseNumber } from '../../shared/domain/structure';

/**
 * Word list numbering made visible in the text.
 *
 * A numbered Word paragraph does not hold its number: Word draws （一） or 1. from word/numbering.xml
 * (w:numFmt + w:lvlText of the list level) and counts the paragraphs itself. mammoth turns such
 * paragraphs into <ol>/<li> and drops the number, so 第五条's （一）（二）（三） would lose what makes them
 * 项. mammoth's document model does not expose the list format or the list id either (only "ordered" and
 * the level), so the numbers cannot be rebuilt in its transformDocument hook.
 *
 * The robust way is therefore to do what Word does before mammoth reads the file: read the list
 * definitions (numbering.xml, and styles.xml for lists attached to a paragraph style), walk
 * word/document.xml once in document order with a streaming parser counting each list, and write the
 * number into each numbered paragraph as its first run while switching its list off (w:numId 0). mammoth
 * then sees plain paragraphs reading （一）提交申请书 exactly as the page shows, and the block reader
 * treats them like the same text typed by hand. Bulleted lists are left as lists.
 */

const LIST_OFF = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

interface ListLevel {
  format: string;
  text: string;
  start: number;
  legal: boolean;
  /** w:suff is tab (the default) or space, not nothing. */
  separated: boolean;
}

interface ListDefinitions {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, ListLevel>>;
  /** numId → its abstract list and the levels it restarts. */
  instances: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** Paragraph styles → their own list (w:numPr in the style or a style it is based on). */
  styleLists: Map<string, { numId?: string; ilvl?: number; basedOn?: string }>;
}

interface XmlNode {
  name: string;
  attribs: Record<string, string>;
  children: XmlNode[];
}

/** A small XML part (numbering.xml, styles.xml) as a tree of elements; text is not needed. */
function parseSmallXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attribs: {}, children: [] };
  const stack: XmlNode[] = [root];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const node: XmlNode = { name, attribs, children: [] };
        stack[stack.length - 1]?.children.push(node);
        stack.push(node);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  return root;
}

function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((candidate) => candidate.name === name);
}

function val(node: XmlNode | undefined): string | undefined {
  return node?.attribs['w:val'];
}

function* descendants(node: XmlNode, name: string): Generator<XmlNode> {
  for (const inner of node.children) {
    if (inner.name === name) yield inner;
    else yield* descendants(inner, name);
  }
}

function readDefinitions(numberingXml: string, stylesXml: string | null): ListDefinitions {
  const numbering = parseSmallXml(numberingXml);
  const abstract = new Map<string, Map<number, ListLevel>>();
  const links = new Map<string, string>();
  for (const definition of descendants(numbering, 'w:abstractNum')) {
    const id = definition.attribs['w:abstractNumId'];
    if (id === undefined) continue;
    const levels = new Map<number, ListLevel>();
    for (const level of definition.children.filter((node) => node.name === 'w:lvl')) {
      levels.set(Number(level.attribs['w:ilvl'] ?? '0'), {
        format: val(child(level, 'w:numFmt')) ?? 'decimal',
        text: val(child(level, 'w:lvlText')) ?? '',
        start: Number(val(child(level, 'w:start')) ?? '1'),
        legal: child(level, 'w:isLgl') !== undefined,
        separated: val(child(level, 'w:suff')) !== 'nothing',
      });
    }
    abstract.set(id, levels);
    const link = val(child(definition, 'w:numStyleLink'));
    if (link) links.set(id, link);
  }
  const instances: ListDefinitions['instances'] = new Map();
  for (const instance of descendants(numbering, 'w:num')) {
    const id = instance.attribs['w:numId'];
    const abstractId = val(child(instance, 'w:abstractNumId'));
    if (id === undefined || abstractId === undefined) continue;
    const startOverrides = new Map<number, number>();
    for (const override of instance.children.filter((node) => node.name === 'w:lvlOverride')) {
      const start = val(child(override, 'w:startOverride'));
      if (start !== undefined) startOverrides.set(Number(override.attribs['w:ilvl'] ?? '0'), Number(start));
    }
    instances.set(id, { abstractId, startOverrides });
  }
  const styleLists: ListDefinitions['styleLists'] = new Map();
  if (stylesXml) {
    for (const style of descendants(parseSmallXml(stylesXml), 'w:style')) {
      const id = style.attribs['w:styleId'];
      if (id === undefined) continue;
      const numPr = child(child(style, 'w:pPr'), 'w:numPr');
      const entry: { numId?: string; ilvl?: number; basedOn?: string } = {};
      const numId = val(child(numPr, 'w:numId'));
      const ilvl = val(child(numPr, 'w:ilvl'));
      const basedOn = val(child(style, 'w:basedOn'));
      if (numId !== undefined) entry.numId = numId;
      if (ilvl !== undefined) entry.ilvl = Number(ilvl);
      if (basedOn !== undefined) entry.basedOn = basedOn;
      styleLists.set(id, entry);
    }
  }
  // A list defined by a numbering style (w:numStyleLink) takes its levels from the list of that style.
  for (const [id, styleId] of links) {
    const linked = instances.get(styleLists.get(styleId)?.numId ?? '');
    const levels = linked ? abstract.get(linked.abstractId) : undefined;
    if (levels && levels.size > 0) abstract.set(id, levels);
  }
  return { abstract, instances, styleLists };
}

/** The list a paragraph style gives its paragraphs (following w:basedOn, at most a few steps). */
function styleList(
  definitions: ListDefinitions,
  styleId: string | undefined,
): { numId?: string; ilvl?: number } {
  const found: { numId?: string; ilvl?: number } = {};
  let current = styleId;
  for (let step = 0; current !== undefined && step < 10; step++) {
    const style = definitions.styleLists.get(current);
    if (!style) break;
    if (found.numId === undefined && style.numId !== undefined) found.numId = style.numId;
    if (found.ilvl === undefined && style.ilvl !== undefined) found.ilvl = style.ilvl;
    current = style.basedOn;
  }
  return found;
}

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

function letters(value: number, alphabet: string): string {
  let text = '';
  let rest = value;
  while (rest > 0) {
    text = (alphabet[(rest - 1) % alphabet.length] ?? '') + text;
    rest = Math.floor((rest - 1) / alphabet.length);
  }
  return text;
}

function roman(value: number): string {
  const steps: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let text = '';
  let rest = value;
  for (const [size, symbol] of steps) {
    while (rest >= size) {
      text += symbol;
      rest -= size;
    }
  }
  return text;
}

/** A counter in one of Word's number formats (ST_NumberFormat); unknown formats fall back to 1, 2, 3. */
export function formatListNumber(value: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return value > 0 ? formatChineseNumber(value) : String(value);
    case 'ideographTraditional':
      return value >= 1 && value <= 10 ? (HEAVENLY_STEMS[value - 1] ?? '') : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(value).replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x245f + value) : String(value);
    case 'lowerLetter':
      return letters(value, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    default:
      return String(value);
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Counts each list as Word does: lists sharing a definition continue unless an instance restarts them. */
class ListCounters {
  private readonly counters = new Map<string, number[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly definitions: ListDefinitions) {}

  /** The number text of the next paragraph of list `numId` at `ilvl`, or null for bullets and no list. */
  next(numId: string, ilvl: number): string | null {
    const instance = this.definitions.instances.get(numId);
    if (!instance) return null;
    const levels = this.definitions.abstract.get(instance.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level || level.format === 'bullet' || level.format === 'none') return null;
    let counts = this.counters.get(instance.abstractId);
    if (!counts || (!this.seen.has(numId) && instance.startOverrides.size > 0)) {
      counts = [];
      for (const [overridden, start] of instance.startOverrides) counts[overridden] = start - 1;
      this.counters.set(instance.abstractId, counts);
    }
    this.seen.add(numId);
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    // A deeper level starts again under each new number above it.
    counts.length = ilvl + 1;
    const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const outer = levels.get(at);
      const value = counts[at] ?? outer?.start ?? 1;
      return formatListNumber(value, level.legal || !outer ? 'decimal' : outer.format);
    });
    if (text.trim() === '') return null;
    // Word separates the number from the text (a tab by default); 第一章 and 第五条 need that space to
    // read as numbering, while （一） 一、 and 1. end in their own punctuation.
    return level.separated && /[^\p{P}\s]$/u.test(text) ? `${text}\u3000` : text;
  }
}

interface ParagraphState {
  depth: number;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  /** Offsets of the paragraph's own w:numPr element (to replace) and of its </w:pPr> (to insert before). */
  numPrStart?: number;
  numPrEnd?: number;
  pPrCloseStart?: number;
  pPrEnd?: number;
  done: boolean;
}

interface Edit {
  at: number;
  end: number;
  text: string;
}

/**
 * document.xml with every numbered (not bulleted) paragraph's number written into it as its first run
 * and its list switched off. One streaming pass; the part is never built into a tree.
 */
export function inlineListNumbersInXml(
  documentXml: string,
  numberingXml: string,
  stylesXml: string | null,
): string {
  const definitions = readDefinitions(numberingXml, stylesXml);
  if (definitions.instances.size === 0) return documentXml;
  const counters = new ListCounters(definitions);
  const edits: Edit[] = [];
  const stack: string[] = [];
  let paragraph: ParagraphState | null = null;
  // mammoth reads the Fallback of mc:AlternateContent; a paragraph in mc:Choice is not counted twice.
  let choiceDepth = 0;

  const settle = (open: ParagraphState): void => {
    open.done = true;
    if (choiceDepth > 0 || open.pPrEnd === undefined) return;
    const inherited = styleList(definitions, open.styleId);
    const numId = open.numId ?? inherited.numId;
    if (numId === undefined || numId === '0') return;
    const label = counters.next(numId, open.ilvl ?? inherited.ilvl ?? 0);
    if (label === null) return;
    if (open.numPrStart !== undefined && open.numPrEnd !== undefined) {
      edits.push({ at: open.numPrStart, end: open.numPrEnd, text: LIST_OFF });
    } else if (open.pPrCloseStart !== undefined) {
      edits.push({ at: open.pPrCloseStart, end: open.pPrCloseStart, text: LIST_OFF });
    }
    edits.push({
      at: open.pPrEnd,
      end: open.pPrEnd,
      text: `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`,
    });
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack[stack.length - 1];
        stack.push(name);
        if (name === 'mc:Choice') choiceDepth += 1;
        if (name === 'w:p') {
          paragraph = { depth: stack.length, done: false };
          return;
        }
        const open = paragraph;
        if (!open || open.done) return;
        const depth = stack.length - open.depth;
        if (depth === 1 && name !== 'w:pPr') {
          // The paragraph's content starts: its properties are all known.
          settle(open);
        } else if (depth === 2 && parent === 'w:pPr') {
          if (name === 'w:pStyle') open.styleId = attribs['w:val'];
          if (name === 'w:numPr') open.numPrStart = parser.startIndex;
        } else if (depth === 3 && parent === 'w:numPr') {
          if (name === 'w:numId') open.numId = attribs['w:val'];
          if (name === 'w:ilvl') open.ilvl = Number(attribs['w:val'] ?? '0');
        }
      },
      onclosetag(name) {
        const open = paragraph;
        if (open && !open.done) {
          const depth = stack.length - open.depth;
          if (name === 'w:numPr' && depth === 2) open.numPrEnd = parser.endIndex + 1;
          if (name === 'w:pPr' && depth === 1) {
            open.pPrEnd = parser.endIndex + 1;
            // A self-closed <w:pPr/> has no closing tag to insert before.
            const selfClosed = documentXml[parser.endIndex - 1] === '/';
            if (!selfClosed) open.pPrCloseStart = parser.startIndex;
          }
          if (name === 'w:p' && depth === 0) settle(open);
        }
        if (name === 'mc:Choice') choiceDepth -= 1;
        stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.write(documentXml);
  parser.end();
  if (edits.length === 0) return documentXml;
  edits.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const edit of edits) {
    pieces.push(documentXml.slice(from, edit.at), edit.text);
    from = edit.end;
  }
  pieces.push(documentXml.slice(from));
  return pieces.join('');
}

/**
 * The Word file with its list numbers written into the text (see the top of this file). A file without
 * numbered lists comes back as it was, without being unpacked again.
 */
export async function inlineListNumbers(file: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const numbering = zip.file('word/numbering.xml');
  const document = zip.file('word/document.xml');
  if (!numbering || !document) return file;
  const styles = zip.file('word/styles.xml');
  const before = await document.async('string');
  const after = inlineListNumbersInXml(
    before,
    await numbering.async('string'),
    styles ? await styles.async('string') : null,
  );
  if (after === before) return file;
  zip.file('word/document.xml', after);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
