import type { ChannelOutput, ParsedInput } from '../../shared/api';
import type { Block } from '../../shared/domain/blocks';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { convertDocx } from '../import/docxImport';
import { DEFAULT_DOCX_LIMITS } from '../import/docxSafety';
import { requireAccount, type StagedOperation } from './context';
import { freezeVersion, keepDraft, versionHoldingDraft } from './drafting';
import { mustBeEditable } from './textLock';
import { decodeFile, storeAttachment } from './materials';

function labelFrom(fileName: string): string {
  return fileName.replace(/\.docx$/i, '').slice(0, 60) || '导入稿';
}

/**
 * Word import as a new version: the file is checked and converted first, outside any transaction;
 * the original (with its SHA-256) and the version are then written together, or not at all.
 */
export const importDocx: StagedOperation<
  ParsedInput<'imports.docx'>,
  { content: Buffer; blocks: Block[]; warnings: string[] },
  ChannelOutput<'imports.docx'>
> = {
  async prepare(ctx, input) {
    requireAccount(ctx);
    mustBeEditable(ctx, input.documentId);
    const content = decodeFile(input.data, DEFAULT_DOCX_LIMITS.maxFileBytes);
    const { blocks, warnings } = await convertDocx(content, () => ctx.ids.next());
    return { content, blocks, warnings };
  },
  apply(ctx, input, prepared) {
    const actor = requireAccount(ctx);
    mustBeEditable(ctx, input.documentId);
    const keptVersion = keepDraft(ctx, actor, input.documentId, {
      label: '导入前自动保存',
      note: `导入 Word 文件“${input.fileName}”前，草稿中尚未保存为版本的内容`,
    });
    const undoVersionId = keptVersion?.id ?? versionHoldingDraft(ctx, input.documentId);
    const original = storeAttachment(ctx, actor.id, {
      documentId: input.documentId,
      materialKind: 'original_import',
      fileName: input.fileName,
      mediaType: DOCX_MEDIA_TYPE,
      note: '导入为新版本的 Word 原件',
      content: prepared.content,
    });
    const version = freezeVersion(ctx, actor, {
      documentId: input.documentId,
      label: input.label || labelFrom(input.fileName),
      note: `由 Word 文件“${input.fileName}”导入`,
      blocks: prepared.blocks,
      sourceAttachmentId: original.id,
    });
    ctx.describeChange({
      targetType: 'documents',
      targetId: input.documentId,
      detail: {
        fileName: input.fileName,
        sha256: original.sha256,
        size: original.size,
        versionId: version.id,
        seq: version.seq,
        blocks: prepared.blocks.length,
        keptVersionId: keptVersion?.id ?? null,
      },
    });
    return { version, attachmentId: original.id, warnings: prepared.warnings, keptVersion, undoVersionId };
  },
};
