import { describe, expect, it } from 'vitest';
import { readLawChangeFile } from '../../../../src/shared/domain/cleanup/lawChanges';

const read = (data: unknown) => readLawChangeFile(JSON.stringify(data));

describe('readLawChangeFile', () => {
  it('reads a list of changes', () => {
    expect(
      read([
        { title: '《统计法》', change: 'amended', changedOn: '2024-09-13', note: '第三次修正' },
        {
          title: '统计法实施细则',
          change: 'repealed',
          changedOn: '2017-08-01',
          supersededBy: '统计法实施条例',
        },
      ]),
    ).toEqual({
      ok: true,
      entries: [
        { title: '《统计法》', change: 'amended', changedOn: '2024-09-13', note: '第三次修正' },
        {
          title: '统计法实施细则',
          change: 'repealed',
          changedOn: '2017-08-01',
          supersededBy: '统计法实施条例',
        },
      ],
    });
  });

  it('refuses the whole file naming the first bad entry', () => {
    const good = { title: '统计法', change: 'amended', changedOn: '2024-09-13' };
    expect(read([good, { ...good, title: '行政处罚法', change: 'changed' }])).toEqual({
      ok: false,
      message:
        '第 2 条（行政处罚法）变化类型（change，应为 amended、renumbered 或 repealed）缺少或不正确，整个文件未导入。',
    });
    expect(read([good, { ...good, changedOn: '2024/09/13' }, { change: 'x' }])).toEqual({
      ok: false,
      message: '第 2 条（统计法）生效日期“2024/09/13”不是有效日期（格式 YYYY-MM-DD），整个文件未导入。',
    });
    expect(read([{ ...good, reason: '多余' }])).toEqual({
      ok: false,
      message: '第 1 条（统计法）含有不认识的字段：reason，整个文件未导入。',
    });
    expect(read([{ change: 'amended', changedOn: '2024-09-13' }])).toMatchObject({
      ok: false,
      message: '第 1 条法规名称（title）缺少或不正确，整个文件未导入。',
    });
    expect(read(['统计法'])).toMatchObject({ ok: false, message: '第 1 条不是一个对象，整个文件未导入。' });
  });

  it('refuses what is not a list of changes', () => {
    expect(readLawChangeFile('{not json')).toEqual({ ok: false, message: '文件不是有效的 JSON。' });
    expect(read({ title: '统计法' })).toEqual({
      ok: false,
      message: '文件应为法规变化的列表（JSON 数组）。',
    });
    expect(read([])).toEqual({ ok: false, message: '文件中没有法规变化。' });
  });
});
