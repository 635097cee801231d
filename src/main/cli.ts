import { createInterface } from 'node:readline';
import { type ApiResult, type Channel, type ChannelInput, DomainError } from '../shared/api';
import { DOCUMENT_KIND_LABELS } from '../shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../shared/domain/documentStatus';
import { ROLE_LABELS } from '../shared/domain/roles';
import type { Session } from './api/context';
import { openApp, type App } from './app';
import { resolveDataDir } from './dataDir';
import { runBlocksCommand } from './cli/blocksCommand';
import { runCompareFiles } from './cli/compareCommand';
import { runDeadline, runPrecheckCommand, runSignatureVerify } from './cli/reviewCommands';
import { parseCommandLine, runCommand, type CliIo } from './cli/commands';
import { runPackageVerify } from './cli/packageCommands';

/**
 * `npm run cli -- <command> [--data DIR] [--user NAME] [--json]`: administration and batch work over the
 * same dispatch as the app (validation, roles and audit included).
 */
async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(process.argv.slice(2));
  const out = (text: string) => process.stdout.write(`${text}\n`);
  const err = (text: string) => process.stderr.write(`${text}\n`);
  // Commands on files need no database.
  const plain = { out, err, json: values.json === true };
  if (positionals[0] === 'blocks') return runBlocksCommand(plain, positionals[1]);
  if (positionals[0] === 'deadline') return runDeadline(plain, values);
  if (positionals[0] === 'precheck') return runPrecheckCommand(plain, positionals[1], values);
  if (positionals[0] === 'signature' && positionals[1] === 'verify')
    return runSignatureVerify(plain, positionals[2], values);
  if (positionals[0] === 'package' && positionals[1] === 'verify')
    return runPackageVerify(plain, positionals[2], values);
  if (positionals[0] === 'compare' && !values.document) {
    const outputs = { docx: stringFlag(values.docx), table: stringFlag(values.table) };
    return runCompareFiles(plain, positionals[1], positionals[2], outputs);
  }
  const dataDir = resolveDataDir(process.argv.slice(2), process.env);
  let app: App;
  try {
    app = openApp(dataDir, { logError: (error) => console.error(error) });
  } catch (error) {
    return failed(error, 'DATA_UNAVAILABLE', 2);
  }
  const session: Session = { accountId: null };
  const io: CliIo = {
    json: values.json === true,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: (prompt: string) => readPassword(prompt),
    user: typeof values.user === 'string' ? values.user : undefined,
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  try {
    return await runCommand(io, positionals, process.argv.slice(2));
  } finally {
    app.close();
  }
}

/** NORMDESK_PASSWORD, or a prompt that does not echo. */
function readPassword(prompt: string): Promise<string> {
  if (process.env.NORMDESK_PASSWORD !== undefined) return Promise.resolve(process.env.NORMDESK_PASSWORD);
  if (!process.stdin.isTTY) {
    return Promise.reject(
      new DomainError('UNAUTHENTICATED', '请通过 NORMDESK_PASSWORD 环境变量提供密码（当前不是交互式终端）。'),
    );
  }
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (text: string) =>
      write(text.startsWith(prompt) ? prompt : '');
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

/** An error outside any command's own handling: one JSON line with --json, the message otherwise. */
function failed(error: unknown, code: string, exit: number): number {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DomainError) code = error.code;
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify({ ok: false, error: { code, message } })}\n`);
  else process.stderr.write(`${message}\n`);
  return exit;
}

/**
 * Exits once everything written has reached the reader: a pipe takes output asynchronously, and
 * exiting at once would cut a large answer (`compare --json | jq`) at the pipe's buffer size.
 */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main().then(exitWhenFlushed, (error: unknown) => exitWhenFlushed(failed(error, 'INTERNAL', 1)));

function stringFlag(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
