import type { ApiResult, Channel, ChannelInput, StatsFigure, StatsView } from '../../shared/api';
import { formatRate, periodLabel } from '../../shared/domain/statistics';
import { usageError } from './groupCommand';

/** What the command needs of the CLI (commands.ts's CliIo has it). */
export interface StatsIo {
  json: boolean;
  out(text: string): void;
  err(text: string): void;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>>;
}

export const STATS_USAGE = 'npm run cli -- stats --year YYYY [--quarter 1-4] [--user 用户名] [--json]';

type Flags = Record<string, string | boolean | undefined>;

const list = (figures: readonly StatsFigure[]) =>
  figures.length === 0 ? '无' : figures.map((figure) => `${figure.label} ${figure.count}`).join('，');

const days = (value: number | null) => (value === null ? '—' : `${value} 个工作日`);

/** The figures as a few lines an office reads. */
export function statsText(stats: StatsView): string {
  const { documents, reviews, filings, cleanup, signoffs } = stats;
  const rateLine = (rate: StatsView['filings']['filingRate']) =>
    `${rate.label} ${formatRate(rate.value)}（${rate.numerator.count}/${rate.denominator.count}）`;
  return [
    `${periodLabel(stats.period)}统计（${stats.from} 至 ${stats.to}）`,
    `登记文件 ${documents.total.count} 件：${list(documents.byKind)}`,
    `  按状态：${list(documents.byStatus)}`,
    `合法性审核：受理 ${reviews.received.count} 件，办结 ${reviews.concluded.count} 件，超期 ${reviews.overdue.count} 件；审核用时中位数 ${days(reviews.medianWorkingDays)}，90% 在 ${days(reviews.p90WorkingDays)}内`,
    `  按结论：${list(reviews.byOutcome)}`,
    `  按审核人员：${list(reviews.byReviewer)}`,
    `备案：应报备 ${filings.shouldFile.count} 件，已报备 ${filings.filed.count} 件；${rateLine(filings.filingRate)}，${rateLine(filings.timelyRate)}，${rateLine(filings.regularRate)}`,
    `  要求纠正/补正 ${filings.correctionsRequested.count} 件，已纠正/补正 ${filings.correctionsDone.count} 件`,
    `清理：${cleanup.total.count} 件（${list(cleanup.byDisposition)}）`,
    `法律顾问签署：${signoffs.total.count} 件（${list(signoffs.byCounsel)}）`,
  ].join('\n');
}

/**
 * `cli stats --year 2026 [--quarter 1]`: the year's or quarter's figures through the same channel as the
 * 统计 page. Exit 0 shown, 1 refused (sign-in, input), 2 usage; with --json one line either way.
 */
export async function runStatsCommand(
  io: StatsIo,
  flags: Flags,
  signedIn: (run: () => Promise<number>) => Promise<number>,
): Promise<number> {
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  const year = text('year');
  const quarter = text('quarter');
  if (!year || !/^\d{4}$/.test(year))
    return usageError(io, '请用 --year 给出四位年份（例如 --year 2026）。', STATS_USAGE);
  if (quarter !== undefined && !/^[1-4]$/.test(quarter))
    return usageError(io, '--quarter 应为 1、2、3 或 4。', STATS_USAGE);
  return signedIn(async () => {
    const input =
      quarter === undefined ? { year: Number(year) } : { year: Number(year), quarter: Number(quarter) };
    const result = await io.call('stats.get', input as ChannelInput<'stats.get'>);
    if (!result.ok) {
      if (io.json) io.out(JSON.stringify(result));
      else
        io.err(
          `错误 [${result.error.code}] ${result.error.message}${(result.error.issues ?? []).join('；')}`,
        );
      return 1;
    }
    if (io.json) io.out(JSON.stringify(result));
    else io.out(statsText(result.value as StatsView));
    return 0;
  });
}
