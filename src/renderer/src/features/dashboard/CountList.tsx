import { Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface CountRow {
  key: string;
  label: ReactNode;
  count: number | undefined;
  to: string;
}

const ROW_STYLE = {
  display: 'flex',
  justifyContent: 'space-between',
  alignItems: 'center',
  padding: '8px 4px',
  borderBottom: '1px solid #f0f0f0',
};

/** A label per line with its count, each linking to the registry filtered the same way. */
export function CountList({ rows }: { rows: CountRow[] }) {
  return (
    <div>
      {rows.map((row) => (
        <Link key={row.key} to={row.to} style={ROW_STYLE}>
          <span>{row.label}</span>
          {row.count === undefined ? (
            <Skeleton.Button active size="small" />
          ) : (
            <Typography.Text strong type={row.count === 0 ? 'secondary' : undefined}>
              {row.count} 件
            </Typography.Text>
          )}
        </Link>
      ))}
    </div>
  );
}
