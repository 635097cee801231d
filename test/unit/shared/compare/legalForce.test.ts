import { describe, expect, test } from 'vitest';
import { compareVersions, type CompareResult } from '../../../../src/shared/compare';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { corpusBlocks, corpusText } from '../../../support/corpus';

function comparePair(oldFile: string, newFile: string): CompareResult {
  return compareVersions(
    corpusBlocks(`pairs/norm/${oldFile}.txt`, 'a'),
    corpusBlocks(`pairs/norm/${newFile}.txt`, 'b'),
  );
}

function blocks(lines: readonly string[], prefix: string) {
  let next = 0;
  return plainTextToBlocks(lines.join('\n'), { nextId: () => `${prefix}${++next}` });
}

/** Lines `from` … `to` (1-based, inclusive) of a corpus text. */
function corpusLines(file: string, from: number, to: number): string[] {
  return corpusText(`pairs/norm/${file}.txt`)
    .split('\n')
    .slice(from - 1, to);
}

/** The index of the article unit with this label in the new version (or the old one, for a deleted one). */
function unitOf(result: CompareResult, label: string, version: 'old' | 'new' = 'new'): number {
  const index = result.units.findIndex(
    (unit) => unit.isArticle && (version === 'new' ? unit.newLabel : unit.oldLabel) === label,
  );
  if (index < 0) throw new Error(`no article ${label}`);
  return index;
}

function messagesOf(result: CompareResult, label: string, version: 'old' | 'new' = 'new'): string[] {
  const unit = unitOf(result, label, version);
  return result.flags.filter((flag) => flag.unit === unit).map((flag) => flag.message);
}

describe('行政处罚法 2017 → 2021', () => {
  const result = comparePair('xingzhengchufafa_2017', 'xingzhengchufafa_2021');

  test('必须 → 应当, the fines raised, the hearing request period lengthened', () => {
    // 执法人员当场作出的行政处罚决定，必须 → 应当报所属行政机关备案。
    expect(messagesOf(result, '第五十二条')).toEqual(['第五十二条：“必须”改为“应当”']);
    // 对公民处以五十元 → 二百元以下、对法人或者其他组织处以一千元 → 三千元以下罚款; the sentence on
    // performing the decision (当事人应当依照本法…履行行政处罚决定) was struck out.
    expect(messagesOf(result, '第五十一条')).toEqual([
      '第五十一条：删除“应当”',
      '第五十一条：金额“五十元”“一千元”改为“二百元”“三千元”',
      '第五十一条：许可/处罚/强制/收费用语删除“处罚”',
    ]);
    // 当事人要求听证的，应当在行政机关告知后三日内 → 五日内提出。
    expect(messagesOf(result, '第六十四条')).toContain('第六十四条：期限“三日”改为“五日”');
    expect(messagesOf(result, '第六十八条')).toEqual(['第六十八条：金额“二十元”改为“一百元”']);
  });

  test('repeated words are counted once, with how many times', () => {
    // A new 款 on 补充设定行政处罚: 可以 once, 应当 twice, 处罚 four times.
    expect(messagesOf(result, '第十一条')).toEqual([
      '第十一条：增加“可以”“应当”×2',
      '第十一条：许可/处罚/强制/收费用语增加“处罚”×4',
    ]);
  });

  test('a new article is one flag naming its distinct terms', () => {
    const unit = unitOf(result, '第四十一条');
    const flags = result.flags.filter((flag) => flag.unit === unit);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      scope: 'added',
      categories: ['modal', 'power'],
      removed: [],
      added: ['应当', '不得', '处罚'],
      message: '第四十一条：新增条文，含“应当”“不得”“处罚”',
    });
  });

  test('a deleted article is one flag, under its old number', () => {
    // 违法行为构成犯罪的，行政机关必须将案件移送司法机关 (2021: 第二十七条, rewritten).
    expect(messagesOf(result, '第二十二条', 'old')).toEqual(['原第二十二条：删除条文，含“必须”']);
  });

  test('whole added or deleted articles never get more than one flag each', () => {
    const perUnit = new Map<number, number>();
    for (const flag of result.flags) {
      const kind = result.units[flag.unit]?.kind;
      expect(flag.scope).toBe(kind === 'added' || kind === 'deleted' ? kind : 'edited');
      perUnit.set(flag.unit, (perUnit.get(flag.unit) ?? 0) + 1);
    }
    for (const [unit, count] of perUnit) {
      if (result.units[unit]?.kind === 'added' || result.units[unit]?.kind === 'deleted')
        expect(count).toBe(1);
    }
    expect(result.flags.filter((flag) => flag.scope === 'added')).toHaveLength(27);
  });

  test('renumbered-only articles have no flag', () => {
    // 第十五条 → 第十七条 and 第五十条 → 第七十一条, same words.
    expect(messagesOf(result, '第十七条')).toEqual([]);
    expect(messagesOf(result, '第七十一条')).toEqual([]);
  });
});

