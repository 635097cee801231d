import { ColumnHeightOutlined } from '@ant-design/icons';

/** A folded stretch of unchanged text; a click unfolds it. */
export function GapRow({ count, onOpen }: { count: number; onOpen: () => void }) {
  return (
    <button type="button" className="nd-cmp-gap" onClick={onOpen}>
      <ColumnHeightOutlined /> 此处 {count} 段未变，点击展开
    </button>
  );
}
