import { useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { shellRoutes } from './routes';

/**
 * The signed-in application. Hash routing keeps working when Electron loads the page from file://;
 * the router lives as long as the session, so signing out and in again starts from the same address.
 */
export function AppShell() {
  const [router] = useState(() => createHashRouter(shellRoutes));
  return <RouterProvider router={router} />;
}
