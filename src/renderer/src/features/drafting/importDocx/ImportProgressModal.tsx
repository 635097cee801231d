import { Alert, Button, Modal, Progress, Space, Steps } from 'antd';
import { useState } from 'react';
import { versionTitle } from '../../../../../shared/domain/versionName';
import type { ImportResult, ImportStage, ImportState } from './useDocxImport';

const STAGES: { stage: ImportStage; title: string }[] = [
  { stage: 'reading', title: '读取文件' },
  { stage: 'uploading', title: '上传' },
  { stage: 'converting', title: '转换' },
  { stage: 'done', title: '完成' },
];

function currentIndex(state: ImportState): number {
  const stage = state.stage === 'error' ? (state.failedAt ?? 'reading') : state.stage;
  return Math.max(
    0,
    STAGES.findIndex((step) => step.stage === stage),
  );
}

/** Progress of a Word import, then its outcome: the new version and any conversion warnings, or the error. */
export function ImportProgressModal({
  state,
  onClose,
  onUndo,
}: {
  state: ImportState;
  onClose: () => void;
  onUndo: (result: ImportResult) => Promise<void>;
}) {
  const [undoing, setUndoing] = useState(false);
  const finished = state.stage === 'done' || state.stage === 'error';
  const index = currentIndex(state);
  const undoable = state.stage === 'done' && state.result?.undoVersionId ? state.result : null;
  return (
    <Modal
      open
      title={`导入 Word：${state.fileName}`}
      closable={finished}
      maskClosable={false}
      onCancel={onClose}
      footer={
        <Space>
          {undoable && (
            <Button
              loading={undoing}
              onClick={() => {
                setUndoing(true);
                void onUndo(undoable).finally(() => setUndoing(false));
              }}
            >
              撤销导入
            </Button>
          )}
          <Button type="primary" disabled={!finished || undoing} onClick={onClose}>
            {finished ? '关闭' : '请稍候…'}
          </Button>
        </Space>
      }
    >
      <Steps
        size="small"
        current={state.stage === 'done' ? STAGES.length : index}
        status={state.stage === 'error' ? 'error' : state.stage === 'done' ? 'finish' : 'process'}
        items={STAGES.map(({ title }) => ({ title }))}
        style={{ margin: '16px 0' }}
      />
      {state.stage === 'reading' && <Progress percent={state.percent} size="small" />}
      {state.stage === 'error' && <Alert type="error" showIcon title="导入失败" description={state.error} />}
      {state.stage === 'done' && state.result && (
        <>
          <Alert
            type="success"
            showIcon
            title={`已导入为“${versionTitle(state.result.version.seq, state.result.version.label)}”`}
            description="草稿已更新为导入的内容；Word 原件已作为附件保存。“撤销导入”将草稿恢复为导入前的内容，导入的版本仍保留在版本记录中。"
          />
          {state.result.keptVersion && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={`导入前草稿中尚未保存的内容已自动保存为“${versionTitle(state.result.keptVersion.seq, state.result.keptVersion.label)}”`}
            />
          )}
          {state.result.warnings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title="转换提示"
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {state.result.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      )}
    </Modal>
  );
}
