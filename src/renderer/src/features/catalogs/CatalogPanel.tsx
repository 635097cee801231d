import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useApiError } from '../../lib/useApiError';
import { useApiQuery } from '../../lib/useApi';
import { CatalogTable } from './CatalogTable';

type Quarter = 1 | 2 | 3 | 4;
type Format = 'docx' | 'xlsx';

const QUARTER_OPTIONS: { value: Quarter | 0; label: string }[] = [
  { value: 0, label: '全年' },
  { value: 1, label: '第一季度' },
  { value: 2, label: '第二季度' },
  { value: 3, label: '第三季度' },
  { value: 4, label: '第四季度' },
];

/** The years offered: this year and the nine before it. */
function yearOptions(current: number) {
  return Array.from({ length: 10 }, (_, index) => current - index).map((year) => ({
    value: year,
    label: `${year}年`,
  }));
}

/**
 * 规范性文件目录: pick a year and a quarter (or the whole year), see the catalogue as it will be sent,
 * and save it as Word or Excel. Shows when the year's catalogue is due.
 */
export function CatalogPanel({ initialYear }: { initialYear?: number }) {
  const { message } = App.useApp();
  const showError = useApiError();
  const currentYear = dayjs().year();
  const [year, setYear] = useState(initialYear ?? currentYear);
  const [quarter, setQuarter] = useState<Quarter | 0>(0);
  const query = { year, quarter: quarter === 0 ? null : quarter };
  const preview = useApiQuery('catalogs.preview', query);

  const exportCatalog = useMutation({
    mutationFn: (format: Format) => call('catalogs.export', { ...query, format }),
    onSuccess: (file) => {
      downloadFile(file);
      void message.success(`已导出：${file.fileName}`);
    },
    onError: (error) => showError(error),
  });
  const exporting = exportCatalog.isPending ? exportCatalog.variables : null;

  return (
    <Card
      title="规范性文件目录"
      data-testid="catalog-panel"
      extra={
        <Space wrap>
          <Select
            aria-label="年份"
            value={year}
            options={yearOptions(Math.max(currentYear, year))}
            onChange={setYear}
            style={{ width: 110 }}
          />
          <Select
            aria-label="季度"
            value={quarter}
            options={QUARTER_OPTIONS}
            onChange={setQuarter}
            style={{ width: 120 }}
          />
          <Button
            icon={<FileWordOutlined />}
            loading={exporting === 'docx'}
            disabled={exportCatalog.isPending}
            onClick={() => exportCatalog.mutate('docx')}
          >
            导出 Word
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={exporting === 'xlsx'}
            disabled={exportCatalog.isPending}
            onClick={() => exportCatalog.mutate('xlsx')}
          >
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {preview.isError ? (
          <Alert type="error" showIcon title={`目录加载失败：${errorMessage(preview.error)}`} />
        ) : null}
        {preview.data ? (
          <>
            <Typography.Title level={5} style={{ margin: 0, textAlign: 'center' }}>
              {preview.data.title}
            </Typography.Title>
            <Alert type="info" showIcon title={preview.data.annualDueText} data-testid="catalog-due" />
          </>
        ) : null}
        <CatalogTable rows={preview.data?.rows ?? []} loading={preview.isPending} />
      </Space>
    </Card>
  );
}
