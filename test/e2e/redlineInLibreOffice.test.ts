import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTrackedChangesDocx } from '../../src/main/export/trackedChanges';
import { compareVersions } from '../../src/shared/compare';
import { planRedline } from '../../src/shared/compare/redlinePlan';
import type { Block } from '../../src/shared/domain/blocks';
import { benchPairs, corpusBlocks } from '../support/corpus';
import { libreOfficeMissing, type Revised, reviseInLibreOffice } from '../support/libreOffice';
import { NOTICE_NEW, NOTICE_OLD, paragraphLines } from '../support/redlineFixtures';
import { tempDataDir } from './support/tempDir';

/**
 * Every redline the app exports, opened in a real word processor: LibreOffice Writer accepts every change
 * and must give the newer version, rejects every change and must give the older one, and reads each
 * moved article as a move. Paragraph text is compared exactly; only empty paragraphs are set aside.
 */

interface Case {
  name: string;
  file: string;
  oldLines: string[];
  newLines: string[];
  moves: number;
  movedFrom: string;
  movedTo: string;
}

const revision = { author: '王起草', date: '2025-03-10T02:00:00Z' };
const nonEmpty = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');

function movedText(xml: string, tag: 'moveFrom' | 'moveTo'): string {
  const parts = xml.match(new RegExp(`<w:${tag} [^>]*[^/]>[\\s\\S]*?</w:${tag}>`, 'g')) ?? [];
  return parts
    .map((part) => [...part.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:/g)].map((m) => m[1]).join(''))
    .join('');
}

const sources: { name: string; oldBlocks: () => Block[]; newBlocks: () => Block[] }[] = [
  ...benchPairs().map((pair) => ({
    name: `${pair.old.replace(/^.*\//, '')} → ${pair.new.replace(/^.*\//, '')}`,
    oldBlocks: () => corpusBlocks(pair.old, 'o'),
    newBlocks: () => corpusBlocks(pair.new, 'n'),
  })),
  { name: '通知（标题、列表项、表格）', oldBlocks: () => NOTICE_OLD, newBlocks: () => NOTICE_NEW },
];

const dir = tempDataDir('redline-lo');
const cases: Case[] = [];
const revised = new Map<string, Revised>();

describe('redlines in LibreOffice Writer', () => {
  beforeAll(async () => {
    const missing = libreOfficeMissing();
    if (missing) throw new Error(missing);
    for (const source of sources) {
      const oldBlocks = source.oldBlocks();
      const newBlocks = source.newBlocks();
      for (const normalizeWidth of [true, false]) {
        const result = compareVersions(oldBlocks, newBlocks, { normalizeWidth });
        const data = await buildTrackedChangesDocx(result, oldBlocks, newBlocks, revision, {
          title: source.name,
          creator: 'NormDesk',
        });
        const file = join(dir.path, `${cases.length}.docx`);
        writeFileSync(file, data);
        const xml = await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
        cases.push({
          name: `${source.name}（全半角视为相同：${normalizeWidth ? '是' : '否'}）`,
          file,
          oldLines: paragraphLines(oldBlocks),
          newLines: paragraphLines(newBlocks),
          moves: planRedline(result).moves,
          movedFrom: movedText(xml, 'moveFrom'),
          movedTo: movedText(xml, 'moveTo'),
        });
      }
    }
    for (const report of await reviseInLibreOffice(cases.map((c) => c.file)))
      revised.set(report.file, report);
  }, 40 * 60_000);

  afterAll(() => dir.remove());

  it('opens every file', () => {
    expect(cases.length).toBe(sources.length * 2);
    expect(revised.size).toBe(cases.length);
  });

  it.each(
    sources.flatMap((source, at) => [at * 2, at * 2 + 1].map((index) => [source.name, index] as const)),
  )('%s: accept-all gives the new text, reject-all the old text, moves read as moves', (_name, index) => {
    const c = cases[index] as Case;
    const report = revised.get(c.file) as Revised;
    expect(report.error, c.name).toBeUndefined();
    expect(nonEmpty(report.accept), c.name).toEqual(nonEmpty(c.newLines));
    expect(nonEmpty(report.reject), c.name).toEqual(nonEmpty(c.oldLines));
    expect(report.changes).toBeGreaterThan(0);
    if (c.moves > 0) {
      expect(c.movedFrom.length).toBeGreaterThan(0);
      expect(report.movedFrom).toBe(c.movedFrom);
      expect(report.movedTo).toBe(c.movedTo);
    }
  });

  it('reads the articles 公司法 and 刑诉规则 moved as moves', () => {
    const moved = cases.filter((c) => /gongsifa|jianchayuanxingsuguize/.test(c.name));
    expect(moved).toHaveLength(4);
    for (const c of moved) expect(c.moves).toBeGreaterThan(10);
  });
});
