import type { ChannelOutput, SearchResult } from '../../shared/api';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../shared/domain/documentStatus';
import { SEARCH_SOURCE_LABELS, SEARCH_SOURCES, type SearchSource } from '../../shared/domain/search';
import { codeOrLabel, type GroupCommand, usageError } from './groupCommand';

export const SEARCH_USAGE = `  search 文字… [--kind K] [--status S] [--year YYYY] [--where 位置,位置] [--limit N]
                                              全文搜索：标题、文号、各版本和草稿正文、批注、审核意见、备案结果、清理意见；
                                              1 个字起即可搜索，"…" 内为精确短语（位置：${SEARCH_SOURCES.map((source) => SEARCH_SOURCE_LABELS[source]).join('、')}）
  search reindex                              重建全文搜索索引（管理员；进度显示在标准错误输出）`;

export interface SearchCommand extends Omit<GroupCommand, 'io'> {
  io: GroupCommand['io'] & { labels: { kinds: Record<string, string>; statuses: Record<string, string> } };
  /** The words after `search`, as typed. */
  words: string[];
}

/** One document of the results: title, then each hit with where it is and the matched words in 【】. */
function describeResult(result: SearchResult): string {
  if (result.documentCount === 0) return `没有找到“${result.terms.join(' ')}”`;
  const lines = [
    result.more
      ? `找到 ${result.documentCount} 个以上文件，以下 ${result.documentCount} 个文件共 ${result.hitCount} 处（${result.millis} 毫秒；可加上更多文字或筛选以缩小范围）`
      : `找到 ${result.documentCount} 个文件，共 ${result.hitCount} 处（${result.millis} 毫秒）`,
  ];
  for (const document of result.documents) {
    lines.push(
      '',
      `${document.title}${document.docNumber ? `（${document.docNumber}）` : ''}  文件ID ${document.documentId}  ${document.hitCount} 处`,
    );
    for (const hit of document.hits) {
      const where = [SEARCH_SOURCE_LABELS[hit.source], hit.versionTitle, hit.path]
        .filter(Boolean)
        .join(' › ');
      const snippet = hit.segments
        .map((segment) => (segment.mark ? `【${segment.text}】` : segment.text))
        .join('');
      lines.push(`  ${where}：${snippet}`);
    }
  }
  return lines.join('\n');
}

function listOf<T extends string>(
  value: string | undefined,
  codes: readonly T[],
  labels: Record<T, string>,
): { ok: true; values: T[] | undefined } | { ok: false; bad: string } {
  if (value === undefined) return { ok: true, values: undefined };
  const values: T[] = [];
  for (const part of value
    .split(/[,，、]/)
    .map((each) => each.trim())
    .filter(Boolean)) {
    const code = codeOrLabel(part, codes, labels);
    if (code === null) return { ok: false, bad: part };
    values.push(code);
  }
  return { ok: true, values };
}

/** `search …` and `search reindex` over the same dispatch as the app (roles and audit included). */
export function runSearchCommand(command: SearchCommand): Promise<number> | number {
  const { io, words, text, emit, signedIn } = command;
  if (words.length === 1 && words[0] === 'reindex') {
    return signedIn(async () => {
      let after: string | null = null;
      let indexed = 0;
      let entries = 0;
      for (;;) {
        const result = await io.call('search.reindex', { after, limit: 100 });
        if (!result.ok) return emit(result, () => '');
        const batch = result.value as ChannelOutput<'search.reindex'>;
        indexed += batch.indexed;
        entries += batch.entries;
        if (!io.json) io.err(`已索引 ${indexed}/${indexed + batch.remaining} 个文件`);
        after = batch.next;
        if (after === null) break;
      }
      return emit(
        { ok: true, value: { indexed, entries } },
        () => `已重建全文搜索索引：${indexed} 个文件，${entries} 条索引`,
      );
    });
  }
  const q = words.join(' ').trim();
  if (q === '') return usageError(io, '请给出要搜索的文字，例如：search 罚款', SEARCH_USAGE);
  const kinds = listOf(text('kind'), DOCUMENT_KINDS, io.labels.kinds as Record<DocumentKind, string>);
  if (!kinds.ok) return usageError(io, `文件类型“${kinds.bad}”不存在。`, SEARCH_USAGE);
  const statuses = listOf(
    text('status'),
    DOCUMENT_STATUSES,
    io.labels.statuses as Record<DocumentStatus, string>,
  );
  if (!statuses.ok) return usageError(io, `文件状态“${statuses.bad}”不存在。`, SEARCH_USAGE);
  const sources = listOf<SearchSource>(text('where'), SEARCH_SOURCES, SEARCH_SOURCE_LABELS);
  if (!sources.ok) return usageError(io, `位置“${sources.bad}”不存在。`, SEARCH_USAGE);
  const year = text('year');
  if (year !== undefined && !/^\d{4}$/.test(year))
    return usageError(io, `年份“${year}”应为四位数字。`, SEARCH_USAGE);
  const limit = text('limit');
  if (limit !== undefined && !/^[1-9]\d{0,2}$/.test(limit))
    return usageError(io, `--limit 应为 1 到 200 之间的整数。`, SEARCH_USAGE);
  return signedIn(async () =>
    emit(
      await io.call('search.query', {
        q,
        ...(kinds.values ? { kinds: kinds.values } : {}),
        ...(statuses.values ? { statuses: statuses.values } : {}),
        ...(sources.values ? { sources: sources.values } : {}),
        ...(year !== undefined ? { year: Number(year) } : {}),
        ...(limit !== undefined ? { limit: Math.min(Number(limit), 200) } : {}),
      }),
      describeResult,
    ),
  );
}
