import { Button, Empty, Flex, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { VersionSummary } from '../../../../../shared/api';
import { versionTitle } from '../../../../../shared/domain/versionName';
import { formatDateTime } from '../../../lib/format';
import { versionPath } from '../../versions';
import { VersionPreviewDrawer } from './VersionPreviewDrawer';

/**
 * The document's versions, newest first: a quick look on the page, the version page (to annotate it),
 * or make it the working draft again.
 */
export function DraftVersionList({
  documentId,
  versions,
  canRestore,
  onRestore,
}: {
  documentId: string;
  versions: VersionSummary[];
  canRestore: boolean;
  onRestore: (version: VersionSummary) => Promise<void>;
}) {
  const [viewing, setViewing] = useState<VersionSummary | null>(null);
  const [restoring, setRestoring] = useState<string | null>(null);
  if (versions.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无版本：写好草稿后点击“保存版本”" />;
  }
  const newestFirst = [...versions].sort((a, b) => b.seq - a.seq);
  const restore = async (version: VersionSummary) => {
    setRestoring(version.id);
    try {
      await onRestore(version);
    } finally {
      setRestoring(null);
    }
  };
  return (
    <>
      <Flex vertical gap={8} role="list" aria-label="版本列表">
        {newestFirst.map((version) => (
          <div
            key={version.id}
            role="listitem"
            aria-label={versionTitle(version.seq, version.label)}
            style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '8px 12px' }}
          >
            <Typography.Text strong>{versionTitle(version.seq, version.label)}</Typography.Text>
            <div style={{ color: 'rgba(0,0,0,0.55)', fontSize: 12, margin: '2px 0 6px' }}>
              {version.createdByName} · {formatDateTime(version.createdAt)} · {version.charCount} 字
              {version.note && <div title={version.note}>{version.note}</div>}
            </div>
            <Space size={4}>
              <Button size="small" onClick={() => setViewing(version)}>
                查看
              </Button>
              <Link to={versionPath(documentId, version.id)}>
                <Button size="small" type="link">
                  批注
                </Button>
              </Link>
              {canRestore && (
                <Popconfirm
                  title="恢复为草稿"
                  description="当前草稿将被该版本的内容替换（已保存的版本不受影响）。确定恢复吗？"
                  okText="恢复"
                  cancelText="取消"
                  onConfirm={() => void restore(version)}
                >
                  <Button size="small" loading={restoring === version.id}>
                    恢复为草稿
                  </Button>
                </Popconfirm>
              )}
            </Space>
          </div>
        ))}
      </Flex>
      {viewing && <VersionPreviewDrawer version={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
