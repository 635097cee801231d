import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ApiResult, Channel, ChannelInput } from '../../shared/api';
import type { CatalogPreview } from '../../shared/api/schemas/catalogs';
import { usageError } from './groupCommand';

/** What the command needs of the CLI (commands.ts's CliIo has it). */
export interface CatalogIo {
  json: boolean;
  out(text: string): void;
  err(text: string): void;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>>;
}

export const CATALOG_USAGE =
  'npm run cli -- catalog --year YYYY [--quarter 1-4] --out 目录.docx|目录.xlsx [--format docx|xlsx] [--user 用户名] [--json]';

type Flags = Record<string, string | boolean | undefined>;
type Format = 'docx' | 'xlsx';

const usage = (io: CatalogIo, message: string): number => usageError(io, message, CATALOG_USAGE);

function refused(io: CatalogIo, result: ApiResult<unknown>): number {
  if (result.ok) return 0;
  if (io.json) io.out(JSON.stringify(result));
  else io.err(`错误 [${result.error.code}] ${result.error.message}${(result.error.issues ?? []).join('；')}`);
  return 1;
}

/** The export format: --format, or the extension of --out; the two must agree when both are given. */
function formatOf(out: string, flag: string | undefined): { format: Format } | { problem: string } {
  const extension = extname(out).slice(1).toLowerCase();
  const fromExtension = extension === 'docx' || extension === 'xlsx' ? extension : null;
  if (flag !== undefined) {
    if (flag !== 'docx' && flag !== 'xlsx')
      return { problem: `导出格式应为 docx 或 xlsx，而不是“${flag}”。` };
    if (fromExtension && fromExtension !== flag)
      return { problem: `--format ${flag} 与输出文件的扩展名 .${extension} 不一致。` };
    return { format: flag };
  }
  return fromExtension
    ? { format: fromExtension }
    : { problem: '请用 .docx 或 .xlsx 作输出文件的扩展名，或用 --format 指定格式。' };
}

/**
 * `cli catalog --year 2026 [--quarter 1] --out 目录.docx|.xlsx`: the quarterly or annual 规范性文件目录,
 * exported through the same channel as the app. Exit 0 written, 1 refused (sign-in, input, writing the
 * file), 2 usage; with --json one line either way.
 */
export async function runCatalogCommand(
  io: CatalogIo,
  flags: Flags,
  signedIn: (run: () => Promise<number>) => Promise<number>,
): Promise<number> {
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  const year = text('year');
  const quarter = text('quarter');
  const out = text('out');
  if (!year || !/^\d{4}$/.test(year)) return usage(io, '请用 --year 给出四位年份（例如 --year 2026）。');
  if (quarter !== undefined && !/^[1-4]$/.test(quarter)) return usage(io, '--quarter 应为 1、2、3 或 4。');
  if (!out) return usage(io, '请用 --out 给出输出文件（.docx 或 .xlsx）。');
  const chosen = formatOf(out, text('format'));
  if ('problem' in chosen) return usage(io, chosen.problem);
  const { format } = chosen;

  return signedIn(async () => {
    const query = {
      year: Number(year),
      quarter: quarter === undefined ? null : (Number(quarter) as 1 | 2 | 3 | 4),
    };
    const preview = await io.call('catalogs.preview', query);
    if (!preview.ok) return refused(io, preview);
    const file = await io.call('catalogs.export', { ...query, format });
    if (!file.ok) return refused(io, file);
    const catalog = preview.value as CatalogPreview;
    const written = await writeFile(out, Buffer.from((file.value as { data: string }).data, 'base64')).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (written !== null)
      return refused(io, {
        ok: false,
        error: { code: 'INVALID_INPUT', message: `无法写出文件：${out}（${written}）` },
      });
    const value = {
      file: out,
      format,
      title: catalog.title,
      period: catalog.periodLabel,
      rows: catalog.rows.length,
      late: catalog.rows.filter((row) => row.late).length,
      annualDueOn: catalog.annualDueOn,
    };
    if (io.json) io.out(JSON.stringify({ ok: true, value }));
    else
      io.out(
        `已写出：${out}（${catalog.title}，共 ${value.rows} 件，逾期 ${value.late} 件；${catalog.annualDueText}）`,
      );
    return 0;
  });
}
