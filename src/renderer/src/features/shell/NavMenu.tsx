import {
  AuditOutlined,
  BookOutlined,
  ClearOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useLocation, useNavigate } from 'react-router';

const ITEMS = [
  { key: '/', icon: <DashboardOutlined />, label: '工作台' },
  { key: '/documents', icon: <FileTextOutlined />, label: '文件库' },
  { key: '/review', icon: <AuditOutlined />, label: '审核' },
  { key: '/filing', icon: <FolderOpenOutlined />, label: '备案' },
  { key: '/cleanup', icon: <ClearOutlined />, label: '清理' },
  { key: '/laws', icon: <BookOutlined />, label: '法规库' },
  { key: '/settings', icon: <SettingOutlined />, label: '设置' },
];

/** The section a path belongs to: /documents/abc is still 文件库, a review case /reviews/abc is 审核. */
function sectionOf(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  if (first === 'reviews') return '/review';
  return first === '' ? '/' : `/${first}`;
}

export function NavMenu() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[sectionOf(location.pathname)]}
      items={ITEMS}
      onClick={({ key }) => void navigate(key)}
    />
  );
}
