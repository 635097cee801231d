import { DomainError } from '../../shared/api';
import { blockText } from '../../shared/domain/blocks';
import { parseStructure } from '../../shared/domain/structure';
import { usageError } from './groupCommand';
import { readBlocksFromFile } from './readBlocks';

export interface BlocksOutput {
  out(text: string): void;
  err(text: string): void;
  json: boolean;
}

/**
 * `cli blocks <file>`: the blocks of a .docx/.txt/.md file with their structural paths, without a
 * database. JSON: {ok:true, value:{file, blocks:[{…block, role, path}], articles, warnings}}.
 */
export async function runBlocksCommand(io: BlocksOutput, file: string | undefined): Promise<number> {
  if (!file)
    return usageError(io, '请给出要读取的文件。', 'npm run cli -- blocks <文件.docx|.txt|.md> [--json]');
  try {
    const { blocks, warnings } = await readBlocksFromFile(file);
    const structure = parseStructure(blocks);
    const annotated = blocks.map((block, index) => ({
      ...block,
      role: structure.blocks[index]?.role ?? 'paragraph',
      path: structure.blocks[index]?.display ?? '',
    }));
    if (io.json) {
      io.out(
        JSON.stringify({
          ok: true,
          value: { file, blocks: annotated, articles: structure.articles.length, warnings },
        }),
      );
    } else {
      for (const block of annotated) {
        const text = blockText(block).replace(/\s+/g, ' ');
        io.out(`${block.path || '—'}\t${block.kind}\t${text.length > 50 ? `${text.slice(0, 50)}…` : text}`);
      }
      io.out(`共 ${blocks.length} 段，${structure.articles.length} 条`);
      warnings.forEach((warning) => io.err(warning));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (io.json) io.out(JSON.stringify({ ok: false, error: { code: error.code, message: error.message } }));
    else io.err(`错误 [${error.code}] ${error.message}`);
    return 1;
  }
}
