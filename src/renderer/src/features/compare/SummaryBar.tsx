import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { CompareResult, CompareSummary } from '../../../../shared/compare';
import { formatMillis } from './labels';

const ORDER: { key: keyof CompareSummary; label: string; color: string }[] = [
  { key: 'added', label: '新增', color: 'green' },
  { key: 'deleted', label: '删除', color: 'red' },
  { key: 'modified', label: '修改', color: 'blue' },
  { key: 'moved', label: '移动', color: 'purple' },
  { key: 'renumbered', label: '仅序号变化', color: 'default' },
];

/** Counts other than articles, e.g. 标题、章节与其他段落：新增 5 · 删除 1; null when nothing changed there. */
function otherText(other: CompareSummary): string | null {
  const parts = ORDER.filter(({ key }) => other[key] > 0).map(({ key, label }) => `${label} ${other[key]}`);
  return parts.length > 0 ? `条文以外的段落：${parts.join(' · ')}` : null;
}

/** 新增 n 条, 删除 n 条, 修改 n 条, 移动 n 条, 仅序号变化 n 条; the other blocks, the flags and the time taken. */
export function SummaryBar({ result, millis }: { result: CompareResult; millis: number }) {
  const other = otherText(result.otherSummary);
  return (
    <Flex wrap gap={8} align="center" className="nd-cmp-summary" role="status" aria-label="比对摘要">
      {ORDER.map(({ key, label, color }) => (
        <Tag key={key} color={color} variant="outlined" data-summary={key} className="nd-cmp-summary-count">
          {`${label} ${result.summary[key]} 条`}
        </Tag>
      ))}
      {other && (
        <Typography.Text type="secondary" data-summary="other">
          {other}
        </Typography.Text>
      )}
      {result.flags.length > 0 && (
        <Tag color="warning" icon={<WarningOutlined />}>
          {`法律效力变化 ${result.flags.length} 处`}
        </Tag>
      )}
      <Typography.Text type="secondary">
        {`插入 ${result.stats.insertedChars} 字，删除 ${result.stats.deletedChars} 字`}
      </Typography.Text>
      <Typography.Text type="secondary" data-summary="millis">
        <ClockCircleOutlined /> {`用时 ${formatMillis(millis)}`}
      </Typography.Text>
    </Flex>
  );
}
