import { Button, Result, Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Link } from 'react-router';
import { prefetchDraft } from '../../lib/draftRequests';
import { DashboardPage } from '../dashboard';
import { RegistryPage } from '../documents/RegistryPage';
import { PlannedCapability } from '../planned';
import { ShellLayout } from './ShellLayout';

/**
 * Only the shell, the dashboard and the registry are in the first bundle, so the window paints the
 * registry as soon as possible; every other page loads its code when first opened. (The shell is the
 * composition root, so it imports pages by file here rather than through their features' index.)
 */
function page<T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T) {
  const Page = lazy(() => load().then((module) => ({ default: module[name] as ComponentType })));
  return (
    <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
      <Page />
    </Suspense>
  );
}

// The editor (Lexical) is loaded with the drafting page only, so other pages start as quickly as before.
const loadDrafting = () => import('../drafting');
const DraftingPage = lazy(() => loadDrafting().then((module) => ({ default: module.DraftingPage })));

export const shellRoutes: RouteObject[] = [
  {
    path: '/',
    element: <ShellLayout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'documents', element: <RegistryPage /> },
      { path: 'documents/:id', element: page(() => import('../documents/DocumentPage'), 'DocumentPage') },
      {
        path: 'documents/:id/draft',
        // A long text takes a while to arrive: fetch it while the page's code is still loading.
        loader: ({ params }) => {
          if (params.id) prefetchDraft(params.id);
          void loadDrafting();
          return null;
        },
        element: (
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <DraftingPage />
          </Suspense>
        ),
      },
      {
        path: 'documents/:id/versions/:versionId',
        element: page(() => import('../versions/VersionPage'), 'VersionPage'),
      },
      { path: 'documents/:id/compare', element: page(() => import('../compare/ComparePage'), 'ComparePage') },
      { path: 'review', element: page(() => import('../review/ReviewQueuePage'), 'ReviewQueuePage') },
      { path: 'reviews/:caseId', element: page(() => import('../review/ReviewCasePage'), 'ReviewCasePage') },
      {
        path: 'filing',
        element: (
          <PlannedCapability
            title="备案"
            description="报送备案期限提醒、备案材料包生成与备案登记结果管理将在后续版本提供。"
          />
        ),
      },
      {
        path: 'cleanup',
        element: (
          <PlannedCapability
            title="清理"
            description="有效期监测、定期与专项清理及清理结果目录将在后续版本提供。"
          />
        ),
      },
      { path: 'laws', element: page(() => import('../laws/LawLibraryPage'), 'LawLibraryPage') },
      { path: 'settings', element: page(() => import('../settings/SettingsPage'), 'SettingsPage') },
      { path: '*', element: <NotFound /> },
    ],
  },
];

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
