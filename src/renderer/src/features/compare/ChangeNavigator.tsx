import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';

/** 上一处 / 下一处 with their shortcuts, and where the reader stands: 第 3 / 41 处. */
export function ChangeNavigator({
  index,
  count,
  onPrevious,
  onNext,
}: {
  index: number | null;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const position = index === null ? `共 ${count} 处` : `第 ${index + 1} / ${count} 处`;
  return (
    <Space size={4} className="nd-cmp-navigator">
      <Tooltip title="上一处（Alt+↑ 或 P）">
        <Button
          icon={<UpOutlined />}
          onClick={onPrevious}
          disabled={count === 0 || index === 0}
          aria-keyshortcuts="Alt+ArrowUp P"
        >
          上一处
        </Button>
      </Tooltip>
      <Tooltip title="下一处（Alt+↓ 或 N）">
        <Button
          icon={<DownOutlined />}
          onClick={onNext}
          disabled={count === 0 || index === count - 1}
          aria-keyshortcuts="Alt+ArrowDown N"
        >
          下一处
        </Button>
      </Tooltip>
      <Typography.Text
        data-testid="change-position"
        style={{ minWidth: 96, display: 'inline-block', textAlign: 'center' }}
      >
        {count === 0 ? '没有变化' : position}
      </Typography.Text>
    </Space>
  );
}
