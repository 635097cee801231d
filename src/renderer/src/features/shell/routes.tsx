import { Button, Result, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { Link } from 'react-router';
import { prefetchDraft } from '../../lib/draftRequests';
import { ComparePage } from '../compare';
import { DashboardPage } from '../dashboard';
import { DocumentPage, RegistryPage } from '../documents';
import { LawLibraryPage } from '../laws';
import { PlannedCapability } from '../planned';
import { ReviewCasePage, ReviewQueuePage } from '../review';
import { SettingsPage } from '../settings';
import { VersionPage } from '../versions';
import { ShellLayout } from './ShellLayout';

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
      { path: 'documents/:id', element: <DocumentPage /> },
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
      { path: 'documents/:id/versions/:versionId', element: <VersionPage /> },
      { path: 'documents/:id/compare', element: <ComparePage /> },
      { path: 'review', element: <ReviewQueuePage /> },
      { path: 'reviews/:caseId', element: <ReviewCasePage /> },
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
      { path: 'laws', element: <LawLibraryPage /> },
      { path: 'settings', element: <SettingsPage /> },
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
