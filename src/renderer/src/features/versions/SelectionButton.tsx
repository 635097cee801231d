import { CommentOutlined } from '@ant-design/icons';
import { Button } from 'antd';

interface Props {
  top: number;
  left: number;
  onClick: () => void;
}

/** The small 批注 button that appears under a selection in the text. */
export function SelectionButton({ top, left, onClick }: Props) {
  return (
    <Button
      size="small"
      type="primary"
      icon={<CommentOutlined />}
      aria-label="为所选文字添加批注"
      style={{ position: 'absolute', top, left, zIndex: 10, boxShadow: '0 2px 8px rgba(0,0,0,0.2)' }}
      // Keep the selection: a mousedown on a button would otherwise clear it in some browsers.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      批注
    </Button>
  );
}
