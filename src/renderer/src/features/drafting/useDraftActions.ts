import { useQueryClient } from '@tanstack/react-query';
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
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showError = useApiError();
  const refreshVersions = useCallback(
    () => queryClient.invalidateQueries({ queryKey: ['documents.get', { id: documentId }] }),
    [queryClient, documentId],
  );

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
      void refreshVersions();
      void message.success(`已保存“${versionTitle(summary.seq, summary.label)}”`);
    },
    [saver, documentId, refreshVersions, message],
  );

  const restore = useCallback(
    async (version: VersionSummary): Promise<void> => {
      try {
        await saver.exclusive(async (revision) => {
          await call('versions.restore', { versionId: version.id, revision });
          const draft = await loadStoredDraft();
          return { result: undefined, revision: draft.revision };
        });
        void refreshVersions();
        void message.success(`已将“${versionTitle(version.seq, version.label)}”恢复为草稿`);
      } catch (error) {
        showError(error);
      }
    },
    [saver, loadStoredDraft, refreshVersions, message, showError],
  );

  const importDocx = useCallback(
    (fileName: string, data: string): Promise<ImportResult> =>
      saver.exclusive(async () => {
        const result = await call('imports.docx', { documentId, fileName, data });
        void refreshVersions();
        const draft = await loadStoredDraft();
        return { result, revision: draft.revision };
      }),
    [saver, documentId, refreshVersions, loadStoredDraft],
  );

  const reloadAfterConflict = useCallback(async () => {
    try {
      const draft = await loadStoredDraft();
      saver.reload(draft.revision, draft.updatedAt);
    } catch (error) {
      showError(error);
    }
  }, [loadStoredDraft, saver, showError]);

  return { saveVersion, restore, importDocx, reloadAfterConflict };
}
