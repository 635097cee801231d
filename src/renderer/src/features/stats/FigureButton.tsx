import { Button } from 'antd';
import type { StatsFigure } from '../../../../shared/api';

/** A count that opens the documents behind it. */
export function FigureButton({
  figure,
  onOpen,
}: {
  figure: StatsFigure;
  onOpen: (figure: StatsFigure) => void;
}) {
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto' }}
      data-testid={`figure-${figure.key}`}
      aria-label={`${figure.label} ${figure.count} 件，查看文件`}
      onClick={() => onOpen(figure)}
    >
      {figure.label} {figure.count} 件
    </Button>
  );
}
