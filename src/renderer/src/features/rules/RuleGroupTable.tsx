import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { needsChecking } from './confidence';
import type { RuleGroup, RuleRow } from './ruleRows';
import { SourceBasis } from './SourceBasis';

const columns: TableProps<RuleRow>['columns'] = [
  {
    title: '项目',
    dataIndex: 'item',
    width: 180,
    onCell: (row) => ({ rowSpan: row.span }),
  },
  {
    title: '取值',
    key: 'value',
    width: '38%',
    render: (_value, row) => {
      const unchecked = needsChecking(row.source.confidence);
      return row.lines.map((line) => (
        <div key={line}>
          <Typography.Text type={unchecked ? 'warning' : undefined}>{line}</Typography.Text>
        </div>
      ));
    },
  },
  {
    title: '依据与可信度',
    key: 'source',
    render: (_value, row) => <SourceBasis source={row.source} />,
  },
];

/** One group of rule values (审核期限, 有效期 …) as a small bordered table. */
export function RuleGroupTable({ group }: { group: RuleGroup }) {
  return (
    <section aria-label={group.title} style={{ marginBottom: 24 }}>
      <Typography.Title level={5}>{group.title}</Typography.Title>
      <Table<RuleRow>
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={group.rows}
      />
    </section>
  );
}
