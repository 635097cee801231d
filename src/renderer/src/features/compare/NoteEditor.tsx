import { CheckOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Input, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';

type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

/** Typing pauses this long before a 修改说明 is saved; leaving the field saves at once. */
const SAVE_DELAY_MS = 1200;

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  dirty: '未保存',
  saving: '正在保存…',
  saved: '已保存',
  error: '保存失败，离开输入框后重试',
};

/** The 修改说明 of one changed unit, saved by itself while the user types (debounced) and on blur. */
export function NoteEditor({
  noteKey,
  label,
  initial,
  save,
  onError,
  disabled,
}: {
  noteKey: string;
  label: string;
  initial: string;
  save: (noteKey: string, note: string) => Promise<void>;
  onError: (error: unknown) => void;
  disabled: boolean;
}) {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const latest = useRef(initial);
  const saved = useRef(initial);
  /** The last text sent, saved or not: a failed text is not sent again just because the row unmounts. */
  const attempted = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Saves run one after another, so an older text never lands after a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const text = latest.current;
    if (text === saved.current) return;
    attempted.current = text;
    setStatus('saving');
    queue.current = queue.current.then(async () => {
      try {
        await save(noteKey, text);
        saved.current = text;
        setStatus(latest.current === text ? 'saved' : 'dirty');
      } catch (error) {
        setStatus('error');
        onError(error);
      }
    });
  }, [save, noteKey, onError]);

  // A row scrolled out of the virtual list unmounts: keep what was typed.
  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
      if (latest.current !== saved.current && latest.current !== attempted.current) {
        const text = latest.current;
        queue.current = queue.current.then(() => save(noteKey, text)).catch(onError);
      }
    },
    [save, noteKey, onError],
  );

  return (
    <div className="nd-cmp-note">
      <Input.TextArea
        aria-label={`${label}的修改说明`}
        value={value}
        disabled={disabled}
        maxLength={2000}
        rows={2}
        placeholder={disabled ? '（不可填写）' : '填写修改说明，自动保存'}
        onChange={(event) => {
          const text = event.target.value;
          setValue(text);
          latest.current = text;
          setStatus(text === saved.current ? 'saved' : 'dirty');
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
      <Typography.Text
        type={status === 'error' ? 'danger' : 'secondary'}
        className="nd-cmp-note-status"
        aria-live="polite"
      >
        {status === 'saving' && <LoadingOutlined />}
        {status === 'saved' && <CheckOutlined />}
        {status === 'error' && <ExclamationCircleOutlined />} {STATUS_TEXT[status]}
      </Typography.Text>
    </div>
  );
}
