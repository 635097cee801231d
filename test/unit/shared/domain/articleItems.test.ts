import { describe, expect, test } from 'vitest';
import { blockText, type Block } from '../../../../src/shared/domain/blocks';
import { itemsInsideArticles } from '../../../../src/shared/domain/readers/articleItems';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';

let next = 0;
const heading = (text: string, level: number): Block => ({
  id: `h${++next}`,
  kind: 'heading',
  level,
  runs: [{ text }],
});
const paragraph = (text: string): Block => ({ id: `p${++next}`, kind: 'paragraph', runs: [{ text }] });
const listItem = (text: string): Block => ({
  id: `l${++next}`,
  kind: 'list_item',
  level: 1,
  ordered: true,
  runs: [{ text }],
});

function shape(blocks: readonly Block[]): string[] {
  return blocks.map(
    (block) => `${block.kind}${block.level ?? ''}${block.ordered ? ' ordered' : ''} ${blockText(block)}`,
  );
}

describe('itemsInsideArticles', () => {
  test('（一） 1. （1） headings and numbered list items inside an article become paragraphs', () => {
    const blocks = itemsInsideArticles([
      { id: 't', kind: 'title', runs: [{ text: '某区统计调查项目审批管理办法' }] },
      paragraph('第五条　申请审批，应当提交下列材料：'),
      heading('（一）项目申请书；', 2),
      heading('（二）调查方案', 2),
      heading('1.调查表式', 3),
      heading('（1）样表', 4),
      listItem('（三）部门职责依据。'),
      paragraph('第六条　审批机关应当及时作出决定。'),
    ]);
    expect(shape(blocks)).toEqual([
      'title 某区统计调查项目审批管理办法',
      'paragraph 第五条　申请审批，应当提交下列材料：',
      'paragraph （一）项目申请书；',
      'paragraph （二）调查方案',
      'paragraph 1.调查表式',
      'paragraph （1）样表',
      'paragraph （三）部门职责依据。',
      'paragraph 第六条　审批机关应当及时作出决定。',
    ]);
  });

  test('outside articles, and after a 一、 heading or a chapter ends one, they stay headings', () => {
    const lines = [
      '（一）工作目标',
      '第一条　为了加强管理，制定本办法。',
      '二、保障措施',
      '（一）组织保障',
      '第一章　总则',
      '（二）职责分工',
    ];
    const blocks = itemsInsideArticles([
      heading(lines[0] ?? '', 2),
      paragraph(lines[1] ?? ''),
      heading(lines[2] ?? '', 1),
      heading(lines[3] ?? '', 2),
      heading(lines[4] ?? '', 1),
      heading(lines[5] ?? '', 2),
    ]);
    expect(shape(blocks)).toEqual([
      'heading2 （一）工作目标',
      'paragraph 第一条　为了加强管理，制定本办法。',
      'heading1 二、保障措施',
      'heading2 （一）组织保障',
      'heading1 第一章　总则',
      'heading2 （二）职责分工',
    ]);
    // The plain-text reader reads the same lines the same way.
    const plain = plainTextToBlocks(lines.join('\n'), { firstIsTitle: false });
    expect(plain.map((block) => block.kind)).toEqual(blocks.map((block) => block.kind));
  });

  test('a bulleted list item and a heading without numbering are left as they are', () => {
    const bullet: Block = { id: 'b', kind: 'list_item', level: 1, runs: [{ text: '附：样表' }] };
    const blocks = itemsInsideArticles([
      paragraph('第二条　下列事项：'),
      bullet,
      heading('附件', 2),
      heading('（一）说明', 2),
    ]);
    expect(shape(blocks)).toEqual([
      'paragraph 第二条　下列事项：',
      'list_item1 附：样表',
      'heading2 附件',
      'heading2 （一）说明',
    ]);
  });
});
