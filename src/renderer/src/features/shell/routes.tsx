import { type ComponentType, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { lazyWithAntd } from '../../lib/antd/lazyWithAntd';
import { prefetchDraft } from '../../lib/draftRequests';
import { PageSpin } from '../../lib/PageSpin';
import { RegistryPage } from '../documents/RegistryPage';
import { ShellLayout } from './ShellLayout';

/**
 * Only the shell and the registry list are in the first bundle, and neither uses antd, so the window
 * paints the registry as soon as possible; every other page loads its code (and antd) when first opened.
 * (The shell is the composition root, so it imports pages by file here rather than through their
 * features' index.)
 */
function page<T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T) {
  const Page = lazyWithAntd(() => load().then((module) => module[name] as ComponentType));
  return (
    <Suspense fallback={<PageSpin />}>
      <Page />
    </Suspense>
  );
}

// The editor (Lexical) is loaded with the drafting page only, so other pages start as quickly as before.
const loadDrafting = () => import('../drafting');

export const shellRoutes: RouteObject[] = [
  {
    path: '/',
    element: <ShellLayout />,
    children: [
      { index: true, element: page(() => import('../dashboard'), 'DashboardPage') },
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
        element: page(loadDrafting, 'DraftingPage'),
      },
      {
        path: 'documents/:id/versions/:versionId',
        element: page(() => import('../versions/VersionPage'), 'VersionPage'),
      },
      { path: 'documents/:id/compare', element: page(() => import('../compare/ComparePage'), 'ComparePage') },
      { path: 'review', element: page(() => import('../review/ReviewQueuePage'), 'ReviewQueuePage') },
      { path: 'reviews/:caseId', element: page(() => import('../review/ReviewCasePage'), 'ReviewCasePage') },
      { path: 'filing', element: page(() => import('../filing/FilingPage'), 'FilingPage') },
      { path: 'cleanup', element: page(() => import('../cleanup/CleanupPage'), 'CleanupPage') },
      {
        path: 'cleanup/campaigns/:id',
        element: page(() => import('../cleanup/CampaignPage'), 'CampaignPage'),
      },
      { path: 'search', element: page(() => import('../search/SearchPage'), 'SearchPage') },
      { path: 'stats', element: page(() => import('../stats/StatsPage'), 'StatsPage') },
      { path: 'laws', element: page(() => import('../laws/LawLibraryPage'), 'LawLibraryPage') },
      { path: 'settings', element: page(() => import('../settings/SettingsPage'), 'SettingsPage') },
      { path: '*', element: page(() => import('./NotFound'), 'NotFound') },
    ],
  },
  // 打印: the document alone, without the frame, so the browser prints only its A4 pages.
  {
    path: '/print/versions/:versionId',
    element: page(() => import('../versions/PrintPage'), 'PrintVersionPage'),
  },
  { path: '/print/drafts/:id', element: page(() => import('../versions/PrintPage'), 'PrintDraftPage') },
];
