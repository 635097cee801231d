import { DeleteOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Empty, Popconfirm, Table } from 'antd';
import type { TableProps } from 'antd';
import type { LegalBasis } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';

interface Props {
  legalBases: LegalBasis[];
  canEdit: boolean;
}

/** 制定依据: the laws and articles the document rests on, as a structured list. */
export function LegalBasisTable({ legalBases, canEdit }: Props) {
  const { message } = App.useApp();
  const showError = useApiError();
  const remove = useMutation({
    mutationFn: (id: string) => call('legalBases.remove', { id }),
    onSuccess: () => {
      void message.success('已删除该依据');
    },
    onError: (error) => showError(error),
  });

  const columns: TableProps<LegalBasis>['columns'] = [
    { title: '序号', key: 'index', width: 70, render: (_value, _basis, index) => index + 1 },
    { title: '法律法规名称', dataIndex: 'lawTitle', render: (_value, basis) => `《${basis.lawTitle}》` },
    { title: '条款', dataIndex: 'article', width: 160 },
    { title: '说明', dataIndex: 'note', ellipsis: true },
  ];
  if (canEdit) {
    columns.push({
      title: '操作',
      key: 'remove',
      width: 90,
      render: (_value, basis) => (
        <Popconfirm
          title={`删除《${basis.lawTitle}》这条依据？`}
          okText="删除"
          cancelText="取消"
          okButtonProps={{ danger: true }}
          onConfirm={() => remove.mutate(basis.id)}
        >
          <Button type="link" size="small" danger icon={<DeleteOutlined />}>
            删除
          </Button>
        </Popconfirm>
      ),
    });
  }

  return (
    <Table<LegalBasis>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={legalBases}
      pagination={false}
      locale={{ emptyText: <Empty description="尚未填写制定依据" /> }}
    />
  );
}
