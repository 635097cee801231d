import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src/main/dataDir';

describe('resolveDataDir', () => {
  it('takes --data DIR, resolved to an absolute path', () => {
    expect(resolveDataDir(['users', 'list', '--data', '/srv/normdesk'], {})).toBe(resolve('/srv/normdesk'));
    expect(resolveDataDir(['--data', 'relative/dir'], {})).toBe(resolve('relative/dir'));
  });

  it('takes --data=DIR', () => {
    expect(resolveDataDir(['--json', '--data=/srv/normdesk-2'], {})).toBe(resolve('/srv/normdesk-2'));
    expect(resolveDataDir(['--data=工作/数据'], {})).toBe(resolve('工作/数据'));
  });

  it('prefers the flag to NORMDESK_DATA and to the platform default', () => {
    expect(resolveDataDir(['--data', '/from/flag'], { NORMDESK_DATA: '/from/env' }, '/from/electron')).toBe(
      '/from/flag',
    );
    expect(resolveDataDir(['--data=/from/flag'], { NORMDESK_DATA: '/from/env' }, '/from/electron')).toBe(
      '/from/flag',
    );
  });

  it('takes NORMDESK_DATA when there is no flag, before the platform default', () => {
    expect(resolveDataDir([], { NORMDESK_DATA: '/from/env' }, '/from/electron')).toBe(resolve('/from/env'));
    expect(resolveDataDir(['serve'], { NORMDESK_DATA: 'env-dir' })).toBe(resolve('env-dir'));
  });

  it('falls back when the flag has no value', () => {
    expect(resolveDataDir(['--data'], { NORMDESK_DATA: '/from/env' })).toBe(resolve('/from/env'));
    expect(resolveDataDir(['--data='], { NORMDESK_DATA: '/from/env' })).toBe(resolve('/from/env'));
    expect(resolveDataDir(['--data'], {}, '/from/electron')).toBe('/from/electron');
  });

  it('uses the platform default Electron passes in, unchanged', () => {
    expect(resolveDataDir([], {}, '/home/user/.config/NormDesk')).toBe('/home/user/.config/NormDesk');
  });

  it('defaults to the per-user application folder of the platform', () => {
    const env = { XDG_CONFIG_HOME: '/xdg', APPDATA: 'C:\\Users\\li\\AppData\\Roaming' };
    const expected =
      process.platform === 'win32'
        ? join(env.APPDATA, 'NormDesk')
        : process.platform === 'darwin'
          ? join(homedir(), 'Library', 'Application Support', 'NormDesk')
          : join('/xdg', 'NormDesk');
    expect(resolveDataDir([], env)).toBe(expected);
    if (process.platform === 'linux')
      expect(resolveDataDir([], {})).toBe(join(homedir(), '.config', 'NormDesk'));
  });
});
