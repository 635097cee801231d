import JSZip from 'jszip';

export async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('no word/document.xml');
  return part.async('string');
}

export async function partXml(docx: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const part = zip.file(path);
  if (!part) throw new Error(`no ${path}`);
  return part.async('string');
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The body's top-level paragraphs (tables' inner paragraphs included, in document order). */
export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

/**
 * What Word shows after 全部接受 (accept) or 全部拒绝 (reject) of the tracked changes, one line per
 * paragraph that survives: inserted paragraph marks vanish on reject, deleted ones on accept.
 */
export function revisedText(xml: string, view: 'accept' | 'reject'): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs(xml)) {
    const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(paragraph)?.[0] ?? '';
    const markInserted = /<w:rPr>[\s\S]*?<w:ins [\s\S]*?<\/w:rPr>/.test(properties);
    const markDeleted = /<w:rPr>[\s\S]*?<w:del [\s\S]*?<\/w:rPr>/.test(properties);
    if ((view === 'accept' && markDeleted) || (view === 'reject' && markInserted)) continue;
    const body = paragraph.replace(properties, '');
    const kept =
      view === 'accept'
        ? body.replace(/<w:del [\s\S]*?<\/w:del>/g, '')
        : body.replace(/<w:ins [\s\S]*?<\/w:ins>/g, '');
    const texts = [...kept.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((match) =>
      unescape(match[1] ?? ''),
    );
    lines.push(texts.join(''));
  }
  return lines.join('\n');
}
