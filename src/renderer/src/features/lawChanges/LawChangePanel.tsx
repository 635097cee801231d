import { Alert, Space, Table, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import type { LawChangeView } from '../../../../shared/api';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { LawChangeImpactView } from './LawChangeImpactView';

/**
 * 上位法变化: the changes of laws recorded on this workstation, each with the issued documents it makes
 * candidates for 即时清理; the change chosen is kept in the address (?change=ID) so links can open it.
 */
export function LawChangePanel() {
  const [params, setParams] = useSearchParams();
  const changes = useApiQuery('laws.changes', {});
  const selected = params.get('change');
  const select = (id: string) => setParams({ tab: 'law-changes', change: id }, { replace: true });
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {changes.isError && <Alert type="error" showIcon title={errorMessage(changes.error)} />}
      <Table<LawChangeView>
        rowKey="id"
        size="small"
        loading={changes.isPending}
        dataSource={changes.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{
          emptyText: '尚无法规变化记录。在法规库中修改法规状态或导入法规变化后，这里列出受影响的文件。',
        }}
        rowClassName={(row) => (row.id === selected ? 'ant-table-row-selected' : '')}
        onRow={(row) => ({ onClick: () => select(row.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '法规名称', dataIndex: 'title', render: (title: string) => `《${title}》` },
          {
            title: '变化',
            dataIndex: 'changeLabel',
            render: (label: string, row) => (
              <Tag color={row.change === 'repealed' ? 'red' : 'orange'}>{label}</Tag>
            ),
          },
          { title: '生效日期', dataIndex: 'changedOn' },
          { title: '记录人', dataIndex: 'recordedByName' },
          {
            title: '涉及文件',
            dataIndex: 'documentCount',
            render: (count: number, row) => (
              <a onClick={() => select(row.id)}>
                {count} 件{row.inForceCount < count ? `（现行有效 ${row.inForceCount} 件）` : ''}
              </a>
            ),
          },
        ]}
      />
      {selected && <LawChangeImpactView changeId={selected} />}
    </Space>
  );
}
