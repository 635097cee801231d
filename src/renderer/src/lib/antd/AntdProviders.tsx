import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { z } from 'zod';

dayjs.locale('zh-cn');
// Client-side checks reuse the contract's schemas; their built-in messages should read like the server's.
z.config(z.locales.zhCN());

const THEME = {
  token: {
    fontFamily:
      "-apple-system, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** Two-character labels read '保存', not antd's default '保 存'. */
const BUTTON = { autoInsertSpace: false };

/** Locale, theme and antd's message/modal context: what every antd component needs around it. */
export function AntdProviders({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME} button={BUTTON}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
