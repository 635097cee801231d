import { describe, expect, it } from 'vitest';
import { basisNote, isOwnLocality, standingOf } from '../../../../src/shared/domain/basisStanding';

describe('the standing of a basis for the office of a locality', () => {
  it('a local rule of the profile’s own place is 本地规定, without a note', () => {
    const shanghaiRule = '上海市行政规范性文件制定和备案规定第二十六条';
    expect(standingOf('L', '上海市', shanghaiRule)).toBe('local');
    expect(basisNote('L', '上海市', shanghaiRule)).toBeNull();
  });

  it('another place’s rule stays 外地做法 with its note, whatever names the origin', () => {
    expect(standingOf('L', '上海市', '地方规定：自公布之日起30日后施行', '鹤壁市规定第二十七条')).toBe(
      'elsewhere',
    );
    expect(basisNote('L', '上海市', '地方规定', '荆州市审核标准')).toBe('依据为外地做法，请按本地规定核实');
  });

  it('without a locality every local rule is 外地做法; statutory and unverified bases keep their standing', () => {
    expect(standingOf('L', '', '上海市行政规范性文件制定和备案规定')).toBe('elsewhere');
    expect(standingOf('P', '上海市', '上海')).toBe('statutory');
    expect(standingOf('M', '上海市', '上海')).toBe('unverified');
  });

  it('matches the place name without its 市/省 suffix, and never on one character', () => {
    expect(isOwnLocality('广东省', '广东省行政规范性文件管理规定')).toBe(true);
    expect(isOwnLocality('深圳市', '深圳市司法局')).toBe(true);
    expect(isOwnLocality('津市', '天津市规定')).toBe(false);
  });
});
