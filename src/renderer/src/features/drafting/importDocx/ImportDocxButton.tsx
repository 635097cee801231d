import { FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef } from 'react';
import { ImportProgressModal } from './ImportProgressModal';
import { useDocxImport, type ImportResult } from './useDocxImport';

const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** "导入 Word": choose a .docx, follow its progress, see the new version or the error. */
export function ImportDocxButton({
  disabled,
  onImport,
  onUndo,
}: {
  disabled?: boolean;
  onImport: (fileName: string, data: string) => Promise<ImportResult>;
  /** Makes the draft what it was before the import (the imported version stays in the history). */
  onUndo: (result: ImportResult) => Promise<void>;
}) {
  const input = useRef<HTMLInputElement>(null);
  const { state, start, reset } = useDocxImport(onImport);
  return (
    <>
      <Button icon={<FileWordOutlined />} disabled={disabled} onClick={() => input.current?.click()}>
        导入 Word
      </Button>
      <input
        ref={input}
        type="file"
        accept={DOCX_TYPES}
        aria-label="选择 Word 文件"
        style={{ display: 'none' }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void start(file);
        }}
      />
      {state && (
        <ImportProgressModal
          state={state}
          onClose={reset}
          onUndo={async (result) => {
            await onUndo(result);
            reset();
          }}
        />
      )}
    </>
  );
}
