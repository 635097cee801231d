import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyFilingPackage } from '../../src/main/signing/verifyPackage';
import { FilingManifest } from '../../src/shared/api/schemas/filingPackage';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, type TestApp } from '../support/app';
import { issuedDocument, type IssuedDocument } from '../support/issuedDocument';
import { createUser, expectError, expectOk, signIn } from '../support/session';

const TEXT = [
  '某区统计数据质量管理办法',
  '第一章　总则',
  '第一条　为了保障统计数据质量，根据《中华人民共和国统计法》，制定本办法。',
  '第二条　本办法适用于本区各级统计机构。',
  '第二章　附则',
  '第三条　本办法自2026年7月1日起施行。',
].join('\n');

let app: TestApp;
let issued: IssuedDocument;

beforeAll(async () => {
  app = openTestApp({});
  issued = await issuedDocument(app, plainTextToBlocks(TEXT));
}, 60_000);
afterAll(() => app.close());

const sha256 = async (data: Buffer) =>
  (await import('node:crypto')).createHash('sha256').update(data).digest('hex');

const MM = 1440 / 25.4;

describe('the filing package of an issued 行政规范性文件', () => {
  test('the check names recipients, deadline, materials and the number it would give', async () => {
    const check = expectOk(
      await app.call(issued.reviewer, 'filingPackages.check', { documentId: issued.documentId }),
    );
    expect(check.issuerLevel).toBe('department');
    expect(check.recipients).toEqual(['本级人民政府']);
    expect(check.recipientOptions.map((option) => option.name)).toContain('本级人大常委会');
    // 2026-06-01 + 30 日 = 2026-07-01 (a Wednesday).
    expect(check.due).toBe('2026-07-01');
    expect(check.late).toBe(false);
    expect(check.gaps).toEqual([]);
    expect(check.nextReportNumber).toBe('某统规备字〔2026〕1号');
  });

  test('a preparer whose key the signed roster does not hold is told before building, not at verify', async () => {
    await createUser(app, issued.admin, 'reviewer2', ['reviewer']);
    const newcomer = await signIn(app, 'reviewer2');
    const check = expectOk(
      await app.call(newcomer, 'filingPackages.check', { documentId: issued.documentId }),
    );
    expect(check.gaps).toEqual([expect.stringContaining('密钥名册中没有您当前的签名密钥')]);
    expect(
      expectError(
        await app.call(newcomer, 'filingPackages.build', {
          documentId: issued.documentId,
          recipients: check.recipients,
          password: 'secret-password-1',
        }),
        'INVALID_STATE',
      ).message,
    ).toContain('密钥名册');
  });

  test('a gap blocks the build with its name; only an administrator may override, and the reason is kept', async () => {
    const other = expectOk(
      await app.call(issued.drafter, 'documents.create', {
        kind: 'admin_normative',
        title: '尚未印发的文件',
        draftingUnit: '综合统计科',
        issuingAuthority: '某区统计局',
      }),
    );
    const refused = expectError(
      await app.call(issued.reviewer, 'filingPackages.build', {
        documentId: other.id,
        recipients: ['本级人民政府'],
        password: 'secret-password-1',
      }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('尚未印发');
    const check = expectOk(await app.call(issued.reviewer, 'filingPackages.check', { documentId: other.id }));
    expect(check.gaps.join()).toMatch(/尚未印发.*审核尚未作出结论.*制定说明.*制定依据/);
    expectError(
      await app.call(issued.reviewer, 'filingPackages.build', {
        documentId: issued.documentId,
        recipients: ['本级人民政府'],
        password: 'secret-password-1',
        overrideReason: '急需报送',
      }),
      'FORBIDDEN',
    );
    expectError(
      await app.call(issued.reviewer, 'filingPackages.build', {
        documentId: issued.documentId,
        recipients: ['本级人民政府'],
        password: 'wrong-password',
      }),
      'BAD_CREDENTIALS',
    );
    expect(
      expectOk(await app.call(issued.reviewer, 'filingPackages.list', { documentId: issued.documentId })),
    ).toEqual([]);
  });

  test('builds a signed package whose Word files are GB/T 9704 and whose manifest matches', async () => {
    const built = expectOk(
      await app.call(issued.reviewer, 'filingPackages.build', {
        documentId: issued.documentId,
        recipients: ['本级人民政府', '本级人大常委会'],
        comparisonBaseVersionId: issued.firstVersionId,
        password: 'secret-password-1',
      }),
    );
    expect(built.reportNumber).toBe('某统规备字〔2026〕1号');
    const file = expectOk(await app.call(issued.reviewer, 'filingPackages.download', { id: built.id }));
    const bytes = Buffer.from(file.data, 'base64');
    expect(await sha256(bytes)).toBe(built.sha256);
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names).toEqual(
      expect.arrayContaining([
        '01-备案报告-本级人民政府.docx',
        '01-备案报告-本级人大常委会.docx',
        '02-正式文本.docx',
        '03-制定说明.docx',
        '04-制定依据.docx',
        '05-合法性审核意见书.docx',
        '06-法律意见1-counsel 用户.docx',
        '06-法律意见1-counsel 用户.json',
        '07-修改对照表.docx',
        'manifest.json',
      ]),
    );
    const manifest = FilingManifest.parse(JSON.parse(await zip.file('manifest.json')!.async('string')));
    expect(manifest.reportNumber).toBe(built.reportNumber);
    expect(manifest.document).toMatchObject({ docNumber: '某统〔2026〕1号', publishedOn: '2026-06-01' });
    expect(manifest.preparedBy.username).toBe('reviewer');
    for (const listed of manifest.files) {
      const data = await zip.file(listed.name)!.async('nodebuffer');
      expect(data.length).toBe(listed.size);
      expect(await sha256(data)).toBe(listed.sha256);
    }

    for (const name of names.filter((n) => n.endsWith('.docx'))) {
      const docx = await JSZip.loadAsync(await zip.file(name)!.async('nodebuffer'));
      const xml = await docx.file('word/document.xml')!.async('string');
      const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml);
      expect(Number(size?.[1]) / MM, name).toBeCloseTo(210, 0);
      expect(Math.abs(Number(size?.[2]) / MM - 297), name).toBeLessThan(1);
      const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml);
      const [top, right, bottom, left] = (margin?.slice(1) ?? []).map((v) => Number(v) / MM);
      for (const [actual, wanted] of [
        [top, 37],
        [bottom, 35],
        [left, 28],
        [right, 26],
      ] as const)
        expect(Math.abs((actual ?? 0) - wanted), name).toBeLessThan(1);
      // 22 lines of 28 characters: Word's grid, line pitch 28.95 pt, 28 三号 characters in the 156 mm width.
      const grid = /<w:docGrid ([^>]*)\/>/.exec(xml)?.[1] ?? '';
      expect(grid, name).toContain('w:type="linesAndChars"');
      expect(grid, name).toContain('w:linePitch="579"');
      const charSpace = Number(/w:charSpace="(-?\d+)"/.exec(grid)?.[1]);
      expect((156 * MM) / (16 * 20 + (charSpace / 4096) * 20), name).toBeCloseTo(28, 1);
      expect(xml, name).toContain('仿宋_GB2312');
      expect(xml, name).toContain('w:val="32"');
      const styles = await docx.file('word/styles.xml')!.async('string');
      expect(styles, name).toContain('仿宋_GB2312');
    }

    const report = await (
      await JSZip.loadAsync(await zip.file('01-备案报告-本级人大常委会.docx')!.async('nodebuffer'))
    )
      .file('word/document.xml')!
      .async('string');
    expect(report).toContain('关于《某区统计数据质量管理办法》的备案报告');
    expect(report).toContain('某统规备字〔2026〕1号');
    expect(report).toContain('本级人大常委会：');
    expect(report).toContain('某统〔2026〕1号');
    expect(report).toContain('2026年5月20日2026年第5次局务会议');
    expect(report).toContain('方正小标宋简体');
    expect(report).toContain('w:val="44"');

    const text = await (
      await JSZip.loadAsync(await zip.file('02-正式文本.docx')!.async('nodebuffer'))
    )
      .file('word/document.xml')!
      .async('string');
    expect(text).toContain('某统规〔2026〕001');
    // 第一章 and 第二章 are headings: Word's 标题 1 with outline level 0 (navigation pane, TOC).
    expect(text).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:outlineLvl w:val="0"\/>[\s\S]*?第一章/);
    const opinion = await (
      await JSZip.loadAsync(await zip.file('05-合法性审核意见书.docx')!.async('nodebuffer'))
    )
      .file('word/document.xml')!
      .async('string');
    expect(opinion).toMatch(/<w:outlineLvl w:val="0"\/>[\s\S]*?一、基本情况/);

    const verdict = await verifyFilingPackage(bytes);
    expect(verdict.problems).toEqual([]);
    expect(verdict.signer?.username).toBe('reviewer');
    expect(verdict.ok).toBe(true);

    const listed = expectOk(
      await app.call(issued.drafter, 'filingPackages.list', { documentId: issued.documentId }),
    );
    expect(listed.map((p) => p.reportNumber)).toEqual(['某统规备字〔2026〕1号']);
  });

  test('the next package takes the next number, never the same one', async () => {
    const next = expectOk(
      await app.call(issued.reviewer, 'filingPackages.build', {
        documentId: issued.documentId,
        recipients: ['本级人民政府'],
        password: 'secret-password-1',
      }),
    );
    expect(next.reportNumber).toBe('某统规备字〔2026〕2号');
    const audit = app.deps.db
      .prepare("SELECT detail FROM audit_log WHERE action = 'filingPackages.build' ORDER BY seq")
      .all() as { detail: string }[];
    expect(audit).toHaveLength(2);
    expect(audit[1]?.detail).toContain('某统规备字〔2026〕2号');
  });

  test('an administrator overrides a gap with a reason that is stored in the package', async () => {
    const { legalBases } = expectOk(
      await app.call(issued.drafter, 'materials.list', { documentId: issued.documentId }),
    );
    for (const basis of legalBases)
      expectOk(await app.call(issued.drafter, 'legalBases.remove', { id: basis.id }));
    const refused = expectError(
      await app.call(issued.admin, 'filingPackages.build', {
        documentId: issued.documentId,
        recipients: ['本级人民政府'],
        password: 'admin-password-1',
      }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('制定依据清单为空');
    const built = expectOk(
      await app.call(issued.admin, 'filingPackages.build', {
        documentId: issued.documentId,
        recipients: ['本级人民政府'],
        password: 'admin-password-1',
        overrideReason: '制定依据另行报送',
      }),
    );
    expect(built.overrideReason).toBe('制定依据另行报送');
    const file = expectOk(await app.call(issued.admin, 'filingPackages.download', { id: built.id }));
    const zip = await JSZip.loadAsync(Buffer.from(file.data, 'base64'));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as FilingManifest;
    expect(manifest.overrideReason).toBe('制定依据另行报送');
    expect(manifest.gaps.join()).toContain('制定依据');
  });
});
