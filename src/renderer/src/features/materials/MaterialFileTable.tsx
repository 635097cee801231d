import { DownloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import type { AttachmentSummary } from '../../../../shared/api';
import { MATERIAL_KIND_LABELS } from '../../../../shared/domain/materials';
import { call } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useApiError } from '../../lib/useApiError';
import { downloadFile } from '../../lib/downloadFile';
import { formatSize } from './materialLabels';
import { WithdrawMaterialModal } from './WithdrawMaterialModal';

interface Props {
  files: AttachmentSummary[];
  canWithdraw: boolean;
}

/** 已提交的材料: every file kept for the document, withdrawn ones struck through with when. */
export function MaterialFileTable({ files, canWithdraw }: Props) {
  const showError = useApiError();
  const [withdrawing, setWithdrawing] = useState<AttachmentSummary | null>(null);
  const download = useMutation({
    mutationFn: (id: string) => call('materials.download', { id }),
    onSuccess: (file) => downloadFile(file),
    onError: (error) => showError(error),
  });

  const columns: TableProps<AttachmentSummary>['columns'] = [
    {
      title: '文件名',
      dataIndex: 'fileName',
      render: (_value, file) => (
        <>
          <Typography.Text delete={file.withdrawnAt !== null}>{file.fileName}</Typography.Text>
          {file.withdrawnAt && (
            <Tag color="default" style={{ marginLeft: 8 }}>
              已于 {formatDateTime(file.withdrawnAt)} 撤回
            </Tag>
          )}
          {file.note && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {file.note}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: '材料类别',
      dataIndex: 'materialKind',
      width: 170,
      render: (_value, file) => MATERIAL_KIND_LABELS[file.materialKind],
    },
    {
      title: '大小',
      dataIndex: 'size',
      width: 90,
      align: 'right',
      render: (_v, file) => formatSize(file.size),
    },
    { title: '上传人', dataIndex: 'createdByName', width: 90 },
    {
      title: '上传时间',
      dataIndex: 'createdAt',
      width: 140,
      render: (_v, file) => formatDateTime(file.createdAt),
    },
    {
      title: 'SHA-256',
      dataIndex: 'sha256',
      width: 170,
      render: (_value, file) => (
        <Tooltip title={file.sha256}>
          <Typography.Text code copyable={{ text: file.sha256, tooltips: ['复制完整 SHA-256', '已复制'] }}>
            {file.sha256.slice(0, 12)}
          </Typography.Text>
        </Tooltip>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_value, file) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            loading={download.isPending && download.variables === file.id}
            onClick={() => download.mutate(file.id)}
          >
            下载
          </Button>
          {canWithdraw && !file.withdrawnAt && file.materialKind !== 'original_import' && (
            <Button
              type="link"
              size="small"
              danger
              icon={<RollbackOutlined />}
              onClick={() => setWithdrawing(file)}
            >
              撤回
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<AttachmentSummary>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={files}
        pagination={false}
        rowClassName={(file) => (file.withdrawnAt ? 'nd-withdrawn' : '')}
        locale={{ emptyText: <Empty description="尚未提交材料" /> }}
      />
      {withdrawing && <WithdrawMaterialModal file={withdrawing} onClose={() => setWithdrawing(null)} />}
    </>
  );
}
