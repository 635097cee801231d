// Builds the app with electron-vite when out/ is missing or older than any source file, so `npm run web`
// and `npm run cli` always run what is in src/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const quiet = process.argv.includes('--quiet');
const outputs = [
  'out/main/index.js',
  'out/main/web.js',
  'out/main/cli.js',
  'out/main/docxWorker.js',
  'out/preload/preload.cjs',
  'out/renderer/index.html',
];

function newestIn(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestIn(join(path, entry)));
  return newest;
}

const sourcesChanged = Math.max(
  newestIn(join(root, 'src')),
  newestIn(join(root, 'resources')),
  statSync(join(root, 'electron.vite.config.ts')).mtimeMs,
  statSync(join(root, 'package.json')).mtimeMs,
);
const stale = outputs.some((file) => {
  const path = join(root, file);
  return !existsSync(path) || statSync(path).mtimeMs < sourcesChanged;
});

if (stale) {
  if (!quiet) console.log('正在构建 NormDesk……');
  execFileSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
}
