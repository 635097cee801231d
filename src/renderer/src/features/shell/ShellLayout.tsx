import { Outlet, useLocation } from 'react-router';
import { useMarkFirstScreen } from '../../lib/firstScreen';
import { NavMenu } from './NavMenu';
import { ShellHeader } from './ShellHeader';
import './shell.css';

/** The frame around every page: the dark navigation on the left, the header, the page. */
export function ShellLayout() {
  // The registry marks its own first screen once its rows are in; any other page is painted at once.
  useMarkFirstScreen(useLocation().pathname !== '/documents');
  return (
    <div className="nd-shell">
      <aside className="nd-sider">
        <div className="nd-brand">
          <span className="nd-brand-full">NormDesk</span>
          <span className="nd-brand-short" aria-hidden="true">
            ND
          </span>
        </div>
        <NavMenu />
      </aside>
      <div className="nd-main">
        <ShellHeader />
        <main className="nd-content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