describe('公司法 2018 → 2023', () => {
  const result = comparePair('gongsifa_2018', 'gongsifa_2023');

  test('可以 → 应当 and a fine raised', () => {
    // 公司债券，可以为记名债券，也可以为无记名债券 → 公司债券应当为记名债券。
    expect(messagesOf(result, '第一百九十七条')).toEqual(['第一百九十七条：“可以”×2改为“应当”']);
    // 五万元以上五十万元 → 二百万元以下的罚款, and a new fine for the persons responsible.
    expect(messagesOf(result, '第二百五十条')).toEqual([
      '第二百五十条：金额“五十万元”改为“二百万元”“三万元”“三十万元”',
      '第二百五十条：许可/处罚/强制/收费用语增加“罚款”',
    ]);
  });

  test('an article moved without edits has no flag; one moved and edited is flagged for the edit', () => {
    const moved = result.units[unitOf(result, '第十二条')];
    expect(moved).toMatchObject({ kind: 'moved', edited: false, oldLabel: '第九条' });
    expect(messagesOf(result, '第十二条')).toEqual([]);
    // 第一百五十条 → 第八十条: 董事、高级管理人员应当列席 → 监事会可以要求…提交执行职务的报告. The
    // sentence was rewritten, not one word put for another: 删除 and 增加, not 改为.
    expect(result.units[unitOf(result, '第八十条')]).toMatchObject({ kind: 'moved', edited: true });
    expect(messagesOf(result, '第八十条')).toEqual(['第八十条：删除“应当”，增加“可以”']);
  });

  test('terms taken out and put in at different places of an article are not said to replace each other', () => {
    const TITLE = '某区统计数据报送办法';
    const replaced = compareVersions(
      blocks([TITLE, '第一条 单位可以申请复核，并按时报送数据。'], 'a'),
      blocks([TITLE, '第一条 单位应当申请复核，并按时报送数据。'], 'b'),
    );
    expect(replaced.flags.map((flag) => flag.message)).toEqual(['第一条：“可以”改为“应当”']);
    const apart = compareVersions(
      blocks([TITLE, '第一条 单位可以申请复核，并按时报送数据。'], 'a'),
      blocks([TITLE, '第一条 单位申请复核，并应当按时报送数据。'], 'b'),
    );
    expect(apart.flags.map((flag) => flag.message)).toEqual(['第一条：删除“可以”，增加“应当”']);
  });

  test('duties swapped inside an article are flagged though the article names the same terms', () => {
    const TITLE = '某区统计数据报送办法';
    const swapped = compareVersions(
      blocks([TITLE, '第一条 单位可以申请复核，应当按时报送数据。'], 'a'),
      blocks([TITLE, '第一条 单位应当申请复核，可以按时报送数据。'], 'b'),
    );
    expect(swapped.flags.map((flag) => flag.message)).toEqual(['第一条：“可以”改为“应当”，“应当”改为“可以”']);
    expect(swapped.flags[0]).toMatchObject({ removed: ['可以', '应当'], added: ['应当', '可以'] });
    // A sentence moved inside the article takes its terms along: nothing replaced, nothing flagged.
    const moved = compareVersions(
      blocks([TITLE, '第一条 单位可以申请复核。单位应当按时报送数据。'], 'a'),
      blocks([TITLE, '第一条 单位应当按时报送数据。单位可以申请复核。'], 'b'),
    );
    expect(moved.flags).toEqual([]);
  });

  test('headings carry no flags, even new ones', () => {
    for (const flag of result.flags) expect(flag.label).not.toMatch(/^第[一二三四五六七八九十]+[章节]$/);
  });
});

