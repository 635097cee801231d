import type { Session } from '../../src/main/api/context';
import { parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import type { ApiResult, Channel, ChannelInput } from '../../src/shared/api';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import type { TestApp } from './app';
import { DEFAULT_PASSWORD } from './session';

/**
 * One CLI run as `user` against the test app, in its own session like a new process (the password is the
 * test accounts' default); `--json` among the arguments gives JSON output. Output lines are captured.
 */
export async function runCli(
  app: TestApp,
  user: string,
  args: string[],
): Promise<{ code: number; out: string[]; err: string[] }> {
  const session: Session = { accountId: null };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    json: args.includes('--json'),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: () => Promise.resolve(DEFAULT_PASSWORD),
    user,
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  const code = await runCommand(io, parseCommandLine(args).positionals, args);
  return { code, out, err };
}
