import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { DomainError } from '../../shared/api';
import { type CompareResult, compareVersions, pairText } from '../../shared/compare';
import type { Block } from '../../shared/domain/blocks';
import { buildComparisonTableDocx } from '../export/comparisonTable';
import { buildTrackedChangesDocx } from '../export/trackedChanges';
import { usageError } from './groupCommand';
import { readBlocksFromFile } from './readBlocks';

export interface CompareOutput {
  out(text: string): void;
  err(text: string): void;
  json: boolean;
}

const KIND_LABELS: Record<string, string> = {
  renumbered: '仅序号变化',
  moved: '移动',
  modified: '修改',
  added: '新增',
  deleted: '删除',
};

/** The stable JSON form of a comparison (README: 命令行 › compare). */
export function compareJson(result: CompareResult, millis: number) {
  return {
    summary: result.summary,
    otherSummary: result.otherSummary,
    stats: result.stats,
    millis: Math.round(millis * 10) / 10,
    pairs: result.pairs.map((pair) => ({
      kind: pair.kind,
      ...(pair.old
        ? { old: { index: pair.old.index, path: pair.old.display ?? '', text: pairText(pair, 'old') } }
        : {}),
      ...(pair.new
        ? { new: { index: pair.new.index, path: pair.new.display ?? '', text: pairText(pair, 'new') } }
        : {}),
      ops: pair.ops,
    })),
    changes: result.changes,
    flags: result.flags.map(({ scope, categories, label, message }) => ({
      scope,
      categories,
      label,
      message,
    })),
  };
}

export function printCompareSummary(io: CompareOutput, result: CompareResult, millis: number): void {
  const { summary } = result;
  io.out(
    `新增 ${summary.added} 条，删除 ${summary.deleted} 条，修改 ${summary.modified} 条，移动 ${summary.moved} 条，仅序号变化 ${summary.renumbered} 条（用时 ${Math.round(millis)} 毫秒）`,
  );
  for (const change of result.changes) io.out(`${KIND_LABELS[change.kind] ?? change.kind}\t${change.label}`);
  for (const flag of result.flags) io.out(`法律效力变化\t${flag.message}`);
}

/**
 * `cli compare <old> <new>` on two files (.txt, .md or .docx), without a database; `--docx` and
 * `--table` write the tracked-changes Word file and the 修改对照表.
 */
export async function runCompareFiles(
  io: CompareOutput,
  oldPath: string | undefined,
  newPath: string | undefined,
  outputs: { docx?: string | undefined; table?: string | undefined },
): Promise<number> {
  if (!oldPath || !newPath) {
    return usageError(
      io,
      '请给出要比对的旧文件和新文件。',
      'npm run cli -- compare <旧文件> <新文件> [--json] [--docx 修订版.docx] [--table 对照表.docx]',
    );
  }
  let oldBlocks: Block[];
  let newBlocks: Block[];
  try {
    oldBlocks = (await readBlocksFromFile(oldPath)).blocks;
    newBlocks = (await readBlocksFromFile(newPath)).blocks.map((block) => ({ ...block, id: `n${block.id}` }));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (io.json) io.out(JSON.stringify({ ok: false, error: { code: error.code, message: error.message } }));
    else io.err(`错误 [${error.code}] ${error.message}`);
    return 1;
  }
  const started = performance.now();
  const result = compareVersions(oldBlocks, newBlocks);
  const millis = performance.now() - started;
  if (io.json) io.out(JSON.stringify({ ok: true, value: compareJson(result, millis) }));
  else printCompareSummary(io, result, millis);
  const meta = { title: '版本比对', creator: 'NormDesk' };
  if (outputs.docx) {
    const revision = { author: 'NormDesk', date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
    await writeFile(
      outputs.docx,
      await buildTrackedChangesDocx(result, oldBlocks, newBlocks, revision, meta),
    );
    if (!io.json) io.out(`已写出修订版：${outputs.docx}`);
  }
  if (outputs.table) {
    await writeFile(
      outputs.table,
      await buildComparisonTableDocx(
        result,
        {},
        { ...meta, title: '修改对照表', subtitle: `${oldPath} → ${newPath}` },
        { old: oldBlocks, new: newBlocks },
      ),
    );
    if (!io.json) io.out(`已写出修改对照表：${outputs.table}`);
  }
  return 0;
}
