import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatChineseNumber,
  parseChineseNumber,
} from '../../../../src/shared/domain/structure/chineseNumerals';

describe('Chinese numerals of legal numbering', () => {
  test.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百', 100],
    ['一百零九', 109],
    ['一百一十', 110],
    ['一百十', 110],
    ['二百三十', 230],
    ['一千二百六十', 1260],
    ['一千零五', 1005],
    ['两千', 2000],
    ['一万零一十', 10010],
    ['〇', 0],
    ['一〇五', 105],
    ['12', 12],
    ['１２', 12],
  ])('%s reads as %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  test.each(['', '条', '十十', '三三十', '零十', '百一', '一万万'])('%j is not a numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  test.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [109, '一百零九'],
    [110, '一百一十'],
    [230, '二百三十'],
    [1260, '一千二百六十'],
    [1005, '一千零五'],
    [10010, '一万零一十'],
    [100000, '十万'],
  ])('%i is written %s', (value, text) => {
    expect(formatChineseNumber(value)).toBe(text);
  });

  test('writing then reading gives the number back (0 … 99 999 999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (value) => {
        expect(parseChineseNumber(formatChineseNumber(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  test('numbers out of range are refused', () => {
    expect(() => formatChineseNumber(-1)).toThrow(RangeError);
    expect(() => formatChineseNumber(1.5)).toThrow(RangeError);
    expect(() => formatChineseNumber(100_000_000)).toThrow(RangeError);
  });
});
