import { Space, Tag, Tooltip } from 'antd';
import type { Signoff } from '../../../../shared/api';

/**
 * Whether a sign-off still holds: the signature checks out against the stored version (有效, otherwise
 * 签名无效), and whether the document has moved on since (已过时).
 */
export function SignoffStatusTags({ signoff }: { signoff: Pick<Signoff, 'valid' | 'stale'> }) {
  return (
    <Space size={4} wrap>
      {signoff.valid ? (
        <Tag color="green">有效</Tag>
      ) : (
        <Tooltip title="签名与所签版本的内容或意见不一致，可能已被篡改。">
          <Tag color="red">签名无效</Tag>
        </Tooltip>
      )}
      {signoff.stale && (
        <Tooltip title="签署后文件已保存了新版本，此意见针对的是较早的文本。">
          <Tag color="orange">已过时（文件已有新版本）</Tag>
        </Tooltip>
      )}
    </Space>
  );
}
