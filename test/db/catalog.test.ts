import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import type { ApiResult, Channel, ChannelInput } from '../../src/shared/api';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import { openTestApp, type TestApp } from '../support/app';
import { DEFAULT_PASSWORD, expectError, expectOk } from '../support/session';
import { bringToFilingReady, bringToIssued, buildPackage, filingTeam } from '../support/workflowPath';
import { documentXml, paragraphs } from '../support/wordXml';

let app: TestApp;
let drafter: Session;

/** The 目录's column headings as an office reads them, written out here rather than taken from the code. */
const HEADINGS = [
  '序号',
  '文件名称',
  '发文字号',
  '登记号',
  '制定机关',
  '公布日期',
  '施行日期',
  '有效期至',
  '报送备案日期',
  '备案机关',
  '备案结果',
];

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: string | undefined) => Number(twips) / TWIPS_PER_MM;

const GOVERNMENT = '某区人民政府';
const CONGRESS = '某区人大常委会';
const at = (day: string) => app.clock.set(`${day}T02:00:00.000Z`);

/**
 * Four documents issued through the real services on the days the clock is moved to (numbers given in
 * that order: 某统〔2025〕1号, then 某统〔2026〕1号 to 3号) and filed through the register: January's
 * deferred and registered on its second round, March's sent late to both organs and registered by the
 * government, April's never sent. Today (06-15) is after every deadline. (The register sends a package
 * to all its organs at once, so one document cannot be in time for one organ and late for another.)
 */
beforeAll(async () => {
  app = openTestApp();
  at('2025-12-31');
  const team = await filingTeam(app);
  drafter = team.drafter;
  const { reviewer } = team;
  const submit = async (documentId: string, packageId: string, recipients: string[]) =>
    expectOk(
      await app.call(reviewer, 'filings.submit', { documentId, packageId, method: 'paper', recipients }),
    ).submissions;
  const outcome = async (submissionId: string, code: 'REGISTERED' | 'DEFERRED', on?: string) =>
    expectOk(
      await app.call(reviewer, 'filings.recordOutcome', {
        submissionId,
        outcome: code,
        ...(on ? { on } : {}),
      }),
    );

  await bringToIssued(app, team, { title: '某区2025年统计工作规则', issue: { effectiveOn: '2026-01-31' } });

  at('2026-01-15');
  const january = await bringToFilingReady(app, team, {
    title: '某区统计调查项目管理暂行办法',
    issue: { effectiveOn: '2026-02-15' },
  });
  at('2026-02-01');
  const firstRound = await buildPackage(app, reviewer, january.documentId, [GOVERNMENT]);
  const [deferred] = await submit(january.documentId, firstRound.id, [GOVERNMENT]);
  at('2026-02-05');
  await outcome(deferred?.id ?? '', 'DEFERRED');
  at('2026-02-12');
  const secondRound = await buildPackage(app, reviewer, january.documentId, [GOVERNMENT]);
  const resent = await submit(january.documentId, secondRound.id, [GOVERNMENT]);
  at('2026-02-25');
  await outcome(resent.find((row) => row.round === 2)?.id ?? '', 'REGISTERED');

  at('2026-03-31');
  const lastOfQ1 = await bringToFilingReady(app, team, {
    title: '某区统计数据质量管理办法',
    issue: { effectiveOn: '2026-05-01' },
  });
  at('2026-04-01');
  await bringToIssued(app, team, { title: '某区统计执法检查规定', issue: { effectiveOn: '2026-05-01' } });
  // Both organs get the package on 05-06, after the 04-30 deadline; the government registers it.
  at('2026-05-06');
  const both = await buildPackage(app, reviewer, lastOfQ1.documentId, [GOVERNMENT, CONGRESS]);
  const [toGovernment] = await submit(lastOfQ1.documentId, both.id, [GOVERNMENT, CONGRESS]);
  at('2026-05-20');
  await outcome(toGovernment?.id ?? '', 'REGISTERED');

  at('2026-06-15');
}, 180_000);
afterAll(() => app.close());

