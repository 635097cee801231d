import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the database lives: `--data DIR` wins, then NORMDESK_DATA, then the platform default
 * (Electron passes app.getPath('userData')).
 */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platformDefault?: string,
): string {
  const flag = argv.indexOf('--data');
  const fromFlag =
    flag >= 0 ? argv[flag + 1] : argv.find((arg) => arg.startsWith('--data='))?.slice('--data='.length);
  if (fromFlag) return resolve(fromFlag);
  if (env.NORMDESK_DATA) return resolve(env.NORMDESK_DATA);
  return platformDefault ?? defaultDataDir(env);
}

function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'NormDesk');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'NormDesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'NormDesk');
}
