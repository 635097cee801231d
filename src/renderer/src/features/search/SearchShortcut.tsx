import { Suspense } from 'react';
import { lazyWithAntd } from '../../lib/antd/lazyWithAntd';
import { useSearchShortcut } from './useSearchShortcut';

const SearchDialog = lazyWithAntd(() => import('./SearchDialog').then((module) => module.SearchDialog));

/**
 * The header's 搜索 button and the Ctrl+K shortcut. Plain React: the dialog (and antd) loads only when
 * it is first opened, so the first screen stays light.
 */
export function SearchShortcut() {
  const [open, setOpen] = useSearchShortcut();
  return (
    <>
      <button
        type="button"
        className="nd-header-search"
        onClick={() => setOpen(true)}
        aria-label="搜索（Ctrl+K）"
      >
        <span>搜索</span>
        <kbd>Ctrl K</kbd>
      </button>
      {open && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
