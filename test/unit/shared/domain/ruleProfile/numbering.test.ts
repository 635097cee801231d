import { describe, expect, it } from 'vitest';
import {
  describeNumberFormat,
  docNumberTemplateProblems,
  formatNumber,
  parseNumber,
  seriesScope,
  templateProblems,
} from '../../../../../src/shared/domain/numbering';

describe('formatNumber on the examples of RULES.md §1.8', () => {
  it('杨凌 登记号: 区域简称 + 规 + 〔年份〕 + 3-digit 流水号, no 号', () => {
    expect(formatNumber('{region}规〔{year}〕{seq:3}', { region: '杨管', year: 2012, seq: 1 })).toBe(
      '杨管规〔2012〕001',
    );
    expect(formatNumber('{region}规〔{year}〕{seq:3}', { region: '杨管', year: 2012, seq: 1234 })).toBe(
      '杨管规〔2012〕1234',
    );
  });

  it('惠州 登记号 HFGS—2017—9 and its 发文字号 惠府〔2017〕46号', () => {
    expect(formatNumber('HFGS—{year}—{seq}', { year: 2017, seq: 9 })).toBe('HFGS—2017—9');
    expect(formatNumber('{agencyCode}〔{year}〕{seq}号', { agencyCode: '惠府', year: 2017, seq: 46 })).toBe(
      '惠府〔2017〕46号',
    );
  });

  it('备案字号 ××府规备字〔YYYY〕n号 (沪府办〔2004〕10号 format)', () => {
    expect(formatNumber('{region}府规备字〔{year}〕{seq}号', { region: '徐', year: 2026, seq: 3 })).toBe(
      '徐府规备字〔2026〕3号',
    );
  });

  it('refuses a missing region or agency code instead of printing half a number', () => {
    expect(() => formatNumber('{region}规〔{year}〕{seq:3}', { region: '  ', year: 2026, seq: 1 })).toThrow(
      '编号格式用到了区域简称，但尚未设置',
    );
    expect(() => formatNumber('{agencyCode}〔{year}〕{seq}号', { year: 2026, seq: 1 })).toThrow('机关代字');
    expect(() =>
      formatNumber('{agencyCode}〔{year}〕{seq}号', { agencyCode: '某统字', year: 2026, seq: 0 }),
    ).toThrow('流水号不正确');
  });

  it('refuses a broken template', () => {
    expect(() => formatNumber('{region}规〔{year}〕{sequence}', { year: 2026, seq: 1 })).toThrow(
      '未知的字段',
    );
  });
});

describe('template checks', () => {
  it('names every problem in Chinese', () => {
    expect(templateProblems('{region}规〔{year}〕{seq:3}')).toEqual([]);
    expect(templateProblems('规〔{year}〕')).toEqual(['模板必须包含流水号{seq}']);
    expect(templateProblems('{year:2}{seq}')).toEqual(['只有流水号可以指定位数，“{year:2}”不可以']);
    expect(templateProblems('{year}{seq:9}')).toEqual(['流水号位数应在 1–6 之间']);
    expect(templateProblems('{year{seq}')[0]).toContain('未知的字段');
    expect(templateProblems('{year}}{seq}')).toContain('模板中有多余的“}”');
    expect(templateProblems('{year}{seq')).toContain('模板中的“{”没有对应的“}”');
    expect(templateProblems('{year}{seq}{year}')).toEqual(['同一字段在模板中只能出现一次']);
  });

  it('holds a 发文字号 template to GB/T 9704 7.2.5', () => {
    expect(docNumberTemplateProblems('{agencyCode}〔{year}〕{seq}号')).toEqual([]);
    expect(docNumberTemplateProblems('{agencyCode}[{year}]{seq}号')).toEqual([
      '发文字号的年份应写在六角括号中：〔{year}〕',
    ]);
    expect(docNumberTemplateProblems('{agencyCode}〔{year}〕第{seq}号')).toEqual([
      '发文字号的顺序号前不加“第”字',
    ]);
    expect(docNumberTemplateProblems('{agencyCode}〔{year}〕{seq}')).toEqual(['发文字号应以“{seq}号”结尾']);
    expect(docNumberTemplateProblems('{agencyCode}〔{year}〕{seq:3}号')).toContain(
      '发文字号的顺序号不编虚位（不补零）',
    );
  });
});

