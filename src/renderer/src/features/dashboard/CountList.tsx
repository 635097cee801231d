import { List, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface CountRow {
  key: string;
  label: ReactNode;
  count: number | undefined;
  to: string;
}

/** A label per line with its count, each linking to the registry filtered the same way. */
export function CountList({ rows }: { rows: CountRow[] }) {
  return (
    <List
      size="small"
      dataSource={rows}
      renderItem={(row) => (
        <List.Item key={row.key} extra={null}>
          <Link to={row.to} style={{ display: 'flex', width: '100%', justifyContent: 'space-between' }}>
            <span>{row.label}</span>
            {row.count === undefined ? (
              <Skeleton.Button active size="small" />
            ) : (
              <Typography.Text strong type={row.count === 0 ? 'secondary' : undefined}>
                {row.count} 件
              </Typography.Text>
            )}
          </Link>
        </List.Item>
      )}
    />
  );
}
