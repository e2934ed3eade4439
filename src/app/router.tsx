import { createHashRouter, Navigate } from 'react-router-dom';
import { groupRoutes } from '../features/groups/routes';
import { policyRoutes } from '../features/policies/routes';
import { sandboxRoutes } from '../features/sandbox/routes';
import { userRoutes } from '../features/users/routes';
import { ConsoleLayout } from './layout/console-layout';
import { RouteErrorPage } from './route-error-page';

/** Hash routes as in the real console (`/iam/home#/groups`); each page is its own lazy chunk. */
export const router = createHashRouter([
  {
    element: <ConsoleLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/home" replace /> },
      {
        path: 'home',
        lazy: () => import('../features/dashboard/dashboard-page'),
        handle: { crumb: () => ({ text: 'Dashboard', href: '#/home' }) },
      },
      ...groupRoutes,
      ...userRoutes,
      ...policyRoutes,
      ...sandboxRoutes,
      { path: '*', lazy: () => import('../features/not-found/not-found-page') },
    ],
  },
]);
