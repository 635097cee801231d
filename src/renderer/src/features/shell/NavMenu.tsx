import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  ClearOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  SearchOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Link, useLocation } from 'react-router';

const ITEMS = [
  { path: '/', icon: <DashboardOutlined />, label: '工作台' },
  { path: '/documents', icon: <FileTextOutlined />, label: '文件库' },
  { path: '/review', icon: <AuditOutlined />, label: '审核' },
  { path: '/filing', icon: <FolderOpenOutlined />, label: '备案' },
  { path: '/cleanup', icon: <ClearOutlined />, label: '清理' },
  { path: '/stats', icon: <BarChartOutlined />, label: '统计' },
  { path: '/laws', icon: <BookOutlined />, label: '法规库' },
  { path: '/search', icon: <SearchOutlined />, label: '搜索' },
  { path: '/settings', icon: <SettingOutlined />, label: '设置' },
];

/** The section a path belongs to: /documents/abc is still 文件库, a review case /reviews/abc is 审核. */
function sectionOf(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  if (first === 'reviews') return '/review';
  return first === '' ? '/' : `/${first}`;
}

/** The main navigation. A section's link goes to its start (the registry without filters, say). */
export function NavMenu() {
  const section = sectionOf(useLocation().pathname);
  return (
    <nav aria-label="主导航">
      <ul className="nd-nav" role="menu">
        {ITEMS.map((item) => {
          const current = item.path === section;
          return (
            <li key={item.path} role="none">
              <Link
                to={item.path}
                role="menuitem"
                title={item.label}
                aria-current={current ? 'page' : undefined}
                className={current ? 'nd-nav-item nd-nav-item-current' : 'nd-nav-item'}
              >
                <span className="nd-nav-icon">{item.icon}</span>
                <span className="nd-nav-label">{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