describe('parseNumber', () => {
  it('reads the fields back from a formatted number', () => {
    expect(parseNumber('{region}规〔{year}〕{seq:3}', '杨管规〔2012〕001')).toEqual({
      region: '杨管',
      year: 2012,
      seq: 1,
    });
    expect(parseNumber('{agencyCode}〔{year}〕{seq}号', '惠府〔2017〕46号', { agencyCode: '惠府' })).toEqual({
      agencyCode: '惠府',
      year: 2017,
      seq: 46,
    });
  });

  it('refuses numbers that do not fit: another agency, leading zeros, wrong brackets', () => {
    expect(
      parseNumber('{agencyCode}〔{year}〕{seq}号', '惠府〔2017〕46号', { agencyCode: '杨管' }),
    ).toBeNull();
    expect(parseNumber('{agencyCode}〔{year}〕{seq}号', '惠府〔2017〕046号')).toBeNull();
    expect(parseNumber('{agencyCode}〔{year}〕{seq}号', '惠府[2017]46号')).toBeNull();
    expect(parseNumber('{region}规〔{year}〕{seq:3}', '杨管规〔2012〕01')).toBeNull();
  });

  it('round-trips formatNumber for every sequence number up to 1200', () => {
    const template = '{region}规〔{year}〕{seq:3}';
    for (let seq = 1; seq <= 1200; seq += 1) {
      const text = formatNumber(template, { region: '徐', year: 2026, seq });
      expect(parseNumber(template, text, { region: '徐' })).toEqual({ region: '徐', year: 2026, seq });
    }
  });
});

describe('describeNumberFormat: a template in words, never as {placeholders}', () => {
  it('发文字号: 机关代字, 六角括号年份, 顺序号 without padding, 号', () => {
    expect(describeNumberFormat('{agencyCode}〔{year}〕{seq}号', { agencyCode: '区统' }, '顺序号')).toBe(
      '机关代字“区统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位',
    );
  });

  it('登记号 of 杨凌 and 惠州, and a field nobody set', () => {
    expect(describeNumberFormat('{region}规〔{year}〕{seq:3}', { region: '杨管' })).toBe(
      '区域简称“杨管”＋“规”＋六角括号年份＋三位流水号（不足三位前面补零）',
    );
    expect(describeNumberFormat('HFGS—{year}—{seq}')).toBe('“HFGS—”＋四位年份＋“—”＋流水号，流水号不编虚位');
    expect(describeNumberFormat('{region}府规〔{year}〕{seq}号', {})).toBe(
      '区域简称（尚未设置）＋“府规”＋六角括号年份＋流水号＋“号”，流水号不编虚位',
    );
  });

  it('names a broken template instead of describing it', () => {
    expect(describeNumberFormat('{region}规〔{year}〕')).toBe('编号格式有误：模板必须包含流水号{seq}');
  });
});

describe('seriesScope', () => {
  it('fills in the text fields and keeps year and 流水号 as fields: one series per agency and template', () => {
    expect(seriesScope('{agencyCode}〔{year}〕{seq}号', { agencyCode: '区统' })).toBe(
      '区统〔{year}〕{seq}号',
    );
    expect(seriesScope('{region}规〔{year}〕{seq:3}', { region: '区统' })).toBe('区统规〔{year}〕{seq:3}');
    expect(seriesScope('{agencyCode}〔{year}〕{seq}号', { agencyCode: '某统' })).not.toBe(
      seriesScope('{agencyCode}〔{year}〕{seq}号', { agencyCode: '区统' }),
    );
    expect(() => seriesScope('{region}规〔{year}〕{seq:3}', {})).toThrow('区域简称');
  });
});
