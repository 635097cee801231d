import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TIME_ZONE } from './browser';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const URL_LINE = /请在浏览器中打开：(\S+)/;
const START_TIMEOUT_MS = 30_000;

export interface RunningHost {
  /** The address with the one-time token; opening it sets the session cookies. */
  url: string;
  origin: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `node out/main/web.js` on a free port with its own data folder and waits for its address. It
 * runs in the pages' time zone, so that "today" is one day for both (from 16:00 UTC on, UTC is a day behind).
 */
export async function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, ['out/main/web.js', '--data', dataDir, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, TZ: TIME_ZONE },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (output += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`NormDesk 未在限定时间内启动：\n${output}`)),
      START_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const match = URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`NormDesk 启动失败（退出码 ${code}）：\n${output}`)));
    child.once('error', fail);
  }).catch(async (error: unknown) => {
    await stopProcess(child);
    throw error;
  });

  return { url, origin: new URL(url).origin, output: () => output, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
