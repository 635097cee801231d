import { CheckCircleOutlined, ExclamationCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import dayjs from 'dayjs';
import type { DraftSaver, SaveStatus } from './draftSaver';
import { useSaveStatus } from './useSaveStatus';

function time(iso: string): string {
  return dayjs(iso).format('HH:mm:ss');
}

const SAVING: SaveStatus = { kind: 'saving' };

/**
 * Pending and saving look the same: both are shown as SAVING, so the line renders again only when what
 * it shows changes. While the editor has the focus, every React commit costs a walk over the editor's
 * whole text (React notes the selection of a focused contenteditable before each commit).
 */
function shown(status: SaveStatus): SaveStatus {
  return status.kind === 'pending' || status.kind === 'saving' ? SAVING : status;
}

/** The autosave status line: 已保存 HH:mm:ss, 正在保存…, or what went wrong. */
export function SaveStatusText({ saver, readOnly }: { saver: DraftSaver; readOnly: boolean }) {
  const status = useSaveStatus(saver, shown);
  let content: React.ReactNode;
  switch (status.kind) {
    case 'loaded':
      content = readOnly
        ? '只读'
        : status.updatedAt
          ? `草稿上次保存于 ${dayjs(status.updatedAt).format('YYYY-MM-DD HH:mm:ss')}`
          : '修改将自动保存';
      break;
    case 'pending':
    case 'saving':
      // A still icon: a spinning one costs the page a style recalculation and a frame 60 times a second
      // for as long as typing goes on (the line says 正在保存 most of that time).
      content = (
        <>
          <SyncOutlined /> 正在保存…
        </>
      );
      break;
    case 'saved':
      content = (
        <>
          <CheckCircleOutlined style={{ color: '#52c41a' }} /> 已保存 {time(status.at)}
        </>
      );
      break;
    case 'failed':
      content = (
        <Typography.Text type="danger">
          <ExclamationCircleOutlined /> 保存失败：{status.message}（将自动重试）
        </Typography.Text>
      );
      break;
    case 'conflict':
      content = (
        <Typography.Text type="danger">
          <ExclamationCircleOutlined /> 未保存：草稿已在其他窗口中被修改
        </Typography.Text>
      );
      break;
  }
  return (
    <Typography.Text type="secondary" role="status" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
      {content}
    </Typography.Text>
  );
}
