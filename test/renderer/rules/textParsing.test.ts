import { describe, expect, it } from 'vitest';
import { describeYears, parseDateList } from '../../../src/renderer/src/features/rules/holidayText';
import { parseJsonText } from '../../../src/renderer/src/features/rules/jsonText';

describe('holiday dates as typed', () => {
  it('reads dates and ranges separated by lines, commas and 、, across a month end', () => {
    // 2026 春节: 2月15日至23日放假 (国办发明电〔2025〕7号).
    expect(parseDateList('2026-01-01、2026-01-02\n2026-02-15 至 2026-02-23').dates).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(parseDateList('2026-09-30~2026-10-02').dates).toEqual(['2026-09-30', '2026-10-01', '2026-10-02']);
  });

  it('names each token it cannot read and refuses backwards or overlong ranges', () => {
    const { dates, problems } = parseDateList(
      '2026-2-3, 2026-02-30, 2026-10-07 至 2026-10-01, 2026-01-01 至 2026-03-01',
    );
    expect(dates).toEqual([]);
    expect(problems).toEqual([
      '“2026-2-3”不是有效日期（应为 YYYY-MM-DD，例如 2027-02-06）',
      '“2026-02-30”不是有效日期（应为 YYYY-MM-DD，例如 2027-02-06）',
      '日期范围“2026-10-07~2026-10-01”不正确（应从早到晚，且不超过 31 天）',
      '日期范围“2026-01-01~2026-03-01”不正确（应从早到晚，且不超过 31 天）',
    ]);
  });

  it('summarizes years as ranges', () => {
    expect(describeYears([2006, 2004, 2005, 2027, 2029])).toBe('2004–2006、2027、2029');
    expect(describeYears([])).toBe('');
  });
});

describe('JSON text', () => {
  it('points at the line and column of the first mistake, also where the engine gives no offset', () => {
    expect(parseJsonText('{\n  "year": 2027,\n  "holidays": ["2027-01-01",]\n}')).toEqual({
      ok: false,
      message: '不是有效的 JSON：第 3 行第 29 列附近有格式错误，请检查括号、引号和逗号。',
    });
    const trailing = parseJsonText('{"year": 2027} 多余');
    expect(trailing.ok ? '' : trailing.message).toContain('第 1 行第 16 列');
    expect(parseJsonText('  ')).toEqual({ ok: false, message: '内容为空，不是有效的 JSON。' });
    expect(parseJsonText('[{"year": 2027, "workdays": []}]')).toEqual({
      ok: true,
      value: [{ year: 2027, workdays: [] }],
    });
  });
});
