import { Alert, Card, Descriptions, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { BUNDLED_HOLIDAY_SOURCE } from '../../../../shared/domain/calendar/holidayTable';
import { errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { DeadlineCalculator } from './DeadlineCalculator';
import { HolidayFileImport } from './HolidayFileImport';
import { describeYears } from './holidayText';
import { HolidayYearForm } from './HolidayYearForm';

/**
 * 设置 › 节假日: the years the working-day calendar knows, importing the next year's schedule
 * (administrators), and a deadline calculator to check the result.
 */
export function HolidayPanel() {
  const rules = useApiQuery('rules.get', {});
  const isAdmin = useHasRole('admin');

  if (rules.isPending) return <Skeleton active />;
  if (rules.isError) return <Alert type="error" showIcon title={errorMessage(rules.error)} />;
  const { holidayYears, importedHolidayYears } = rules.data;
  const imported = new Set(importedHolidayYears);
  const bundled = holidayYears.filter((year) => !imported.has(year));
  const nextYear = dayjs().year() + 1;
  const missingNext = [nextYear - 1, nextYear].filter((year) => !holidayYears.includes(year));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 140 } }}
        items={[
          {
            key: 'bundled',
            label: '内置节假日数据',
            children: (
              <>
                <Typography.Text strong>{bundled.length > 0 ? describeYears(bundled) : '无'}</Typography.Text>
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                  来源：{BUNDLED_HOLIDAY_SOURCE}
                </Typography.Text>
              </>
            ),
          },
          {
            key: 'imported',
            label: '本机导入',
            children:
              importedHolidayYears.length > 0
                ? importedHolidayYears.map((year) => (
                    <Tag key={year} color="green">
                      {year} 年
                    </Tag>
                  ))
                : '无',
          },
        ]}
      />
      {missingNext.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`尚无 ${missingNext.join('、')} 年的节假日安排`}
          description="跨入这些年份的期限按普通周末推算，可能不准确。国务院办公厅通常在每年年底公布下一年的节假日安排，公布后请在此导入。"
        />
      )}
      {isAdmin ? (
        <Card size="small" title="导入节假日安排">
          <Tabs
            items={[
              { key: 'file', label: '从文件导入', children: <HolidayFileImport /> },
              { key: 'form', label: '逐日填写', children: <HolidayYearForm defaultYear={nextYear} /> },
            ]}
          />
        </Card>
      ) : (
        <Alert type="info" showIcon title="节假日安排只能由管理员导入。" />
      )}
      <Card size="small" title="期限计算">
        <DeadlineCalculator />
      </Card>
    </Space>
  );
}
