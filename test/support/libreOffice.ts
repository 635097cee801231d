import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** What LibreOffice Writer makes of a Word file with tracked changes (see libreoffice/revisions.py). */
export interface Revised {
  file: string;
  /** The text after 全部接受 (accept all changes), one line per paragraph; a table's cells row by row. */
  accept: string[];
  /** The text after 全部拒绝 (reject all changes). */
  reject: string[];
  /** How many tracked changes LibreOffice lists. */
  changes: number;
  /** The text LibreOffice writes as moved away and moved here when it saves the file again. */
  movedFrom: string;
  movedTo: string;
  /** Set instead of the rest when LibreOffice could not open the file. */
  error?: string;
}

/** Debian's Python, which has LibreOffice's uno module (python3-uno). */
const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, 'libreoffice', 'revisions.py');

export function libreOfficeMissing(): string | null {
  if (!existsSync('/usr/bin/soffice') || !existsSync('/usr/lib/python3/dist-packages/uno.py'))
    return 'LibreOffice Writer and its Python bridge are needed: apt-get install libreoffice-writer-nogui python3-uno';
  return null;
}

/** Opens each file in one headless LibreOffice and accepts, then rejects, every tracked change. */
export async function reviseInLibreOffice(files: readonly string[]): Promise<Revised[]> {
  const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, ...files], {
    maxBuffer: 512 * 1024 * 1024,
    timeout: 30 * 60_000,
  }).catch((error: Error & { stderr?: string }) => {
    throw new Error(`LibreOffice stopped: ${error.message}\n${(error.stderr ?? '').slice(-4000)}`);
  });
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Revised);
}
