import { type Block, blockText } from '../blocks';
import { type ArticleReference, type Citation, parseCitations } from '../citations';
import type { LawLibrary } from '../laws';
import { parseStructure } from '../structure';

/**
 * The citation index of an issued text (the 正式文本): every citation of a law the library knows, with
 * where it stands and the sentence that cites it, so that a law's later change can list the documents
 * and the exact words that rely on it. Resolution is the pre-check's: full title, short title or alias,
 * with or without a version suffix.
 */

/** One citation of a law in an issued text, as stored in issued_citations. */
export interface CitationRow {
  seq: number;
  lawId: string;
  /** The title as written, 《》 included. */
  citedAs: string;
  /** Article references as written: 第四十一条第一款、第四十二条 ('' when none). */
  articles: string;
  blockId: string;
  /** 第三章 › 第十二条 › 第二款 ('' outside any article). */
  path: string;
  sentence: string;
}

/** Where a sentence ends: the Chinese full stop, question and exclamation marks, the semicolon, a line. */
const SENTENCE_END = /[。！？；!?;\n]/g;

/** The sentence of `text` around `offset`, cut at 。！？； (the closing mark kept), trimmed. */
export function sentenceAt(text: string, offset: number): string {
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    if (match.index < offset) start = match.index + 1;
    else {
      end = match.index + 1;
      break;
    }
  }
  return text.slice(start, end).replace(/\n$/, '').trim();
}

/** The article references as they stand in `text`, from the first to the last ('' when none). */
export function articlesAsWritten(text: string, articles: readonly ArticleReference[]): string {
  if (articles.length === 0) return '';
  const start = Math.min(...articles.map((reference) => reference.start));
  const end = Math.max(...articles.map((reference) => reference.end));
  return text.slice(start, end);
}

/** A stored row read back as a citation (title, version named, article references). */
export function rowCitation(row: Pick<CitationRow, 'citedAs' | 'articles'>): Citation | undefined {
  return parseCitations(`${row.citedAs}${row.articles}`)[0];
}

/** The article references of a stored row, read back from the title and the references as written. */
export function rowArticleReferences(row: Pick<CitationRow, 'citedAs' | 'articles'>): ArticleReference[] {
  if (!row.articles) return [];
  return rowCitation(row)?.articles ?? [];
}

/** Every citation in `blocks` of a law the library knows, in reading order (tables cell by cell). */
export function citationRows(blocks: readonly Block[], library: LawLibrary): CitationRow[] {
  const structure = parseStructure(blocks);
  const rows: CitationRow[] = [];
  blocks.forEach((block, index) => {
    const path = structure.blocks[index]?.display ?? '';
    const texts =
      block.kind === 'table'
        ? (block.rows ?? []).flat().flatMap((cell) => cell.blocks.map(blockText))
        : [blockText(block)];
    for (const text of texts) {
      if (!text.includes('《')) continue;
      for (const cited of parseCitations(text)) {
        const match = library.find(cited.title);
        if (!match) continue;
        rows.push({
          seq: rows.length + 1,
          lawId: match.law.id,
          citedAs: text.slice(cited.start, cited.titleEnd),
          articles: articlesAsWritten(text, cited.articles),
          blockId: block.id,
          path,
          sentence: sentenceAt(text, cited.start),
        });
      }
    }
  });
  return rows;
}
