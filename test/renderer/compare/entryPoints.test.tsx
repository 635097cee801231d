import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';
import { useCompareEnvironment } from './environment';
import { comparison, DETAIL, RESULT, version } from './fixtures';

useCompareEnvironment();

const V3 = version(3, '审议稿');

function openDocument() {
  const bridge = installBridge({
    ...signedInChannels(),
    'documents.get': { ...DETAIL, versions: [...DETAIL.versions, V3] },
    'compare.run': comparison(RESULT),
    'materials.list': { checks: [], files: [], legalBases: [] },
  });
  renderApp('/documents/doc-1');
  return bridge;
}

function route(): string {
  return decodeURIComponent(window.location.hash.slice(1));
}

describe('ways into the comparison', () => {
  it('版本比对 on the document page compares the last two versions', async () => {
    const bridge = openDocument();
    fireEvent.click(await screen.findByRole('button', { name: /版本比对/ }));
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    expect(route()).toBe('/documents/doc-1/compare');
    expect(bridge.inputsOf('compare.run')[0]).toMatchObject({ fromVersionId: 'v-2', toVersionId: 'v-3' });
    expect(screen.getByTitle('第 2 版 · 送审稿')).toBeTruthy();
    expect(screen.getByTitle('第 3 版 · 审议稿')).toBeTruthy();
  });

  it('ticking two versions in the list compares them, the older as the original', async () => {
    const bridge = openDocument();
    await screen.findByText('审议稿');
    const compare = screen.getByRole<HTMLButtonElement>('button', { name: /比对所选版本/ });
    expect(compare.disabled).toBe(true);
    const rowOf = (label: string) => screen.getByText(label).closest('tr') as HTMLElement;
    fireEvent.click(within(rowOf('审议稿')).getByRole('checkbox'));
    fireEvent.click(within(rowOf('征求意见稿')).getByRole('checkbox'));
    await waitFor(() => expect(compare.disabled).toBe(false));
    fireEvent.click(compare);
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    expect(route()).toBe('/documents/doc-1/compare?from=v-1&to=v-3');
    expect(bridge.inputsOf('compare.run')[0]).toMatchObject({ fromVersionId: 'v-1', toVersionId: 'v-3' });
  });

  it('与当前草稿比对 compares a version with the working draft', async () => {
    const bridge = openDocument();
    await screen.findByText('审议稿');
    const row = screen.getByText('送审稿').closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('link', { name: '与当前草稿比对' }));
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    expect(route()).toBe('/documents/doc-1/compare?from=v-2&to=draft');
    expect(bridge.inputsOf('compare.run')[0]).toMatchObject({ fromVersionId: 'v-2', toVersionId: null });
  });

  it('changing an option compares again with it', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'documents.get': DETAIL,
      'compare.run': comparison(RESULT),
    });
    renderApp('/documents/doc-1/compare?from=v-1&to=v-2');
    await screen.findByText(`新增 ${RESULT.summary.added} 条`);
    fireEvent.click(screen.getByRole('switch', { name: '全半角视为相同' }));
    await waitFor(() => expect(bridge.inputsOf('compare.run')).toHaveLength(2));
    expect(bridge.inputsOf('compare.run')[1]).toMatchObject({
      normalizeWidth: false,
      ignoreWhitespace: true,
    });
    expect(route()).toBe('/documents/doc-1/compare?from=v-1&to=v-2&width=0');
  });
});
