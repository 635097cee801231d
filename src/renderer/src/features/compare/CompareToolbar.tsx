import { SwapOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Switch, Tooltip, Typography } from 'antd';
import type { VersionSummary } from '../../../../shared/api';
import { DRAFT } from './paths';
import { sideTitle, type CompareParamsPatch } from './useCompareParams';

/** The two version pickers (any two versions, or a version and the draft) and the comparison options. */
export function CompareToolbar({
  versions,
  from,
  to,
  ignoreWhitespace,
  normalizeWidth,
  onChange,
}: {
  versions: readonly VersionSummary[];
  from: string;
  /** null: the current draft. */
  to: string | null;
  ignoreWhitespace: boolean;
  normalizeWidth: boolean;
  onChange: (patch: CompareParamsPatch) => void;
}) {
  const options = [...versions]
    .sort((a, b) => b.seq - a.seq)
    .map((version) => ({ value: version.id, label: sideTitle(version) }));
  return (
    <Flex wrap gap={16} align="center">
      <Space size={8} wrap>
        <Typography.Text>原版本</Typography.Text>
        <Select
          aria-label="原版本"
          style={{ width: 220 }}
          value={from}
          options={options.map((option) => ({ ...option, disabled: option.value === to }))}
          onChange={(value: string) => onChange({ from: value })}
        />
        <Tooltip title="交换两侧">
          <Button
            aria-label="交换两侧"
            icon={<SwapOutlined />}
            disabled={to === null}
            onClick={() => to !== null && onChange({ from: to, to: from })}
          />
        </Tooltip>
        <Typography.Text>新版本</Typography.Text>
        <Select
          aria-label="新版本"
          style={{ width: 220 }}
          value={to ?? DRAFT}
          options={[
            { value: DRAFT, label: '当前草稿' },
            ...options.map((option) => ({ ...option, disabled: option.value === from })),
          ]}
          onChange={(value: string) => onChange({ to: value })}
        />
      </Space>
      <Space size={16} wrap>
        <Tooltip title="空格、制表符和换行的差别不算修改">
          <Space size={6}>
            <Switch
              size="small"
              checked={ignoreWhitespace}
              onChange={(checked) => onChange({ ignoreWhitespace: checked })}
              aria-label="忽略空白"
            />
            <Typography.Text>忽略空白</Typography.Text>
          </Space>
        </Tooltip>
        <Tooltip title="全角与半角的标点、数字和字母视为相同，例如“，”与“,”">
          <Space size={6}>
            <Switch
              size="small"
              checked={normalizeWidth}
              onChange={(checked) => onChange({ normalizeWidth: checked })}
              aria-label="全半角视为相同"
            />
            <Typography.Text>全半角视为相同</Typography.Text>
          </Space>
        </Tooltip>
      </Space>
    </Flex>
  );
}
