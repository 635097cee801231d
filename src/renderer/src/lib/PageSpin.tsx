import './pageSpin.css';

/** A plain loading indicator for the moments before a page's code (and antd) has arrived. */
export function PageSpin({ fullPage = false }: { fullPage?: boolean }) {
  return (
    <div className={fullPage ? 'nd-page-spin nd-page-spin-full' : 'nd-page-spin'} role="status">
      <span className="nd-page-spin-dot" aria-hidden="true" />
      <span className="nd-page-spin-text">正在载入……</span>
    </div>
  );
}
