import type { ApiResult, Channel, ChannelInput } from '../../shared/api';

/** What a command group (filing, cleanup, laws …) needs of the CLI's io (commands.ts's CliIo satisfies it). */
export interface GroupIo {
  json: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ApiResult<unknown>>;
}

/** One command of a group (`filing submit`, `cleanup apply` …) as commands.ts hands it over. */
export interface GroupCommand {
  io: GroupIo;
  action: string | undefined;
  text: (name: string) => string | undefined;
  emit: (result: ApiResult<unknown>, human: (value: never) => string) => number;
  signedIn: (run: () => Promise<number>) => Promise<number>;
}

/** Where a command writes: one JSON line with --json, human text otherwise. */
export type CommandOutput = Pick<GroupIo, 'json' | 'out' | 'err'>;

/** A usage error: one JSON line with --json, the group's usage text otherwise; exit code 2. */
export function usageError(io: CommandOutput, message: string, usageText: string): number {
  if (io.json) io.out(JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message } }));
  else io.err(`${message}\n${usageText.startsWith('用法') ? usageText : `用法:\n${usageText}`}`);
  return 2;
}

/** A value given as its code (to_submit) or as the screens name it (待报送); null when it is neither. */
export function codeOrLabel<T extends string>(
  value: string,
  codes: readonly T[],
  labels: Record<T, string>,
): T | null {
  if ((codes as readonly string[]).includes(value)) return value as T;
  return codes.find((code) => labels[code] === value) ?? null;
}
