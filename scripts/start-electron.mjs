// `npm start`: build if needed, make sure better-sqlite3 is compiled for Electron's ABI (kept apart from
// the Node build that `npm test` uses), then launch Electron. Electron's binary is downloaded on first
// launch; where that is impossible (air-gapped machines), `npm run web` runs the same app in a browser.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { stdio: 'inherit' });

let electronBinary;
try {
  electronBinary = require('electron');
  if (!existsSync(electronBinary)) throw new Error('missing');
} catch {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/electron/install.js')], { stdio: 'inherit' });
    electronBinary = require('electron');
  } catch {
    console.error(
      '无法获取 Electron 运行程序（本机可能无法联网）。请改用 `npm run web` 在浏览器中运行 NormDesk。',
    );
    process.exit(1);
  }
}

const electronVersion = require('electron/package.json').version;
const nativeDir = join(root, 'node_modules/.normdesk-electron/better-sqlite3');
const binding = join(nativeDir, 'build/Release/better_sqlite3.node');

function loadsInElectron() {
  try {
    execFileSync(electronBinary, ['-e', `require(${JSON.stringify(binding)})`], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      stdio: 'ignore',
    });
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(binding) || !loadsInElectron()) {
  console.log(`正在为 Electron ${electronVersion} 编译 better-sqlite3……`);
  cpSync(join(root, 'node_modules/better-sqlite3'), nativeDir, { recursive: true });
  execFileSync('npm', ['run', 'install', '--', `--runtime=electron`, `--target=${electronVersion}`], {
    cwd: nativeDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      npm_config_runtime: 'electron',
      npm_config_target: electronVersion,
      npm_config_disturl: 'https://electronjs.org/headers',
      npm_config_build_from_source: 'true',
    },
  });
}

const child = spawn(electronBinary, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NORMDESK_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
