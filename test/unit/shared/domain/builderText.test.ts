import { describe, expect, it } from 'vitest';
import { findBuilderText } from '../../../../src/shared/domain/builderText';

const kinds = (text: string) => findBuilderText(text).map((hit) => hit.kind);
const matches = (text: string) => findBuilderText(text).map((hit) => hit.match);

describe('findBuilderText', () => {
  it('flags file paths: project folders, file names, Unix and Windows paths', () => {
    expect(matches('依据：法规库（resources/laws/library.json）')).toContain('resources/laws/library.json');
    expect(kinds('见 src/shared/domain/blocks.ts')).toContain('file_path');
    expect(matches('读取 library.json 失败')).toEqual(['library.json']);
    expect(matches('数据目录 /home/user/normdesk 不可写')).toEqual(['/home/user/normdesk']);
    expect(matches('文件 C:\\Users\\张三\\a.docx 已保存')).toContain('C:\\Users\\张三\\a.docx');
    expect(kinds('组件 ReviewChecklist.tsx')).toEqual(['file_path']);
  });

  it('flags section signs, confidence tags and work tags in square brackets', () => {
    expect(findBuilderText('RULES §1.3 [P]')).toEqual([
      { kind: 'section_sign', match: '§1.3' },
      { kind: 'bracket_tag', match: '[P]' },
    ]);
    expect(matches('国办发〔2018〕37号 [M]；深圳市司法局 [L]')).toEqual(['[M]', '[L]']);
    expect(kinds('[TODO] 待补充')).toEqual(['bracket_tag']);
    expect(kinds('依据 § 5')).toEqual(['section_sign']);
  });

  it('flags placeholders and values that were never filled in', () => {
    expect(findBuilderText('关于{title}的通知')).toEqual([{ kind: 'placeholder', match: '{title}' }]);
    expect(matches('共 ${count} 件')).toEqual(['${count}']);
    expect(matches('{{ agencyName }}')).toEqual(['{{ agencyName }}']);
    expect(matches('发文机关：undefined')).toEqual(['undefined']);
    expect(matches('剩余 NaN 个工作日')).toEqual(['NaN']);
    expect(matches('审核人：null')).toEqual(['null']);
    expect(matches('内容：[object Object]')).toContain('[object Object]');
  });

  it('does not flag the ordinary text of an office', () => {
    const office = [
      '【要点】某市某区统计局关于印发〔2018〕37号文件的通知',
      '国办发〔2018〕115号（八）第4项',
      '第一条　（一）统计调查项目；（二）统计调查表。',
      '2026年6月9日　第1页　共3页　- 1 -',
      'GB/T 9704—2012《党政机关公文格式》7.2.5',
      '中华人民共和国行政许可法第十七条',
      '某统字〔2026〕1号　沪统规〔2026〕2号',
      '登录名 zhangsan，角色：审核人员',
      '文件名：关于统计调查的规定（第2版）.docx',
      '“全国通用默认规则”、《中华人民共和国统计法》',
      '100%　3/5　A4　1366 × 768',
    ].join('\n');
    expect(findBuilderText(office)).toEqual([]);
  });
});