describe('edits that do not change legal force', () => {
  // 行政处罚法 2021 第四十一条 (three 款) and 第四十二条, under the title (a first line is read as one).
  const lines = ['中华人民共和国行政处罚法', ...corpusLines('xingzhengchufafa_2021', 92, 95)];
  const [title = '', first = '', second = '', third = '', next = ''] = lines;

  test('a sentence reflowed from one 款 into the one before', () => {
    const [kept = '', moved = ''] = second.split(/(?<=。)/);
    const reflowed = [title, first + moved, kept, third, next];
    const result = compareVersions(blocks(lines, 'a'), blocks(reflowed, 'b'));
    expect(result.summary.modified).toBe(1);
    expect(result.flags).toEqual([]);
  });

  test('two sentences of a 款 swapped', () => {
    const [one = '', two = ''] = third.split(/(?<=。)/);
    const swapped = [title, first, second, two + one, next];
    const result = compareVersions(blocks(lines, 'a'), blocks(swapped, 'b'));
    expect(result.summary.modified).toBe(1);
    expect(result.flags).toEqual([]);
  });

  test('full-width figures and spacing, which the compare ignores, next to a real edit', () => {
    // 道路运输条例 2023 第六十四条: 处200元以上2000元以下的罚款.
    const [article = ''] = corpusLines('daoluyunshutiaoli_2023', 152, 152);
    expect(article).toContain('处200元以上2000元以下的罚款');
    const widened = article.replace('200元以上2000元', '２００元以上２０００ 元');
    const edited = article.replace('责令改正', '责令限期改正');
    const result = compareVersions(
      blocks(['道路运输条例', widened], 'a'),
      blocks(['道路运输条例', edited], 'b'),
    );
    expect(result.summary.modified).toBe(1);
    expect(result.flags).toEqual([]);
    const raised = compareVersions(
      blocks(['道路运输条例', widened], 'a'),
      blocks(['道路运输条例', edited.replace('2000元', '5000元')], 'b'),
    );
    expect(raised.flags.map((flag) => flag.message)).toEqual(['第六十四条：金额“２０００ 元”改为“5000元”']);
  });

  describe('a notice without articles, whose paragraphs play the part of 款', () => {
    const notice = [
      '关于做好统计执法检查工作的通知',
      '一、工作要求',
      '各单位应当在三十日内完成自查，不得瞒报、漏报。',
      '检查机构可以调阅有关资料，被检查单位应当予以配合。',
      '二、其他事项',
      '本通知自印发之日起施行。',
    ];
    const [title = '', heading = '', first = '', second = '', ...rest] = notice;

    test('two paragraphs merged into one, or a sentence moved across the break', () => {
      const merged = compareVersions(
        blocks(notice, 'a'),
        blocks([title, heading, first + second, ...rest], 'b'),
      );
      expect(merged.changes.length).toBeGreaterThan(0);
      expect(merged.flags).toEqual([]);
      const [kept = '', moved = ''] = first.split(/(?<=，)/);
      const split = compareVersions(
        blocks(notice, 'a'),
        blocks([title, heading, kept.replace(/，$/, '。'), moved + second, ...rest], 'b'),
      );
      expect(split.flags).toEqual([]);
    });

    test('a duty softened while merging is still flagged', () => {
      const softened = first + second.replace('应当予以配合', '可以予以配合');
      const result = compareVersions(blocks(notice, 'a'), blocks([title, heading, softened, ...rest], 'b'));
      // The first paragraph reads as deleted and the second as edited into the merged one: of all their
      // terms, only the 应当 that went and the 可以 that came are left.
      expect(result.flags.map((flag) => flag.message)).toEqual([
        '一、工作要求：删除段落，含“应当”',
        '一、工作要求：增加“可以”',
      ]);
    });
  });
});
