import { describe, expect, it } from 'vitest';
import {
  selectionSpan,
  spanInBlock,
  textOffset,
} from '../../../src/renderer/src/features/annotations/selectionOffsets';

/** A page like the version viewer renders: runs and marks split a block's text into several nodes. */
function page(): HTMLElement {
  const root = document.createElement('article');
  root.innerHTML = [
    '<h1 data-block-id="t1"><span>中华人民共和国行政处罚法</span></h1>',
    '<p data-block-id="o38"><span>第十五条 </span><strong>行政处罚</strong>',
    '<span>由具有<mark data-threads="a1">行政处罚权</mark>的行政机关</span><span>在法定职权范围内实施。</span></p>',
    '<div data-table-id="tb"><table><tbody><tr>',
    '<td><p data-block-id="c1"><span>单元格一</span></p></td>',
    '<td><p data-block-id="c2"><em>单元格</em><span>二</span></p></td>',
    '</tr></tbody></table></div>',
  ].join('');
  document.body.replaceChildren(root);
  return root;
}

function block(root: HTMLElement, id: string): Element {
  const found = root.querySelector(`[data-block-id="${id}"]`);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

/** The text node holding `needle` inside `scope`, and where the needle starts in it. */
function textNodeWith(scope: Element, needle: string): { node: Text; at: number } {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue?.indexOf(needle) ?? -1;
    if (at >= 0) return { node: node as Text, at };
  }
  throw new Error(`no text node with ${needle}`);
}

function rangeOver(scope: Element, from: string, to: string): Range {
  const start = textNodeWith(scope, from);
  const end = textNodeWith(scope, to);
  const range = document.createRange();
  range.setStart(start.node, start.at);
  range.setEnd(end.node, end.at + to.length);
  return range;
}

const ARTICLE = '第十五条 行政处罚由具有行政处罚权的行政机关在法定职权范围内实施。';

describe('offsets of a DOM selection in a block’s plain text', () => {
  it('counts through every text node before the boundary, whatever element holds it', () => {
    const root = page();
    const article = block(root, 'o38');
    expect(article.textContent).toBe(ARTICLE);
    const { node, at } = textNodeWith(article, '在法定');
    expect(textOffset(article, node, at)).toBe(ARTICLE.indexOf('在法定'));
  });

  it('gives the span of a selection over runs split into several spans and a mark', () => {
    const root = page();
    const article = block(root, 'o38');
    const span = spanInBlock(article, rangeOver(article, '处罚', '的行政'));
    expect(ARTICLE.slice(span.start, span.end)).toBe('处罚由具有行政处罚权的行政');
  });

  it('accepts element boundary points (before a child, after the last child)', () => {
    const root = page();
    const article = block(root, 'o38');
    const strong = article.querySelector('strong');
    if (!strong) throw new Error('no strong');
    const range = document.createRange();
    range.setStart(article, 1); // before <strong>
    range.setEnd(article, article.childNodes.length); // after the last run
    const span = spanInBlock(article, range);
    expect(span).toEqual({ start: '第十五条 '.length, end: ARTICLE.length });
    range.setStart(strong, 0);
    range.setEnd(strong, 1);
    expect(spanInBlock(article, range)).toEqual({ start: 5, end: 9 });
  });

  it('clips a boundary outside the block to the block’s start or end', () => {
    const root = page();
    const article = block(root, 'o38');
    const range = rangeOver(root, '处罚法', '由具有');
    expect(spanInBlock(article, range)).toEqual({ start: 0, end: ARTICLE.indexOf('由具有') + 3 });
    expect(spanInBlock(block(root, 'c1'), range)).toEqual({ start: 0, end: 0 });
  });

  it('turns a selection inside one block into {blockId, start, end}', () => {
    const root = page();
    const result = selectionSpan(root, rangeOver(block(root, 'o38'), '在法定', '范围内'));
    expect(result).toEqual({
      ok: true,
      span: {
        blockId: 'o38',
        start: ARTICLE.indexOf('在法定'),
        end: ARTICLE.indexOf('范围内') + 3,
        clipped: false,
      },
    });
  });

  it('clips a selection across blocks to the first block where it selects text', () => {
    const root = page();
    const result = selectionSpan(root, rangeOver(root, '处罚法', '第十五条'));
    expect(result).toEqual({
      ok: true,
      span: {
        blockId: 't1',
        start: '中华人民共和国行政'.length,
        end: '中华人民共和国行政处罚法'.length,
        clipped: true,
      },
    });
  });

  it('handles table cells as blocks of their own', () => {
    const root = page();
    const result = selectionSpan(root, rangeOver(root, '格', '二'));
    expect(result).toEqual({ ok: true, span: { blockId: 'c1', start: 2, end: 4, clipped: true } });
    const inCell = selectionSpan(root, rangeOver(block(root, 'c2'), '格', '二'));
    expect(inCell).toEqual({ ok: true, span: { blockId: 'c2', start: 2, end: 4, clipped: false } });
  });

  it('refuses an empty selection with a Chinese reason', () => {
    const root = page();
    const range = document.createRange();
    const { node } = textNodeWith(root, '第十五条');
    range.setStart(node, 2);
    range.setEnd(node, 2);
    const result = selectionSpan(root, range);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/请先在正文中选择/);
  });
});
