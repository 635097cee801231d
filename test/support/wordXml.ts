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
 * paragraph. Accepting drops deleted text and text moved away (w:del, w:moveFrom); rejecting drops
 * inserted text and text moved here (w:ins, w:moveTo). A paragraph mark dropped the same way joins its
 * paragraph to the next one, as in a word processor.
 */
export function revisedText(xml: string, view: 'accept' | 'reject'): string {
  const dropped = view === 'accept' ? ['del', 'moveFrom'] : ['ins', 'moveTo'];
  let out = '';
  for (const paragraph of paragraphs(xml)) {
    const properties = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(paragraph)?.[0] ?? '';
    const markRevision = /<w:rPr>[\s\S]*?<w:(ins|del|moveFrom|moveTo) [\s\S]*?<\/w:rPr>/.exec(
      properties,
    )?.[1];
    let body = paragraph.replace(properties, '');
    for (const kind of dropped)
      body = body.replace(new RegExp(`<w:${kind} [^>]*?[^/]>[\\s\\S]*?</w:${kind}>`, 'g'), '');
    const texts = [...body.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((match) =>
      unescape(match[1] ?? ''),
    );
    out += texts.join('');
    if (!markRevision || !dropped.includes(markRevision)) out += '\n';
  }
  return out.replace(/\n$/, '');
}
