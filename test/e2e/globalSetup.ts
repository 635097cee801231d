import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** End-to-end tests run the built app: build it first when any source is newer than out/. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/ensure-build.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
}
