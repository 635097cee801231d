import { writeFile } from 'node:fs/promises';
import type { Account, ApiResult, AuditFilter, AuditPage } from '../../shared/api';
import { IsoDateSchema } from '../../shared/domain/calendar/isoDate';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_AREA_LABELS,
  AUDIT_EVENT_LABELS,
} from '../../shared/domain/audit/auditActions';
import { localDateTime } from '../export/auditXlsx';
import { type GroupCommand, type GroupIo, usageError } from './groupCommand';

export const AUDIT_USAGE = `  audit verify                                  校验审计日志哈希链（断裂时退出码为 3）
  audit list [--account 登录名] [--action 操作] [--area 业务范围] [--from YYYY-MM-DD --to YYYY-MM-DD] [--document 文件ID] [--q 文字] [--page N] [--page-size N]
  audit export --out 审计日志.xlsx [与 audit list 相同的筛选条件]`;

function usage(io: GroupIo, message: string): number {
  return usageError(io, message, AUDIT_USAGE);
}

/** An action or area given as its code (versions.save) or as the log names it (保存版本). */
function codeOf(value: string, labels: Record<string, string>): string | undefined {
  if (Object.hasOwn(labels, value)) return value;
  return Object.entries(labels).find(([, label]) => label === value)?.[0];
}

type Parsed = { filter: Omit<AuditFilter, 'accountId'>; account: string | undefined } | { problem: string };

function parseFilter(text: GroupCommand['text']): Parsed {
  const actionText = text('action');
  const areaText = text('area');
  const action = actionText
    ? codeOf(actionText, { ...AUDIT_ACTION_LABELS, ...AUDIT_EVENT_LABELS })
    : undefined;
  if (actionText && !action) return { problem: `没有操作“${actionText}”。` };
  const area = areaText ? codeOf(areaText, AUDIT_AREA_LABELS) : undefined;
  if (areaText && !area) return { problem: `没有业务范围“${areaText}”。` };
  const from = text('from');
  const to = text('to');
  const wrongDay = [from, to].find((day) => day !== undefined && !IsoDateSchema.safeParse(day).success);
  if (wrongDay !== undefined) return { problem: `日期应为 YYYY-MM-DD：${wrongDay}` };
  return {
    account: text('account'),
    filter: { action, area, from, to, documentId: text('document'), q: text('q') },
  };
}

/** --account takes a login name; the log filters by the account's id. */
async function accountId(io: GroupIo, login: string | undefined): Promise<ApiResult<string | undefined>> {
  if (login === undefined) return { ok: true, value: undefined };
  const users = await io.call('users.list', {});
  if (!users.ok) return users;
  const user = (users.value as Account[]).find(
    (account) => account.username.toLowerCase() === login.toLowerCase(),
  );
  if (!user) return { ok: false, error: { code: 'NOT_FOUND', message: `没有登录名为“${login}”的账号。` } };
  return { ok: true, value: user.id };
}

function describePage(page: AuditPage): string {
  return [
    ...page.items.map((entry) =>
      [
        entry.seq,
        localDateTime(entry.at),
        entry.actorName ? `${entry.actorName}${entry.actorLogin ? `（${entry.actorLogin}）` : ''}` : '—',
        entry.actionLabel,
        entry.subject,
      ].join('\t'),
    ),
    `共 ${page.total} 条`,
  ].join('\n');
}

/** `audit list` and `audit export`: the log as the settings page shows it, over the same dispatch. */
export function runAuditCommand(command: GroupCommand): Promise<number> | number {
  const { io, action, text, emit, signedIn } = command;
  if (action !== 'list' && action !== 'export') return usage(io, `没有命令“audit ${action ?? ''}”。`);
  const parsed = parseFilter(text);
  if ('problem' in parsed) return usage(io, parsed.problem);
  const page = Number(text('page') ?? 1);
  const pageSize = Number(text('page-size') ?? 100);
  if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1)
    return usage(io, '--page 和 --page-size 应为正整数。');
  const out = text('out');
  if (action === 'export' && !out?.endsWith('.xlsx')) return usage(io, '请用 --out 给出输出文件（.xlsx）。');

  return signedIn(async () => {
    const account = await accountId(io, parsed.account);
    if (!account.ok) return emit(account, () => '');
    const filter = { ...parsed.filter, accountId: account.value };
    if (action === 'list')
      return emit(await io.call('audit.list', { ...filter, page, pageSize }), describePage);
    const file = await io.call('audit.export', filter);
    if (!file.ok || !out) return emit(file, () => '');
    const written = await writeFile(out, Buffer.from((file.value as { data: string }).data, 'base64')).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (written !== null)
      return emit(
        { ok: false, error: { code: 'INVALID_INPUT', message: `无法写出文件：${out}（${written}）` } },
        () => '',
      );
    return emit({ ok: true, value: { file: out } }, () => `已写出：${out}`);
  });
}
