import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  createLawLibrary,
  lawKey,
  LawLibraryData,
  predecessorOf,
  RenumberingData,
  renumberArticle,
  splitVersionSuffix,
  type LawLibrary,
  type RenumberingTable,
} from '../../../../../src/shared/domain/laws';

const LAWS = join(__dirname, '../../../../../resources/laws');
let data: LawLibraryData;
let renumbering: RenumberingData;
let library: LawLibrary;

beforeAll(() => {
  data = LawLibraryData.parse(JSON.parse(readFileSync(join(LAWS, 'library.json'), 'utf8')));
  renumbering = RenumberingData.parse(JSON.parse(readFileSync(join(LAWS, 'renumbering.json'), 'utf8')));
  library = createLawLibrary(data, renumbering);
});

function table(law: string): RenumberingTable {
  const found = renumbering.tables.find((candidate) => candidate.law === law);
  if (!found) throw new Error(`no table for ${law}`);
  return found;
}

describe('committed library data', () => {
  test('validates, stays small and keys every law with lawKey(title)', () => {
    expect(statSync(join(LAWS, 'library.json')).size).toBeLessThan(3 * 1024 * 1024);
    expect(data.laws.length).toBeGreaterThan(3500);
    const ids = new Set<string>();
    for (const law of data.laws) {
      expect(law.id).toBe(lawKey(law.title));
      expect(ids.has(law.id)).toBe(false);
      ids.add(law.id);
    }
  });

  test('RULES §8.5: every repealed instrument names a replacement that is in the library', () => {
    for (const title of [
      '中华人民共和国统计法实施细则',
      '法规规章备案条例',
      '中华人民共和国行政监察法',
      '中国共产党党内法规和规范性文件备案规定',
      '国家行政机关公文格式',
      '国家行政机关公文处理办法',
      '中国共产党机关公文处理条例',
    ]) {
      const law = library.find(title)?.law;
      expect(law?.status, title).toBe('已废止');
      expect(library.replacement(law!)?.status, title).toBe('有效');
    }
  });

  test('a repeal found in another law outranks a stale "in force" flag, unless a newer text was enacted', () => {
    // 个体工商户条例 was repealed by 促进个体工商户发展条例 (2022); the database still says in force.
    expect(library.find('个体工商户条例')?.law).toMatchObject({
      status: '已废止',
      supersededBy: '促进个体工商户发展条例',
    });
    expect(library.find('印花税暂行条例')?.law.status).toBe('已废止');
    // 国家安全法 1993 became 反间谍法 in 2014; the present 国家安全法 dates from 2015.
    expect(library.find('中华人民共和国国家安全法')?.law.status).toBe('有效');
    // A law "repealed" by a new text of the same name is in force in that text.
    expect(library.find('上海市老年人权益保障条例')?.law.status).toBe('有效');
  });

  test('统计法 carries its version history from RULES §8.1', () => {
    const law = library.find('中华人民共和国统计法')?.law;
    expect(law?.versions?.map((version) => version.date)).toEqual([
      '1983-12-08',
      '1996-05-15',
      '2009-06-27',
      '2024-09-13',
    ]);
    expect(law?.status).toBe('有效');
  });
});

describe('finding a cited title', () => {
  test('with or without 中华人民共和国, with 《》, by short title and by alias', () => {
    const full = library.find('《中华人民共和国统计法实施条例》');
    expect(full).toMatchObject({ matchedBy: 'title', law: { title: '中华人民共和国统计法实施条例' } });
    expect(library.find('统计法实施条例')?.law).toBe(full?.law);
    expect(library.find('国务院令第681号')).toMatchObject({ matchedBy: 'alias', law: full?.law });
    expect(library.find('GB/T 9704—2012')?.law.title).toBe('党政机关公文格式');
    expect(library.find('GB/T9704-1999')?.law.title).toBe('国家行政机关公文格式');
  });

  test('inner titles in 〈〉 or 《》 and full- or half-width brackets match the same law', () => {
    const a = library.find('北京市实施〈中华人民共和国水法〉办法');
    expect(a).not.toBeNull();
    expect(library.find('北京市实施《中华人民共和国水法》办法')?.law).toBe(a?.law);
    expect(library.find('北京市实施〈水法〉办法')?.law).toBe(a?.law);
    expect(library.find('人民检察院刑事诉讼规则(试行)')?.law.title).toBe('人民检察院刑事诉讼规则（试行）');
  });

  test('a version suffix is read and the law still found; titles that end in a year keep it', () => {
    const cited = library.find('中华人民共和国行政处罚法（2017年修正）');
    expect(cited?.law.title).toBe('中华人民共和国行政处罚法');
    expect(cited?.version).toMatchObject({ year: 2017, kind: '修正' });
    expect(library.find('立法法(2015-03-15)')?.version?.date).toBe('2015-03-15');
    expect(library.find('中华人民共和国宪法修正案（1988年）')).toMatchObject({
      version: null,
      matchedBy: 'title',
    });
    expect(splitVersionSuffix('统计法（2009年修订）')).toMatchObject({
      base: '统计法',
      version: { year: 2009 },
    });
  });

  test('an unknown title is not guessed', () => {
    expect(library.find('某区统计报表报送管理办法')).toBeNull();
    expect(library.find('统计')).toBeNull();
  });
});

describe('renumbering', () => {
  test('统计法 2009 → 2024 follows RULES §8.1', () => {
    const statistics = table('中华人民共和国统计法');
    expect(library.renumberingTables(library.find('统计法')!.law)).toEqual([statistics]);
    const expected: [number, number][] = [
      [5, 5],
      [6, 7],
      [7, 8],
      [8, 10],
      [17, 19],
      [18, 21],
      [37, 40],
      [38, 41],
      [41, 44],
      [42, 45],
      [50, 53],
    ];
    for (const [from, to] of expected) expect(renumberArticle(statistics, from)?.newArticle).toBe(to);
    expect(renumberArticle(statistics, 41)?.note).toContain('10万元以下');
    expect(statistics.added).toEqual([6, 9, 20]);
    expect(predecessorOf(statistics, 41)).toBe(38);
    expect(renumberArticle(statistics, 51)).toBeUndefined();
  });

  test('tables computed from the corpus pairs agree with the articles RULES names', () => {
    // RULES §8.5: 立法法 filing article is now 第一百零九条 (2015: 第九十八条); 行政复议法 附带审查 now 第十三条.
    expect(renumberArticle(table('中华人民共和国立法法'), 98)?.newArticle).toBe(109);
    expect(renumberArticle(table('中华人民共和国行政复议法'), 7)?.newArticle).toBe(13);
    // 其他规范性文件不得设定行政处罚: 2017 第十四条 → 2021 第十六条.
    expect(renumberArticle(table('中华人民共和国行政处罚法'), 14)?.newArticle).toBe(16);
    for (const computed of renumbering.tables.filter((candidate) => candidate.computed)) {
      const targets = Object.values(computed.articles);
      expect(new Set(targets).size).toBe(targets.length);
      expect([...targets].sort((a, b) => a - b)).toEqual(targets);
    }
  });
});
