import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useCompareParams } from '../../../src/renderer/src/features/compare/useCompareParams';

function wrapper({ children }: { children: ReactNode }) {
  return <MemoryRouter initialEntries={['/documents/d1/compare?from=v1&to=v2']}>{children}</MemoryRouter>;
}

function useParamsAndSearch() {
  const [params, update] = useCompareParams();
  return { params, update, search: useLocation().search };
}

describe('the comparison choices in the address', () => {
  it('keeps both of two switches turned off before the page renders again', () => {
    const { result } = renderHook(useParamsAndSearch, { wrapper });
    act(() => {
      result.current.update({ ignoreWhitespace: false });
      result.current.update({ normalizeWidth: false });
    });
    expect(result.current.params).toMatchObject({
      ignoreWhitespace: false,
      normalizeWidth: false,
      from: 'v1',
    });
    expect(new URLSearchParams(result.current.search).toString()).toBe('from=v1&to=v2&ws=0&width=0');
  });

  it('builds on the address as it is after a navigation, not on an earlier choice', () => {
    const { result } = renderHook(useParamsAndSearch, { wrapper });
    act(() => result.current.update({ view: 'table' }));
    act(() => result.current.update({ view: 'redline', to: 'draft' }));
    act(() => result.current.update({ ignoreWhitespace: false }));
    expect(new URLSearchParams(result.current.search).toString()).toBe('from=v1&to=draft&ws=0');
  });
});
