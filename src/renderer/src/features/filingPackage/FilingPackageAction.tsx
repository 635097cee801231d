import { FileZipOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { formatDateTime } from '../../lib/format';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { FilingPackageDialog } from './FilingPackageDialog';

/** 生成备案材料包 on the document's 备案 tab, with the packages built so far to save again. */
export function FilingPackageAction({ documentId }: { documentId: string }) {
  const [open, setOpen] = useState(false);
  const canBuild = useHasRole('drafter', 'reviewer', 'admin');
  const packages = useApiQuery('filingPackages.list', { documentId });
  const showError = useApiError();
  const download = useMutation({
    mutationFn: (id: string) => call('filingPackages.download', { id }),
    onSuccess: (file) => downloadFile(file),
    onError: (error) => showError(error),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canBuild && (
        <Button icon={<FileZipOutlined />} onClick={() => setOpen(true)}>
          生成备案材料包
        </Button>
      )}
      {(packages.data ?? []).length > 0 && (
        <List
          size="small"
          header="已生成的备案材料包"
          dataSource={packages.data}
          renderItem={(built) => (
            <List.Item
              actions={[
                <Button key="save" size="small" onClick={() => download.mutate(built.id)}>
                  保存
                </Button>,
              ]}
            >
              <Space wrap>
                <Typography.Text strong>{built.reportNumber}</Typography.Text>
                <span>报送 {built.recipients.join('、')}</span>
                <Typography.Text type="secondary">
                  {built.builtByName} · {formatDateTime(built.builtAt)}
                </Typography.Text>
                {built.overrideReason && <Tag color="orange">强制生成：{built.overrideReason}</Tag>}
              </Space>
            </List.Item>
          )}
        />
      )}
      {open && <FilingPackageDialog documentId={documentId} onClose={() => setOpen(false)} />}
    </Space>
  );
}
