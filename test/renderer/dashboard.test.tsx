import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ListDocumentsInput } from '../../src/shared/api';
import { installBridge, signedInChannels } from './support/fakeBridge';
import { documentSummary } from './support/documents';
import { renderApp } from './support/renderApp';

/** A registry of 7 documents: 4 drafting administrative, 2 in-force Party, 1 contract in review. */
const REGISTRY = [
  ...[1, 2, 3, 4].map((n) => documentSummary({ id: `a${n}`, title: `行政文件${n}` })),
  ...[1, 2].map((n) =>
    documentSummary({ id: `p${n}`, title: `党内文件${n}`, kind: 'party_normative', status: 'in_force' }),
  ),
  documentSummary({ id: 'c1', title: '采购合同', kind: 'contract', status: 'in_review' }),
];

describe('dashboard (工作台)', () => {
  it('shows counts the server reports, per status and per kind, and the recent documents', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'documents.list': (input: Partial<ListDocumentsInput>) => {
        const matching = REGISTRY.filter(
          (document) =>
            (!input.kind || document.kind === input.kind) &&
            (!input.status || document.status === input.status),
        );
        const pageSize = input.pageSize ?? 50;
        return { items: matching.slice(0, pageSize), total: matching.length, page: 1, pageSize };
      },
    });
    renderApp('/');
    expect(await screen.findByText('采购合同')).toBeTruthy();
    const countLink = async (label: string) =>
      (await screen.findByText(label, { selector: 'a span' })).closest('a');
    expect((await countLink('行政规范性文件'))?.textContent).toBe('行政规范性文件4 件');
    expect((await countLink('党内规范性文件'))?.textContent).toBe('党内规范性文件2 件');
    expect((await countLink('政府信息公开'))?.textContent).toBe('政府信息公开0 件');
    expect((await countLink('合同'))?.getAttribute('href')).toBe('#/documents?kind=contract');
    // Every number comes from a one-row page of the registry query.
    const countQueries = bridge
      .inputsOf('documents.list')
      .filter((input) => (input as { pageSize: number }).pageSize === 1);
    expect(countQueries.length).toBe(16);
  });
});
