import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, fail, installBridge, signedInChannels } from '../support/fakeBridge';
import { typeInto } from '../support/forms';
import { renderApp } from '../support/renderApp';
import { rulesView } from './fixtures';

/** 国务院办公厅关于2026年部分节假日安排的通知, as an administrator would type the next year's one. */
const YEAR_2027 = {
  year: 2027,
  holidays: ['2027-01-01', '2027-02-06', '2027-02-07'],
  workdays: ['2027-02-14'],
};

async function openHolidays(account = ADMIN) {
  const bridge = installBridge({ ...signedInChannels(account), 'rules.get': rulesView() });
  renderApp('/settings?tab=holidays');
  await screen.findByText('内置节假日数据');
  return bridge;
}

function chooseFile(contents: string, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file][aria-label="节假日安排文件"]');
  if (!input) throw new Error('no holiday file input');
  fireEvent.change(input, { target: { files: [new File([contents], name, { type: 'application/json' })] } });
}

describe('设置 › 节假日', { timeout: 40_000 }, () => {
  it('lists the bundled years and warns about the years without data', async () => {
    await openHolidays();
    expect(screen.getByText('2004–2026')).toBeTruthy();
    const nextYear = String(new Date().getFullYear() + 1);
    expect(screen.getByText(/^尚无 .* 年的节假日安排$/).textContent).toContain(nextYear);
  });

  it('refuses a file that is not JSON with a Chinese message, without calling the server', async () => {
    const bridge = await openHolidays();
    chooseFile('{"year": 2027, "holidays": ["2027-01-01",]}', '2027节假日.json');
    const alert = await screen.findByText(
      /文件“2027节假日.json”无法导入：不是有效的 JSON：第 1 行第 \d+ 列附近有格式错误/,
    );
    expect(alert).toBeTruthy();
    expect(bridge.inputsOf('rules.importHolidays')).toHaveLength(0);
  });

  it('sends a valid file as parsed and shows the server’s issues by place', async () => {
    const bridge = await openHolidays();
    bridge.set({
      'rules.importHolidays': fail('INVALID_INPUT', undefined, [
        'file.0.workdays.0：调休上班日 2027-02-15 应为周六或周日（工作日本来就上班）',
      ]),
    });
    const wrong = { ...YEAR_2027, workdays: ['2027-02-15'] };
    chooseFile(JSON.stringify(wrong), '2027.json');
    expect(await screen.findByText('节假日安排未导入（1 处问题）')).toBeTruthy();
    expect(
      screen.getByText(
        '第 1 项 › 调休上班日期 › 第 1 项：调休上班日 2027-02-15 应为周六或周日（工作日本来就上班）',
      ),
    ).toBeTruthy();
    expect(bridge.inputsOf('rules.importHolidays')).toEqual([{ file: wrong }]);

    bridge.set({
      'rules.importHolidays': rulesView({
        holidayYears: [...rulesView().holidayYears, 2027],
        importedHolidayYears: [2027],
      }),
    });
    chooseFile(JSON.stringify(YEAR_2027), '2027.json');
    expect(await screen.findByText('2027 年')).toBeTruthy();
    expect(screen.queryByText('节假日安排未导入（1 处问题）')).toBeNull();
  });

  it('expands typed date ranges into the days of the year', async () => {
    const bridge = await openHolidays();
    bridge.set({ 'rules.importHolidays': rulesView({ importedHolidayYears: [2027] }) });
    fireEvent.click(screen.getByRole('tab', { name: '逐日填写' }));
    typeInto('年份', '2027');
    typeInto('放假日期', '2027-01-01\n2027-02-05 至 2027-02-07，2027-02-01');
    typeInto('调休上班日期', '2027-02-14');
    fireEvent.click(screen.getByRole('button', { name: /保存该年节假日安排/ }));
    await waitFor(() => expect(bridge.inputsOf('rules.importHolidays')).toHaveLength(1));
    expect(bridge.inputsOf('rules.importHolidays')[0]).toEqual({
      file: {
        year: 2027,
        holidays: ['2027-01-01', '2027-02-01', '2027-02-05', '2027-02-06', '2027-02-07'],
        workdays: ['2027-02-14'],
      },
    });
  });

  it('points at a mistyped date before anything is sent', async () => {
    const bridge = await openHolidays();
    fireEvent.click(screen.getByRole('tab', { name: '逐日填写' }));
    typeInto('放假日期', '2027-02-30');
    expect(
      await screen.findByText('“2027-02-30”不是有效日期（应为 YYYY-MM-DD，例如 2027-02-06）'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /保存该年节假日安排/ }));
    expect(bridge.inputsOf('rules.importHolidays')).toHaveLength(0);
  });

  it('shows the due date and the warning for a year without holiday data', async () => {
    const bridge = await openHolidays({ ...ADMIN, roles: ['reviewer'] });
    expect(screen.getByText('节假日安排只能由管理员导入。')).toBeTruthy();
    bridge.set({
      'calendar.deadline': {
        due: '2027-01-13',
        warnings: [
          {
            code: 'HOLIDAY_DATA_MISSING',
            year: 2027,
            message: '2027 年的节假日安排尚未导入，截止日按普通工作日推算，可能不准确。',
          },
        ],
      },
    });
    fireEvent.click(screen.getByRole('button', { name: /计算截止日/ }));
    const due = await screen.findByTestId('deadline-due');
    expect(due.textContent).toBe('2027-01-13');
    expect(due.parentElement?.textContent).toContain('星期三');
    expect(
      screen.getByText('2027 年的节假日安排尚未导入，截止日按普通工作日推算，可能不准确。'),
    ).toBeTruthy();
    const [input] = bridge.inputsOf('calendar.deadline') as { count: number; unit: string }[];
    expect(input).toMatchObject({ count: 15, unit: 'working' });
    expect(
      within(document.body).queryByText('按工作日计算，起算日不计入，不含休息日和法定节假日。'),
    ).toBeTruthy();
  });

  it('asks for at least one day when counting calendar days', async () => {
    const bridge = await openHolidays();
    fireEvent.click(screen.getByRole('radio', { name: '自然日' }));
    typeInto('期限', '0');
    fireEvent.click(screen.getByRole('button', { name: /计算截止日/ }));
    expect(await screen.findByText('按自然日计算时至少为 1 日')).toBeTruthy();
    expect(bridge.inputsOf('calendar.deadline')).toHaveLength(0);
  });
});
