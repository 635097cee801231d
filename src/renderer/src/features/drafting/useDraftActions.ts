import { App } from 'antd';
import type { LexicalEditor } from 'lexical';
import { useCallback, type RefObject } from 'react';
import type { VersionSummary } from '../../../../shared/api';
import type { DraftPart } from '../../../../shared/api/schemas/drafting';
import type { Block } from '../../../../shared/domain/blocks';
import { versionTitle } from '../../../../shared/domain/versionName';
import { call } from '../../api/client';
import { blocksToEditorState } from '../../editor';
import { useApiError } from '../../lib/useApiError';
import type { DraftSaver } from './autosave/draftSaver';
import type { ImportResult } from './importDocx/useDocxImport';
import type { VersionFields } from './versions/SaveVersionModal';

/**
 * What the drafting page does besides typing: each writes the draft on the server itself, so it runs
 * with autosave held back (pending changes saved first) and the editor continues from the new revision.
 */
export function useDraftActions(
  documentId: string,
  part: DraftPart,
  saver: DraftSaver,
  editor: RefObject<LexicalEditor | null>,
  onSnapshot: (blocks: Block[]) => void,
) {
  const { message } = App.useApp();
  const showError = useApiError();

  /** Loads the stored draft into the editor (after an import or restore wrote it, or after a conflict). */
  const loadStoredDraft = useCallback(async () => {
    const draft = await call('drafts.get', { documentId, part });
    if (editor.current) blocksToEditorState(editor.current, draft.blocks);
    onSnapshot(draft.blocks);
    return draft;
  }, [documentId, part, editor, onSnapshot]);

  const saveVersion = useCallback(
    async (fields: VersionFields): Promise<void> => {
      const summary = await saver.exclusive(async () => {
        const saved = await call('versions.save', { documentId, label: fields.label, note: fields.note });
        // Freezing a version moves the draft on to a new revision (same text).
        const draft = await call('drafts.get', { documentId, part: 'main' });
        return { result: saved, revision: draft.revision };
      });
      void message.success(`已保存“${versionTitle(summary.seq, summary.label)}”`);
    },
    [saver, documentId, message],
  );

  /** Restores a version as the draft; text not yet in a version is kept first as a version (server side). */
  const restoreDraft = useCallback(
    (versionId: string) =>
      saver.exclusive(async (revision) => {
        const restored = await call('versions.restore', { versionId, revision });
        const draft = await loadStoredDraft();
        return { result: restored, revision: draft.revision };
      }),
    [saver, loadStoredDraft],
  );

  const restore = useCallback(
    async (version: VersionSummary): Promise<void> => {
      try {
        const restored = await restoreDraft(version.id);
        const kept = restored.keptVersion
          ? `；恢复前未保存的内容已自动保存为“${versionTitle(restored.keptVersion.seq, restored.keptVersion.label)}”`
          : '';
        void message.success(`已将“${versionTitle(version.seq, version.label)}”恢复为草稿${kept}`);
      } catch (error) {
        showError(error);
      }
    },
    [restoreDraft, message, showError],
  );

  /** 撤销导入: the draft goes back to the text it had before the import. */
  const undoImport = useCallback(
    async (result: ImportResult): Promise<void> => {
      if (!result.undoVersionId) return;
      try {
        await restoreDraft(result.undoVersionId);
        void message.success('已撤销导入，草稿已恢复为导入前的内容');
      } catch (error) {
        showError(error);
      }
    },
    [restoreDraft, message, showError],
  );

  const importDocx = useCallback(
    (fileName: string, data: string): Promise<ImportResult> =>
      saver.exclusive(async () => {
        const result = await call('imports.docx', { documentId, fileName, data });
        const draft = await loadStoredDraft();
        return { result, revision: draft.revision };
      }),
    [saver, documentId, loadStoredDraft],
  );

  const reloadAfterConflict = useCallback(async () => {
    try {
      const draft = await loadStoredDraft();
      saver.reload(draft.revision, draft.updatedAt);
    } catch (error) {
      showError(error);
    }
  }, [loadStoredDraft, saver, showError]);

  return { saveVersion, restore, importDocx, undoImport, reloadAfterConflict };
}
