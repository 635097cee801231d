import type { ChannelOutput, ParsedInput } from '../../shared/api';
import type { Block } from '../../shared/domain/blocks';
import { buildVersionDocx, versionDocxFileName } from '../export/versionDocx';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { requireAccount, type StagedOperation } from './context';
import { mustFindDocument } from './documents';
import { readDraft } from './drafting';
import { versionBlocks } from './versions';

type ExportedFile = ChannelOutput<'versions.exportDocx'>;

interface PreparedExport {
  file: ExportedFile;
  documentId: string;
  versionId: string | null;
  seq: number | null;
}

/** A timestamp's day on the workstation's calendar (as `today` in rules.ts counts days). */
function localDay(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * `versions.exportDocx`: a saved version or the current draft as a GB/T 9704 Word file. Anyone who may
 * open the version may export it; the Word file is built first and the export is then audited.
 */
export const exportVersionDocx: StagedOperation<
  ParsedInput<'versions.exportDocx'>,
  PreparedExport,
  ExportedFile
> = {
  async prepare(ctx, input) {
    const actor = requireAccount(ctx);
    let documentId: string;
    let blocks: Block[];
    let version: { id: string; seq: number; date: string } | null = null;
    if ('versionId' in input) {
      const stored = versionBlocks(ctx, input.versionId);
      documentId = stored.documentId;
      blocks = stored.blocks;
      version = { id: stored.id, seq: stored.seq, date: localDay(stored.createdAt) };
    } else {
      documentId = input.documentId;
      blocks = readDraft(ctx, { documentId, part: 'main' }).blocks;
    }
    const document = mustFindDocument(ctx, documentId);
    const data = await buildVersionDocx({ title: document.title, creator: actor.displayName, blocks });
    return {
      documentId,
      versionId: version?.id ?? null,
      seq: version?.seq ?? null,
      file: {
        fileName: versionDocxFileName(document.title, version),
        mediaType: DOCX_MEDIA_TYPE,
        data: data.toString('base64'),
      },
    };
  },
  apply(ctx, _input, prepared) {
    ctx.describeChange({
      targetType: 'documents',
      targetId: prepared.documentId,
      detail: {
        title: '导出 Word 文件',
        versionId: prepared.versionId,
        seq: prepared.seq,
        draft: prepared.versionId === null,
        fileName: prepared.file.fileName,
      },
    });
    return prepared.file;
  },
};
