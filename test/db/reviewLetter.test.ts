import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, type TestApp } from '../support/app';
import { runCli } from '../support/cli';
import { expectError, expectOk } from '../support/session';
import { bringToReviewed, type WorkflowTeam, workflowTeam } from '../support/workflowPath';
import { documentXml, paragraphs, partXml } from '../support/wordXml';

const TITLE = '某区统计报表报送管理办法';
const TEXT = [
  TITLE,
  '第一条　为规范统计报表报送，根据《中华人民共和国统计法》，制定本办法。',
  '第二条　企业报送统计报表，应当提交下列材料：',
  '（一）统计报表；',
  '（二）单位负责人签字的说明。',
  '企业变更统计联系人的，应当在十日内告知区统计局。',
  '第三条　本办法自印发之日起施行。',
].join('\n');

let app: TestApp;
let team: WorkflowTeam;
let caseId = '';
let contentHash = '';

const paragraphText = (paragraph: string) =>
  [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1] ?? '').join('');

/** The letter's paragraphs with their text, in order (table cells included). */
async function letter(): Promise<{ xml: string; lines: { text: string; xml: string }[]; core: string }> {
  const file = expectOk(await app.call(team.reviewer, 'reviews.exportOpinion', { caseId }));
  const data = Buffer.from(file.data, 'base64');
  const xml = await documentXml(data);
  return {
    xml,
    lines: paragraphs(xml).map((paragraph) => ({ text: paragraphText(paragraph), xml: paragraph })),
    core: await partXml(data, 'docProps/core.xml'),
  };
}

const alignment = (paragraph: string) => /<w:jc w:val="([a-z]+)"\/>/.exec(paragraph)?.[1] ?? null;

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-05-12T02:00:00.000Z');
  team = await workflowTeam(app);
  const blocks = plainTextToBlocks(TEXT);
  const itemTwo = blocks.find((block) => block.runs[0]?.text.startsWith('（二）'));
  const secondClause = blocks.find((block) => block.runs[0]?.text.startsWith('企业变更'));
  const reviewed = await bringToReviewed(app, team, {
    title: TITLE,
    blocks,
    beforeConclusion: async (openCaseId) => {
      expectError(
        await app.call(team.reviewer, 'reviews.assignLetterNumber', { caseId: openCaseId }),
        'INVALID_STATE',
      );
      const suggest = (blockId: string | null, label: string, suggestion: string) =>
        app.call(team.reviewer, 'reviews.addSuggestion', { caseId: openCaseId, blockId, label, suggestion });
      expectOk(
        await suggest(itemTwo?.id ?? null, '', '“单位负责人签字的说明”改为“单位负责人签字的情况说明”。'),
      );
      expectOk(await suggest(secondClause?.id ?? null, '', '“十日内”改为“十个工作日内”。'));
      expectOk(await suggest(null, '', '全文“区统计局”统一改为“区统计局（以下简称统计局）”。'));
      expectOk(await suggest(null, '附件', '附件格式按 GB/T 9704 编排。'));
    },
  });
  const [reviewCase] = expectOk(
    await app.call(team.reviewer, 'reviews.list', { documentId: reviewed.documentId }),
  );
  caseId = reviewCase?.id ?? '';
  contentHash = expectOk(await app.call(team.reviewer, 'reviews.get', { caseId })).version.contentHash;
});
afterAll(() => app.close());

