import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { NavMenu } from './NavMenu';
import { ShellHeader } from './ShellHeader';

export function ShellLayout() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="dark" breakpoint="lg" collapsedWidth={64}>
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: '#fff',
            fontSize: 18,
            fontWeight: 600,
            letterSpacing: 1,
          }}
        >
          NormDesk
        </div>
        <NavMenu />
      </Layout.Sider>
      <Layout>
        <ShellHeader />
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
