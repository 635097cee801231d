import { App } from 'antd';
import { call } from '../../api/client';
import { useRulesUpdate } from './useRulesUpdate';

/**
 * Sends one year or several to the server, which validates them (a wrong date is reported by its place
 * in the file). Success refreshes the calendar everywhere, including the deadline calculator.
 */
export function useImportHolidays(onImported?: () => void) {
  const { message } = App.useApp();
  return useRulesUpdate(
    // The server's schema judges the content; the client only made sure it is JSON.
    (file: unknown) => call('rules.importHolidays', { file }),
    (view) => {
      const years = view.importedHolidayYears.join('、');
      void message.success(`节假日安排已导入（本机导入的年份：${years}）`);
      onImported?.();
    },
  );
}