describe('the 合法性审核意见书 reads as a letter', () => {
  test('before a number is given, the 文号 line above the title leaves the 顺序号 blank', async () => {
    const { lines } = await letter();
    const [numberLine, titleLine] = lines;
    expect(numberLine?.text).toBe('某统法审〔2026〕\u3000\u3000号');
    expect(alignment(numberLine?.xml ?? '')).toBe('right');
    expect(titleLine?.text).toBe(`关于《${TITLE}》的合法性审核意见书`);
    expect(lines.map((line) => line.text).join('\n')).not.toMatch(/[{}]/);
  });

  test('short lines are left-aligned, never justified or spread letter by letter', async () => {
    const { xml, lines } = await letter();
    expect(xml).not.toContain('w:val="distribute"');
    for (const start of [
      '综合统计科：',
      '送审单位：',
      '送审文本：',
      '收到日期：',
      '材料齐备日期：',
      '审核人：',
    ]) {
      const line = lines.find((candidate) => candidate.text.startsWith(start));
      expect(line, start).toBeDefined();
      expect(alignment(line?.xml ?? ''), start).toBe('left');
    }
    const opening = lines.find((line) => line.text.startsWith('你单位报送的'));
    expect(alignment(opening?.xml ?? '')).toBe('both');
  });

  test('the version is named by label, number and date; its hash is only in the file properties', async () => {
    const { lines, xml, core } = await letter();
    const text = lines.map((line) => line.text).join('\n');
    expect(text).toContain(`你单位报送的《${TITLE}》送审稿（第1版，2026年5月12日）收悉`);
    expect(text).toContain('送审文本：送审稿（第1版，2026年5月12日）');
    expect(text).not.toContain('内容哈希');
    expect(xml).not.toContain(contentHash.slice(0, 8));
    expect(text).not.toMatch(/[0-9a-f]{12}/);
    expect(core).toContain(`内容哈希 ${contentHash}`);
  });

  test('署名 and 成文日期 stand right, four characters from the edge, the date under the name', async () => {
    const { lines } = await letter();
    const nameAt = lines.findIndex((line) => line.text === '某市某区统计局');
    const date = lines[nameAt + 1];
    expect(nameAt).toBeGreaterThan(0);
    expect(date?.text).toBe('2026年5月12日');
    for (const line of [lines[nameAt], date]) {
      expect(alignment(line?.xml ?? '')).toBe('right');
      // 4 characters of 三号 (16 pt = 320 twips).
      expect(line?.xml).toMatch(/<w:ind [^>]*w:right="1280"/);
    }
    // Room for the seal: the two lines above the name are empty.
    expect(lines[nameAt - 1]?.text).toBe('');
    expect(lines[nameAt - 2]?.text).toBe('');
  });

  test('the 修改意见 table names the article, 款 and 项 of each suggestion', async () => {
    const { xml } = await letter();
    const rows = (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(paragraphText),
    );
    const suggestionRows = rows.filter((cells) => cells[2]?.includes('改为') || cells[2]?.includes('附件'));
    expect(suggestionRows.map((cells) => cells[0])).toEqual([
      '第二条第一款第（二）项',
      '第二条第二款',
      '全文',
      '附件',
    ]);
  });

  test('a number is given once per case, kept, and printed on the letter', async () => {
    const numbered = expectOk(await app.call(team.reviewer, 'reviews.assignLetterNumber', { caseId }));
    expect(numbered.letterNumber).toBe('某统法审〔2026〕1号');
    expectError(await app.call(team.reviewer, 'reviews.assignLetterNumber', { caseId }), 'CONFLICT');
    expectError(await app.call(team.drafter, 'reviews.assignLetterNumber', { caseId }), 'FORBIDDEN');
    const { lines } = await letter();
    expect(lines[0]?.text).toBe('某统法审〔2026〕1号');
    const again = expectOk(await app.call(team.reviewer, 'reviews.get', { caseId }));
    expect(again.letterNumber).toBe('某统法审〔2026〕1号');

    const other = await bringToReviewed(app, team, { title: '某区统计调查项目管理办法' });
    const [otherCase] = expectOk(
      await app.call(team.reviewer, 'reviews.list', { documentId: other.documentId }),
    );
    const second = expectOk(
      await app.call(team.reviewer, 'reviews.assignLetterNumber', { caseId: otherCase?.id ?? '' }),
    );
    expect(second.letterNumber).toBe('某统法审〔2026〕2号');

    const third = await bringToReviewed(app, team, { title: '某区统计信息发布管理办法' });
    const [thirdCase] = expectOk(
      await app.call(team.reviewer, 'reviews.list', { documentId: third.documentId }),
    );
    const cli = await runCli(app, 'reviewer', [
      'review',
      'letter-number',
      '--case',
      thirdCase?.id ?? '',
      '--json',
    ]);
    expect(cli.code).toBe(0);
    expect(cli.out).toHaveLength(1);
    expect(JSON.parse(cli.out[0] ?? '')).toMatchObject({
      ok: true,
      value: { letterNumber: '某统法审〔2026〕3号' },
    });
    const usage = await runCli(app, 'reviewer', ['review', 'letter-number', '--json']);
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.out[0] ?? '')).toMatchObject({ ok: false });
  });
});
