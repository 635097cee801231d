import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Tabs } from 'antd';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { VersionSummary } from '../../../../shared/api';
import type { Draft } from '../../../../shared/api/schemas/drafting';
import {
  createBlocksReader,
  DocumentEditor,
  getBlockElement,
  scrollToBlock,
  type BlocksReader,
} from '../../editor';
import { useWindowHeight } from '../../lib/useWindowHeight';
import { DraftAnnotationPane, DraftAnnotationPlugins, useDraftAnnotations } from '../draftAnnotations';
import { SaveStatusText } from './autosave/SaveStatusText';
import { useDraftAutosave } from './autosave/useDraftAutosave';
import { useQuietSnapshot } from './autosave/useQuietSnapshot';
import { useSaveStatus } from './autosave/useSaveStatus';
import { ImportDocxButton } from './importDocx/ImportDocxButton';
import { OutlinePanel } from './outline/OutlinePanel';
import { useOutline } from './outline/useOutline';
import { useDraftActions } from './useDraftActions';
import { DraftVersionList } from './versions/DraftVersionList';
import { SaveVersionModal } from './versions/SaveVersionModal';
import { useScrollToBlockParam } from '../../lib/useScrollToBlockParam';

const PART_LABELS = { main: '正文', explanation: '起草说明' } as const;

/** One loaded draft (正文 or 起草说明): the page, autosave, the outline and, for 正文, versions and import. */
export function DraftSession({
  draft,
  canEdit,
  lockedReason,
  versions,
}: {
  draft: Draft;
  canEdit: boolean;
  /** Why a user who drafts cannot change the text now (the workflow's lock). */
  lockedReason: string | null;
  versions: VersionSummary[];
}) {
  const { documentId, part } = draft;
  const editorRef = useRef<LexicalEditor | null>(null);
  const readerRef = useRef<BlocksReader | null>(null);
  const [savingVersion, setSavingVersion] = useState(false);
  const windowHeight = useWindowHeight();

  const attachEditor = useCallback((editor: LexicalEditor | null) => {
    editorRef.current = editor;
    if (editor && !readerRef.current) readerRef.current = createBlocksReader(editor);
  }, []);
  useEffect(() => () => readerRef.current?.dispose(), []);
  const readBlocks = useCallback(() => readerRef.current?.read() ?? null, []);

  const autosave = useDraftAutosave({
    documentId,
    part,
    revision: draft.revision,
    updatedAt: draft.updatedAt,
    enabled: canEdit,
    readBlocks,
  });
  // Outline and annotations follow the saved text once typing pauses (see useQuietSnapshot).
  const snapshot = useQuietSnapshot(autosave.saver, draft.blocks);
  const actions = useDraftActions(documentId, part, autosave.saver, editorRef, snapshot.showNow);
  const outline = useOutline(snapshot.blocks);
  const conflict = useSaveStatus(autosave.saver, (status) => status.kind === 'conflict');
  const isMain = part === 'main';
  const annotations = useDraftAnnotations(documentId, snapshot.blocks, snapshot.savedAt);

  // The editor renders again only when what it is given changes: not when the outline, the panels or
  // the save status follow the text (each render of it would also redo its toolbar).
  const { view, threads, setSelection } = annotations;
  const editorPlugins = useMemo(
    () => (isMain ? <DraftAnnotationPlugins annotations={{ view, threads, setSelection }} /> : null),
    [isMain, view, threads, setSelection],
  );

  const jumpTo = useCallback((blockId: string) => {
    if (editorRef.current) scrollToBlock(editorRef.current, blockId);
  }, []);
  // A search hit opens the draft at its block (?block=ID).
  const scrollFromLink = useCallback((blockId: string) => {
    const editor = editorRef.current;
    const element = editor ? getBlockElement(editor, blockId) : null;
    if (!editor || !element) return false;
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight ? true : scrollToBlock(editor, blockId);
  }, []);
  useScrollToBlockParam(scrollFromLink);

  return (
    <Flex gap={16} align="flex-start">
      <div style={{ flex: 1, minWidth: 0 }}>
        {lockedReason && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="文本已锁定"
            description={lockedReason}
          />
        )}
        {conflict && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 12 }}
            title="草稿已在其他窗口中被修改，本窗口的修改未能保存"
            description="为避免互相覆盖，本窗口已停止自动保存。重新载入将显示最新保存的草稿，本窗口中未保存的修改会被放弃（可先复制需要保留的文字）。"
            action={
              <Button danger onClick={() => void actions.reloadAfterConflict()}>
                重新载入草稿
              </Button>
            }
          />
        )}
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Flex justify="space-between" align="center" gap={12} style={{ padding: '8px 12px' }} wrap>
            <SaveStatusText saver={autosave.saver} readOnly={!canEdit} />
            {canEdit && isMain && (
              <Space>
                <ImportDocxButton
                  disabled={conflict}
                  onImport={actions.importDocx}
                  onUndo={actions.undoImport}
                />
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  disabled={conflict}
                  onClick={() => setSavingVersion(true)}
                >
                  保存版本
                </Button>
              </Space>
            )}
          </Flex>
          <DocumentEditor
            initialBlocks={draft.blocks}
            editable={canEdit && !conflict}
            showToolbar={canEdit}
            label={PART_LABELS[part]}
            placeholder={isMain ? '在此起草正文：标题、一、（一）、第一条……' : '在此撰写起草说明……'}
            onTextChange={autosave.change}
            editorRef={attachEditor}
          >
            {editorPlugins}
          </DocumentEditor>
        </Card>
      </div>
      <Card size="small" style={{ width: 320, flex: 'none', position: 'sticky', top: 16 }}>
        <Tabs
          size="small"
          items={[
            {
              key: 'outline',
              label: '大纲',
              children: (
                <OutlinePanel
                  entries={outline}
                  onSelect={jumpTo}
                  height={Math.max(240, windowHeight - 200)}
                />
              ),
            },
            ...(isMain
              ? [
                  {
                    key: 'versions',
                    label: `版本（${versions.length}）`,
                    children: (
                      <div style={{ maxHeight: Math.max(240, windowHeight - 200), overflowY: 'auto' }}>
                        <DraftVersionList
                          documentId={documentId}
                          versions={versions}
                          canRestore={canEdit}
                          onRestore={actions.restore}
                        />
                      </div>
                    ),
                  },
                  {
                    key: 'annotations',
                    label: '批注',
                    children: <DraftAnnotationPane annotations={annotations} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <SaveVersionModal
        open={savingVersion}
        onCancel={() => setSavingVersion(false)}
        onSubmit={async (fields) => {
          await actions.saveVersion(fields);
          setSavingVersion(false);
        }}
      />
    </Flex>
  );
}
