import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  diffInline,
  hasMarks,
  resolveOptions,
  tokenize,
  type InlineOp,
} from '../../../../src/shared/compare';
import { diffInlineMany } from '../../../../src/shared/compare/inlineDiff';
import { diffText } from '../../../../src/shared/compare/tokenDiff';
import { tokenizeMany } from '../../../../src/shared/compare/tokenize';
import { corpusText } from '../../../support/corpus';

const defaults = resolveOptions();
const strict = resolveOptions({ ignoreWhitespace: false, normalizeWidth: false });

const newSide = (ops: InlineOp[]) => ops.map((op) => (op.op === 'delete' ? '' : op.text)).join('');
const oldSide = (ops: InlineOp[]) =>
  ops.map((op) => (op.op === 'insert' ? '' : op.op === 'equal' ? (op.oldText ?? op.text) : op.text)).join('');
const marked = (ops: InlineOp[]) => ops.filter((op) => op.op !== 'equal').map((op) => `${op.op}:${op.text}`);

describe('diffInline', () => {
  test('marks whole words: 可以 → 应当', () => {
    const ops = diffInline('行政机关可以依法给予行政处罚。', '行政机关应当依法给予行政处罚。', defaults);
    expect(marked(ops)).toEqual(['delete:可以', 'insert:应当']);
  });

  test('an inserted clause is one insertion', () => {
    const ops = diffInline(
      '公民、法人或者其他组织违反行政管理秩序的行为，应当给予行政处罚的，依照本法由法律、法规或者规章规定。',
      '公民、法人或者其他组织违反行政管理秩序的行为，应当给予行政处罚的，依照本法由法律、法规、规章规定，并由行政机关实施。',
      defaults,
    );
    expect(newSide(ops)).toContain('并由行政机关实施');
    expect(
      marked(ops)
        .filter((op) => op.startsWith('insert'))
        .join(''),
    ).toContain('并由行政机关实施');
    expect(ops[0]?.op).toBe('equal');
    expect(ops[0]?.text).toContain('公民、法人或者其他组织');
  });

  test('spacing and full/half-width punctuation are not changes by default, but are kept', () => {
    const ops = diffInline('第一章　总 则（一）', '第一章 总则(一)', defaults);
    expect(hasMarks(ops)).toBe(false);
    expect(ops).toEqual([{ op: 'equal', text: '第一章 总则(一)', oldText: '第一章　总 则（一）' }]);
    expect(hasMarks(diffInline('总则（一）', '总则(一)', strict))).toBe(true);
    expect(hasMarks(diffInline('总 则', '总则', strict))).toBe(true);
  });

  test('texts of spaces only', () => {
    expect(diffInline('  ', '', defaults)).toEqual([{ op: 'equal', text: '', oldText: '  ' }]);
    expect(diffInline('', '', defaults)).toEqual([]);
    expect(diffInline('', '新增', defaults)).toEqual([{ op: 'insert', text: '新增' }]);
  });

  test('a batch gives the same result as one pair at a time', () => {
    const requests: [string, string][] = [
      ['应当在十五日内作出决定。', '应当在三十日内作出决定。'],
      ['罚款五千元', '罚款一万元'],
      ['相同', '相同'],
    ];
    expect(diffInlineMany(requests, defaults)).toEqual(requests.map(([a, b]) => diffInline(a, b, defaults)));
  });

  test('any two texts: the ops rebuild both (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom(...'应当可以不得，。、 　（）()第一条款项123abc'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, text, fc.boolean(), fc.boolean(), (a, b, ignoreWhitespace, normalizeWidth) => {
        const ops = diffInline(a, b, resolveOptions({ ignoreWhitespace, normalizeWidth }));
        expect(newSide(ops)).toBe(b);
        expect(oldSide(ops)).toBe(a);
        expect(ops.every((op) => op.text !== '' || op.op === 'equal')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenize', () => {
  test('Chinese words from Intl.Segmenter; tokens concatenate to the text', () => {
    const tokens = tokenize('县级以上地方人民政府应当加强领导。');
    expect(tokens).toContain('人民政府');
    expect(tokens.join('')).toBe('县级以上地方人民政府应当加强领导。');
  });

  test('without a segmenter it falls back to characters', () => {
    expect(tokenize('应当，ab', null)).toEqual(['应', '当', '，', 'a', 'b']);
  });

  test('a long text and a batch of texts keep every character, separators in the text included', () => {
    const law = corpusText('pairs/norm/xingzhengchufafa_2021.txt').slice(0, 5000);
    expect(tokenize(law).join('')).toBe(law);
    const texts = ['第一条', '', '含有\u2029分隔符的文本', law.slice(0, 700)];
    expect(tokenizeMany(texts).map((tokens) => tokens.join(''))).toEqual(texts);
  });

  test('clauses are diffed first: kept and inserted clauses stay whole, a replaced one is diffed by words', () => {
    const a = '行政机关应当依法实施，不得滥用职权。';
    const b = '行政机关必须依法实施，并接受监督，不得滥用职权。';
    const segments = diffText(a, b, 0, 0);
    expect(
      segments.filter((segment) => segment.equal).map((segment) => a.slice(segment.o0, segment.o1)),
    ).toEqual(['行政机关', '依法实施，', '不得滥用职权。']);
    expect(marked(diffInline(a, b, defaults))).toEqual(['delete:应当', 'insert:必须', 'insert:并接受监督，']);
  });
});
