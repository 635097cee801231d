import { Alert, Descriptions, Drawer, Spin, Typography } from 'antd';
import type { VersionSummary } from '../../../../../shared/api';
import { versionName, versionTitle } from '../../../../../shared/domain/versionName';
import { errorMessage } from '../../../api/client';
import { DocumentEditor } from '../../../editor';
import { formatDateTime } from '../../../lib/format';
import { useApiQuery } from '../../../lib/useApi';

/** A frozen version, shown read-only on the same official page. */
export function VersionPreviewDrawer({ version, onClose }: { version: VersionSummary; onClose: () => void }) {
  const detail = useApiQuery('versions.get', { id: version.id });
  return (
    <Drawer
      open
      onClose={onClose}
      size={920}
      title={versionTitle(version.seq, version.label)}
      destroyOnHidden
      styles={{ body: { padding: 0 } }}
    >
      <Descriptions
        size="small"
        column={2}
        style={{ padding: '12px 24px' }}
        items={[
          { key: 'by', label: '保存人', children: version.createdByName },
          { key: 'at', label: '时间', children: formatDateTime(version.createdAt) },
          { key: 'chars', label: '字数', children: version.charCount },
          {
            key: 'hash',
            label: '内容哈希',
            children: <Typography.Text code>{version.contentHash.slice(0, 16)}</Typography.Text>,
          },
          ...(version.note ? [{ key: 'note', label: '说明', span: 2, children: version.note }] : []),
        ]}
      />
      {detail.isPending && <Spin style={{ display: 'block', margin: 48 }} />}
      {detail.isError && (
        <Alert type="error" showIcon title={errorMessage(detail.error)} style={{ margin: 24 }} />
      )}
      {detail.data && (
        <DocumentEditor
          initialBlocks={detail.data.blocks}
          editable={false}
          showToolbar={false}
          label={`${versionName(version.seq)}正文`}
          placeholder="（本版本没有内容）"
        />
      )}
    </Drawer>
  );
}
