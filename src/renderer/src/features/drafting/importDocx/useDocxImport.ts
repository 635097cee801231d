import { useCallback, useRef, useState } from 'react';
import type { ChannelOutput } from '../../../../../shared/api';
import { errorMessage } from '../../../api/client';
import { readFileAsBase64 } from '../../../lib/readFileAsBase64';

export type ImportResult = ChannelOutput<'imports.docx'>;

export type ImportStage = 'reading' | 'uploading' | 'converting' | 'done' | 'error';

export interface ImportState {
  fileName: string;
  stage: ImportStage;
  /** Reading progress (the transports report none for the upload itself). */
  percent: number;
  result?: ImportResult;
  error?: string;
  /** The stage that failed. */
  failedAt?: ImportStage;
}

/** Assumed local transfer speed for switching from 上传 to 转换: neither transport reports upload progress. */
const BYTES_PER_MS = 20_000;

/** Runs one Word import through its stages: read the file, upload it, let the server convert it. */
export function useDocxImport(importFile: (fileName: string, data: string) => Promise<ImportResult>): {
  state: ImportState | null;
  start: (file: File) => Promise<void>;
  reset: () => void;
} {
  const [state, setState] = useState<ImportState | null>(null);
  const running = useRef(false);

  const start = useCallback(
    async (file: File) => {
      if (running.current) return;
      running.current = true;
      const base: ImportState = { fileName: file.name, stage: 'reading', percent: 0 };
      setState(base);
      let stage: ImportStage = 'reading';
      let switchTimer: ReturnType<typeof setTimeout> | undefined;
      try {
        const data = await readFileAsBase64(file, (percent) => setState({ ...base, percent }));
        stage = 'uploading';
        setState({ ...base, stage, percent: 100 });
        switchTimer = setTimeout(
          () => {
            stage = 'converting';
            setState({ ...base, stage, percent: 100 });
          },
          Math.max(150, data.length / BYTES_PER_MS),
        );
        const result = await importFile(file.name, data);
        setState({ ...base, stage: 'done', percent: 100, result });
      } catch (error) {
        setState({ ...base, stage: 'error', percent: 100, error: errorMessage(error), failedAt: stage });
      } finally {
        clearTimeout(switchTimer);
        running.current = false;
      }
    },
    [importFile],
  );

  const reset = useCallback(() => setState(null), []);
  return { state, start, reset };
}
