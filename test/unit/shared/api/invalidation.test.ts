import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../../../src/shared/api';
import { AFFECTED_QUERIES, affectedQueries } from '../../../../src/shared/api/invalidation';

const mutations = CHANNELS.filter((channel) => contract[channel].mutates);
const queries = new Set(CHANNELS.filter((channel) => !contract[channel].mutates));

describe('what each change makes stale', () => {
  it('maps every mutation channel, and nothing else', () => {
    expect(Object.keys(AFFECTED_QUERIES).sort()).toEqual([...mutations].sort());
  });

  it('names only query channels, each once', () => {
    for (const [channel, affected] of Object.entries(AFFECTED_QUERIES)) {
      const list: readonly string[] = affected;
      expect({ channel, unknown: list.filter((query) => !queries.has(query as never)) }).toEqual({
        channel,
        unknown: [],
      });
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('reads the workflow again after a material changes (the 印发 button follows the 材料 tab)', () => {
    for (const channel of ['materials.upload', 'materials.withdraw', 'legalBases.add', 'legalBases.remove']) {
      expect(affectedQueries(channel)).toContain('workflow.get');
    }
  });

  it('follows every change with the audit log, and a read with nothing', () => {
    for (const channel of mutations) expect(affectedQueries(channel)).toContain('audit.list');
    expect(affectedQueries('documents.get')).toEqual([]);
    expect(affectedQueries('no.such')).toEqual([]);
  });
});
