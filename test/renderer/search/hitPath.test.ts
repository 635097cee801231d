import { describe, expect, it } from 'vitest';
import { hitPath, parseSearchPage, searchPagePath } from '../../../src/renderer/src/features/search';
import type { SearchHit } from '../../../src/shared/api';

const hit = (overrides: Partial<SearchHit>): SearchHit => ({
  source: 'version',
  sourceId: 'v1',
  versionId: 'v1',
  versionTitle: null,
  blockId: 'b1',
  path: '',
  segments: [],
  ...overrides,
});

describe('where a hit opens', () => {
  it('opens text at its block, records where they are kept', () => {
    expect(hitPath('d1', hit({}))).toBe('/documents/d1/versions/v1?block=b1');
    expect(hitPath('d1', hit({ source: 'draft', sourceId: 'main', versionId: null }))).toBe(
      '/documents/d1/draft?block=b1',
    );
    expect(hitPath('d1', hit({ source: 'draft', sourceId: 'explanation', versionId: null }))).toBe(
      '/documents/d1/draft?part=explanation&block=b1',
    );
    expect(hitPath('d1', hit({ source: 'annotation', sourceId: 'a1', versionId: 'v2' }))).toBe(
      '/documents/d1/versions/v2?block=b1',
    );
    expect(hitPath('d1', hit({ source: 'annotation', sourceId: 'a1', versionId: null }))).toBe(
      '/documents/d1/draft?block=b1',
    );
    expect(hitPath('d1', hit({ source: 'review', sourceId: 'c1' }))).toBe('/reviews/c1');
    expect(hitPath('d1', hit({ source: 'cleanup', sourceId: 'k1' }))).toBe('/cleanup/campaigns/k1');
    expect(hitPath('d1', hit({ source: 'filing', sourceId: 'f1' }))).toBe('/documents/d1?tab=filing');
    expect(hitPath('d1', hit({ source: 'document', sourceId: 'd1', blockId: 'title' }))).toBe(
      '/documents/d1',
    );
  });

  it('keeps the query and its filters in the address, dropping unknown values', () => {
    const path = searchPagePath({
      q: '罚款 "行政处罚"',
      kinds: ['contract'],
      year: 2025,
      sources: ['draft'],
    });
    const parsed = parseSearchPage(new URLSearchParams(path.split('?')[1]));
    expect(parsed).toEqual({
      q: '罚款 "行政处罚"',
      kinds: ['contract'],
      statuses: [],
      year: 2025,
      sources: ['draft'],
    });
    expect(parseSearchPage(new URLSearchParams('q=x&kind=nope&year=abc&where=version,nowhere'))).toEqual({
      q: 'x',
      kinds: [],
      statuses: [],
      year: undefined,
      sources: ['version'],
    });
  });
});
