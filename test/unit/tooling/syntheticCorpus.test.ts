import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { CORPUS_DIR, corpusText, syntheticPair } from '../../support/corpus';
import {
  SYNTHETIC_LAWS,
  buildSyntheticPair,
  clauses,
  normalizeLawMarkdown,
} from '../../support/syntheticCorpus';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the synthetic pair is built from the stored laws', () => {
  const pair = syntheticPair();
  const oldParagraphs = pair.a.slice(0, -1).split('\n');
  const newParagraphs = pair.b.slice(0, -1).split('\n');

  test('the first text is the 19 laws normalized, the text the corpus has always held', () => {
    expect(SYNTHETIC_LAWS).toHaveLength(19);
    expect(pair.a).toBe(SYNTHETIC_LAWS.map((file) => normalizeLawMarkdown(corpusText(file))).join(''));
    expect(pair.a).toHaveLength(308_922);
    expect(oldParagraphs).toHaveLength(5375);
    expect(sha256(pair.a)).toBe('c11271472d2cac0d5ffca5094b849c9098d460ddab43371eb96ca0884fa0e3e3');
  });

  test('the same laws give the same pair', () => {
    const again = buildSyntheticPair(CORPUS_DIR);
    expect(again.b).toBe(pair.b);
    expect(again.edits).toEqual(pair.edits);
  });

  test('about 2 % of the text is edited, with every kind of edit', () => {
    const edited = pair.edits.reduce((sum, edit) => sum + Math.max(edit.old.length, edit.new.length), 0);
    expect(edited).toBeGreaterThanOrEqual(Math.round(pair.a.length * 0.02));
    expect(edited).toBeLessThan(Math.round(pair.a.length * 0.02) + 100);
    expect(new Set(pair.edits.map((edit) => edit.type))).toEqual(
      new Set(['insert_clause', 'delete_clause', 'replace_clause', 'substitute', 'insert_paragraph']),
    );
    expect(new Set(pair.edits.map((edit) => edit.para)).size).toBe(pair.edits.length);
    expect(Math.abs(pair.b.length - pair.a.length)).toBeLessThan(1000);
  });

  test('each edit is in the second text and the paragraph it changed is not', () => {
    const count = (paragraphs: string[], text: string) => paragraphs.filter((p) => p === text).length;
    for (const edit of pair.edits) {
      const before = oldParagraphs[edit.para] ?? '';
      if (edit.type === 'insert_paragraph') {
        expect(newParagraphs).toContain(edit.new);
        expect(count(newParagraphs, before)).toBe(count(oldParagraphs, before));
      } else {
        expect(before).toContain(edit.old);
        // Short paragraphs recur (本法自公布之日起施行。): one copy fewer, not none.
        expect(count(newParagraphs, before)).toBe(count(oldParagraphs, before) - 1);
      }
    }
    expect(newParagraphs).toHaveLength(
      oldParagraphs.length + pair.edits.filter((edit) => edit.type === 'insert_paragraph').length,
    );
  });

  test('one article of several paragraphs moves whole, unedited, to a later law', () => {
    const { moved } = pair;
    expect(moved.paras).toBeGreaterThanOrEqual(2);
    expect(moved.text).toBe(oldParagraphs.slice(moved.fromPara, moved.fromPara + moved.paras).join('\n'));
    expect(moved.text).toMatch(/^第[一二三四五六七八九十百]+条 /);
    expect(pair.b.split(moved.text)).toHaveLength(2);
    const at = newParagraphs.indexOf(moved.text.split('\n')[0] ?? '');
    expect(at).toBeGreaterThan(moved.fromPara + 1000);
    expect(newParagraphs[at - 1]).toBe(oldParagraphs[moved.toAfterPara]);
  });
});

describe('normalizing a published law', () => {
  test('drops heading marks, blank lines and the INFO END marker, and makes spaces single', () => {
    expect(
      normalizeLawMarkdown(
        '# 某法\n\n2020年1月1日通过\n\n<!-- INFO END -->\n\n## 第一章\u3000总则\n\n第一条  为了……\n',
      ),
    ).toBe('某法\n2020年1月1日通过\n第一章 总则\n第一条 为了……\n');
  });

  test('clauses keep their marks and join back to the paragraph', () => {
    const paragraph = '第一条 为了规范统计工作，保障数据质量；制定本法。附则';
    expect(clauses(paragraph)).toEqual(['第一条 为了规范统计工作，', '保障数据质量；', '制定本法。', '附则']);
    expect(clauses(paragraph).join('')).toBe(paragraph);
  });
});