describe('catalogs.preview', () => {
  it('puts a document published on 03-31 in the first quarter and one published on 04-01 in the second', async () => {
    const q1 = expectOk(await app.call(drafter, 'catalogs.preview', { year: 2026, quarter: 1 }));
    expect(q1.title).toBe('某市某区统计局2026年第一季度规范性文件备案目录');
    expect(q1.rows.map((row) => [row.seq, row.docNumber])).toEqual([
      [1, '某统〔2026〕1号'],
      [2, '某统〔2026〕2号'],
    ]);
    const q2 = expectOk(await app.call(drafter, 'catalogs.preview', { year: 2026, quarter: 2 }));
    expect(q2.rows.map((row) => row.docNumber)).toEqual(['某统〔2026〕3号']);
    expect(q2.rows[0]?.unsentResult).toBe('逾期未报送');
    expect(q2.rows[0]?.late).toBe(true);
  });

  it('joins each filing organ with its answer and names when the annual catalogue is due', async () => {
    const year = expectOk(await app.call(drafter, 'catalogs.preview', { year: 2026 }));
    expect(year.title).toBe('某市某区统计局2026年度规范性文件目录');
    expect(year.annualDueOn).toBe('2027-01-31');
    expect(year.annualDueText).toBe('2026年度目录应于2027年1月31日前报送');
    expect(year.rows.map((row) => row.docNumber)).toEqual([
      '某统〔2026〕1号',
      '某统〔2026〕2号',
      '某统〔2026〕3号',
    ]);
    const [january, march] = year.rows;
    expect(january?.filings).toEqual([
      { recipient: '某区人民政府', sentOn: '2026-02-01', late: false, result: '予以备案登记（第2次报送）' },
    ]);
    expect(march?.filings.map((filing) => [filing.recipient, filing.late, filing.result])).toEqual([
      ['某区人大常委会', true, '已报送，等待审查结果'],
      ['某区人民政府', true, '予以备案登记'],
    ]);
    const older = expectOk(await app.call(drafter, 'catalogs.preview', { year: 2025, quarter: 4 }));
    expect(older.rows.map((row) => row.title)).toEqual(['某区2025年统计工作规则']);
    // Issued on 2025-12-31, its filing was due on 2026-01-30.
    expect(older.rows[0]?.unsentResult).toBe('逾期未报送');
  });

  it('refuses a quarter or year out of range in Chinese, and a caller who is not signed in', async () => {
    const quarter = expectError(
      await app.call(drafter, 'catalogs.preview', { year: 2026, quarter: 5 as never }),
      'INVALID_INPUT',
    );
    expect(quarter.issues?.join('')).toContain('季度应为 1 至 4');
    const year = expectError(
      await app.call(drafter, 'catalogs.export', { year: 26, format: 'docx' }),
      'INVALID_INPUT',
    );
    expect(year.issues?.join('')).toContain('年份应在 2000 至 2100 之间');
    expectError(await app.call({ accountId: null }, 'catalogs.preview', { year: 2026 }), 'UNAUTHENTICATED');
  });
});

