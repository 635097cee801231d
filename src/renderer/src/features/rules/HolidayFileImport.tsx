import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useApiError } from '../../lib/useApiError';
import { invalidInputIssues } from './invalidInput';
import { IssueList } from './IssueList';
import { parseJsonText } from './jsonText';
import { useImportHolidays } from './useImportHolidays';

const EXAMPLE = `{
  "year": 2027,
  "holidays": ["2027-01-01", "2027-02-06", "…"],
  "workdays": ["2027-02-14", "…"]
}`;

/** 从文件导入: one year's schedule, or a list of years, as a small JSON file. */
export function HolidayFileImport() {
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const showError = useApiError();
  const importing = useImportHolidays();

  const read = async (file: File) => {
    importing.reset();
    const parsed = parseJsonText(await file.text());
    if (!parsed.ok) {
      setFileError(`文件“${file.name}”无法导入：${parsed.message}`);
      return;
    }
    setFileError(null);
    importing.mutate(parsed.value, {
      onError: (error) => {
        if (!invalidInputIssues(error)) showError(error);
      },
    });
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        按国务院办公厅关于部分节假日安排的通知，把放假日期（holidays）和调休上班日期（workdays）写成 JSON
        文件；一个文件可以是一年，也可以是多年组成的列表。导入的年份会替换同一年已有的数据。
      </Typography.Paragraph>
      <pre style={{ background: '#fafafa', padding: 8, fontSize: 12, margin: '0 0 12px' }}>{EXAMPLE}</pre>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label="节假日安排文件"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <Button icon={<UploadOutlined />} loading={importing.isPending} onClick={() => input.current?.click()}>
        选择 JSON 文件导入
      </Button>
      <div style={{ marginTop: 12 }}>
        {fileError && <Alert type="error" showIcon role="alert" title={fileError} />}
        <IssueList issues={invalidInputIssues(importing.error)} inputField="file" title="节假日安排未导入" />
      </div>
    </>
  );
}
