import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../src/shared/api';
import { ListDocumentsInput } from '../../src/shared/api';
import { ROW_HEIGHT, RegistryTable } from '../../src/renderer/src/features/documents/RegistryTable';
import { documentSummary } from './support/documents';

const QUERY = ListDocumentsInput.parse({ pageSize: 500 });
const HEIGHT = 560;

function documents(count: number, prefix = 'doc'): DocumentSummary[] {
  return Array.from({ length: count }, (_, index) =>
    documentSummary({ id: `${prefix}-${index}`, title: `${prefix} 文件 ${index}` }),
  );
}

function renderTable(items: DocumentSummary[], onChange = vi.fn()) {
  const view = render(
    <MemoryRouter>
      <RegistryTable query={QUERY} onChange={onChange} items={items} loading={false} height={HEIGHT} />
    </MemoryRouter>,
  );
  const rerender = (next: DocumentSummary[]) =>
    view.rerender(
      <MemoryRouter>
        <RegistryTable query={QUERY} onChange={onChange} items={next} loading={false} height={HEIGHT} />
      </MemoryRouter>,
    );
  const scroller = view.container.querySelector('.nd-registry') as HTMLElement;
  const rows = () => [...view.container.querySelectorAll('.nd-registry-row')];
  return { rerender, scroller, rows, onChange };
}

describe('registry list', () => {
  it('puts only the rows in view (and a few around them) in the page, with the full height kept', () => {
    const { rows, scroller } = renderTable(documents(500));
    expect(rows().length).toBeGreaterThan(HEIGHT / ROW_HEIGHT);
    expect(rows().length).toBeLessThan(40);
    expect(screen.getByText('doc 文件 0')).toBeTruthy();

    scroller.scrollTop = 300 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    expect(screen.getByText('doc 文件 300')).toBeTruthy();
    expect(screen.queryByText('doc 文件 0')).toBeNull();
    const spacers = [...scroller.querySelectorAll('tr[aria-hidden="true"]')] as HTMLElement[];
    const spaced = spacers.reduce((sum, row) => sum + Number.parseFloat(row.style.height), 0);
    expect(spaced + rows().length * ROW_HEIGHT).toBe(500 * ROW_HEIGHT);
  });

  it('starts a new page at the top', () => {
    const { rerender, scroller } = renderTable(documents(500));
    scroller.scrollTop = 200 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    rerender(documents(500, 'next'));
    expect(scroller.scrollTop).toBe(0);
    expect(screen.getByText('next 文件 0')).toBeTruthy();
  });

  it('sorts descending, then ascending, then back to newest first', () => {
    const clickTitle = (query: Partial<typeof QUERY>) => {
      const onChange = vi.fn();
      const view = render(
        <MemoryRouter>
          <RegistryTable
            query={{ ...QUERY, ...query }}
            onChange={onChange}
            items={documents(3)}
            loading={false}
            height={HEIGHT}
          />
        </MemoryRouter>,
      );
      const title = screen.getByRole('columnheader', { name: /标题/ });
      const shown = title.getAttribute('aria-sort');
      fireEvent.click(title);
      view.unmount();
      return { shown, asked: onChange.mock.calls.at(-1)?.[0] as unknown };
    };
    expect(clickTitle({})).toEqual({ shown: 'none', asked: { sort: 'title', order: 'desc' } });
    expect(clickTitle({ sort: 'title', order: 'desc' })).toEqual({
      shown: 'descending',
      asked: { sort: 'title', order: 'asc' },
    });
    expect(clickTitle({ sort: 'title', order: 'asc' })).toEqual({
      shown: 'ascending',
      asked: { sort: 'updatedAt', order: 'desc' },
    });
  });

  it('says so when nothing matches', () => {
    renderTable([]);
    expect(screen.getByText('没有符合条件的文件')).toBeTruthy();
  });
});