describe('catalogs.export', () => {
  it('writes the quarter as a GB/T 9704 Word table on a turned A4 page, heading row repeated', async () => {
    const file = expectOk(
      await app.call(drafter, 'catalogs.export', { year: 2026, quarter: 1, format: 'docx' }),
    );
    expect(file.fileName).toBe('某市某区统计局2026年第一季度规范性文件备案目录.docx');
    const path = join(app.dataDir, file.fileName);
    await writeFile(path, Buffer.from(file.data, 'base64'));
    const xml = await documentXml(await readFile(path));

    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(mm(/w:w="(\d+)"/.exec(size)?.[1])).toBeCloseTo(297, 0);
    expect(mm(/w:h="(\d+)"/.exec(size)?.[1])).toBeCloseTo(210, 0);
    expect(size).toContain('w:orient="landscape"');
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    const margin = (side: string) => mm(new RegExp(`w:${side}="(\\d+)"`).exec(margins)?.[1]);
    // The portrait 天头 37 / 地脚 35 / 订口 28 / 切口 26 mm, turned with the page.
    expect(Math.abs(margin('top') - 28)).toBeLessThanOrEqual(1);
    expect(Math.abs(margin('bottom') - 26)).toBeLessThanOrEqual(1);
    expect(Math.abs(margin('left') - 35)).toBeLessThanOrEqual(1);
    expect(Math.abs(margin('right') - 37)).toBeLessThanOrEqual(1);

    const [title] = paragraphs(xml);
    expect(title).toContain('<w:outlineLvl w:val="0"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('某市某区统计局2026年第一季度规范性文件备案目录');

    const rows = xml.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('w:eastAsia="黑体"');
    const cellText = (row: string) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) =>
        [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n'),
      );
    expect(cellText(rows[0] ?? '')).toEqual(HEADINGS);
    expect(cellText(rows[2] ?? '')).toEqual([
      '2',
      '某区统计数据质量管理办法',
      '某统〔2026〕2号',
      '某统规〔2026〕002',
      '某区统计局',
      '2026-03-31',
      '2026-05-01',
      '2031-04-30',
      '2026-05-06（逾期）\n2026-05-06（逾期）',
      '某区人大常委会\n某区人民政府',
      '已报送，等待审查结果（逾期报送）\n予以备案登记（逾期报送）',
    ]);
    expect(rows[1]).toContain('w:eastAsia="仿宋_GB2312"');
    expect(rows[1]).toContain('<w:sz w:val="21"/>');
    // Every column fits the 225 mm type area of the turned page.
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => mm(m[1]));
    expect(grid).toHaveLength(11);
    expect(grid.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(225.5);
  });

  it('writes the year as an Excel sheet: merged title, frozen bold heading, real dates, late rows marked', async () => {
    const file = expectOk(await app.call(drafter, 'catalogs.export', { year: 2026, format: 'xlsx' }));
    expect(file.fileName).toBe('某市某区统计局2026年度规范性文件目录.xlsx');
    const path = join(app.dataDir, file.fileName);
    await writeFile(path, Buffer.from(file.data, 'base64'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe('2026年度');
    expect(sheet.getCell('A1').value).toBe('某市某区统计局2026年度规范性文件目录');
    expect(sheet.getCell('K1').isMerged).toBe(true);
    expect(sheet.getCell('K1').master.address).toBe('A1');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(HEADINGS);
    expect(sheet.getCell('B2').font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.getColumn(2).width).toBe(40);

    expect(sheet.rowCount).toBe(5);
    expect(sheet.getCell('C3').value).toBe('某统〔2026〕1号');
    const published = sheet.getCell('F4').value;
    expect(published).toBeInstanceOf(Date);
    expect((published as Date).toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(sheet.getCell('F4').numFmt).toBe('yyyy-mm-dd');
    expect((sheet.getCell('I4').value as Date).toISOString().slice(0, 10)).toBe('2026-05-06');
    expect(sheet.getCell('K4').value).toBe('已报送，等待审查结果（逾期报送）\n予以备案登记（逾期报送）');
    // 逾期: the late rows are filled, the one filed in time is not.
    const fill = (address: string) =>
      (sheet.getCell(address).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fill('B4')).toBe('FFFDE2E1');
    expect(fill('B5')).toBe('FFFDE2E1');
    expect(fill('B3')).toBeUndefined();
    // 有效期至: the profile's default of 5 years from 施行 (2026-05-01).
    expect((sheet.getCell('H5').value as Date).toISOString().slice(0, 10)).toBe('2031-04-30');
    expect(sheet.getCell('K5').value).toBe('逾期未报送');
  });
});

/** One CLI run over this workspace, as a fresh process would sign in. */
async function cli(args: string[], json = true) {
  const session: Session = { accountId: null };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    json,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: () => Promise.resolve(DEFAULT_PASSWORD),
    user: 'drafter',
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  const code = await runCommand(io, parseCommandLine(args).positionals, args);
  return { code, out, err };
}

describe('cli catalog', () => {
  it('writes the format named by the extension and answers one JSON line', async () => {
    const out = join(app.dataDir, 'q1.xlsx');
    const run = await cli(['catalog', '--year', '2026', '--quarter', '1', '--out', out, '--json']);
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    expect(JSON.parse(run.out[0] ?? '')).toEqual({
      ok: true,
      value: {
        file: out,
        format: 'xlsx',
        title: '某市某区统计局2026年第一季度规范性文件备案目录',
        period: '2026年第一季度',
        rows: 2,
        late: 1,
        annualDueOn: '2027-01-31',
      },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0]?.getCell('C4').value).toBe('某统〔2026〕2号');
  });

  it('takes --format for a file without the extension and says where it wrote, in Chinese', async () => {
    const out = join(app.dataDir, 'annual-catalog');
    const run = await cli(['catalog', '--year', '2026', '--format', 'docx', '--out', out], false);
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe(
      `已写出：${out}（某市某区统计局2026年度规范性文件目录，共 3 件，逾期 2 件；2026年度目录应于2027年1月31日前报送）`,
    );
    expect(await documentXml(await readFile(out))).toContain('某统〔2026〕3号');
  });

  it('answers usage errors with exit 2 and one JSON line, and a refused call with exit 1', async () => {
    for (const args of [
      ['catalog', '--quarter', '1', '--out', 'x.docx'],
      ['catalog', '--year', '2026', '--quarter', '5', '--out', 'x.docx'],
      ['catalog', '--year', '2026'],
      ['catalog', '--year', '2026', '--out', 'x.pdf'],
      ['catalog', '--year', '2026', '--format', 'xlsx', '--out', 'x.docx'],
    ]) {
      const run = await cli([...args, '--json']);
      expect(run.code).toBe(2);
      expect(run.out).toHaveLength(1);
      const answer = JSON.parse(run.out[0] ?? '') as {
        ok: boolean;
        error: { code: string; message: string };
      };
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('INVALID_INPUT');
      expect(answer.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const missingFolder = join(app.dataDir, 'no-such-folder', 'q1.docx');
    const refused = await cli([
      'catalog',
      '--year',
      '2026',
      '--quarter',
      '1',
      '--out',
      missingFolder,
      '--json',
    ]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
