import { writeFile } from 'node:fs/promises';

import { type GroupCommand, usageError } from './groupCommand';

export const VERSION_USAGE = `  version export (--version 版本ID | --document 文件ID --draft) --out 文件.docx
                                              将一个版本或当前草稿导出为 GB/T 9704 版式的 Word 文件`;

/** `version export`: a saved version, or a document's current draft, written as a Word file. */
export async function runVersionCommand(
  command: GroupCommand & { flag: (name: string) => boolean },
): Promise<number> {
  const { io, action, text, emit, signedIn } = command;
  const versionId = text('version');
  const documentId = text('document');
  const draft = command.flag('draft');
  const out = text('out');
  if (action !== 'export') return usageError(io, '未知的 version 命令。', VERSION_USAGE);
  const oneSource = versionId ? !documentId && !draft : Boolean(documentId) && draft;
  if (!oneSource || !out) {
    return usageError(
      io,
      '请用 --version 或 --document 与 --draft 指定要导出的文本，并用 --out 给出文件名。',
      VERSION_USAGE,
    );
  }
  return signedIn(async () => {
    const input = versionId ? { versionId } : { documentId: documentId ?? '', draft: true as const };
    const result = await io.call('versions.exportDocx', input);
    if (!result.ok) return emit(result, () => '');
    const file = result.value as { fileName: string; data: string };
    try {
      await writeFile(out, Buffer.from(file.data, 'base64'));
    } catch {
      return emit({ ok: false, error: { code: 'INVALID_INPUT', message: `无法写出文件：${out}` } }, () => '');
    }
    return emit(
      { ok: true, value: { file: out, fileName: file.fileName } },
      () => `已写出：${out}（${file.fileName}）`,
    );
  });
}
