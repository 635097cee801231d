import { Button, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { DecisionItemView } from '../../../../shared/api';
import { ProcedureTags } from './ProcedureTags';

interface Props {
  items: DecisionItemView[];
  /** Offered when the account may change items and the catalog allows it. */
  onEdit?: (item: DecisionItemView) => void;
  onRemove?: (item: DecisionItemView) => void;
}

/** The catalog's items; removed ones stay listed, struck through, without a 序号. */
export function CatalogItemsTable({ items, onEdit, onRemove }: Props) {
  const columns: TableProps<DecisionItemView>['columns'] = [
    {
      title: '序号',
      key: 'number',
      width: 64,
      align: 'center',
      render: (_value, item) => item.number ?? <Tag>已移出</Tag>,
    },
    {
      title: '事项名称',
      key: 'name',
      render: (_value, item) =>
        item.state === 'removed' ? <Typography.Text delete>{item.name}</Typography.Text> : item.name,
    },
    { title: '决策类型', key: 'type', dataIndex: 'decisionTypeLabel', width: 130 },
    { title: '承办单位', key: 'leadUnit', dataIndex: 'leadUnit', width: 110 },
    { title: '决策依据', key: 'basis', dataIndex: 'basis', width: 160 },
    { title: '计划完成时间', key: 'planned', dataIndex: 'plannedCompletionLabel', width: 120 },
    {
      title: '关联文件与履行程序',
      key: 'document',
      width: 320,
      render: (_value, item) =>
        item.document ? (
          <Space orientation="vertical" size={4}>
            <span>
              <Link to={`/documents/${encodeURIComponent(item.document.id)}`}>{item.document.title}</Link>
              <Typography.Text type="secondary">（{item.document.statusLabel}）</Typography.Text>
            </span>
            <ProcedureTags procedures={item.document.procedures} />
          </Space>
        ) : (
          <Typography.Text type="secondary">未关联</Typography.Text>
        ),
    },
  ];
  if (onEdit || onRemove)
    columns.push({
      title: '操作',
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_value, item) =>
        item.state === 'active' ? (
          <Space size={0}>
            {onEdit && (
              <Button type="link" size="small" onClick={() => onEdit(item)}>
                修改
              </Button>
            )}
            {onRemove && (
              <Button type="link" size="small" danger onClick={() => onRemove(item)}>
                移出
              </Button>
            )}
          </Space>
        ) : null,
    });
  return (
    <Table<DecisionItemView>
      rowKey="id"
      size="small"
      bordered
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 1200 }}
      locale={{ emptyText: '目录中还没有事项' }}
      onRow={(item) => ({
        'data-item': item.name,
        'data-state': item.state,
        style: item.state === 'removed' ? { background: '#fafafa' } : undefined,
      })}
    />
  );
}
