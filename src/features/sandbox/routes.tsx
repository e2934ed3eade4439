import type { RouteObject } from 'react-router-dom';

/** Sandbox settings (`#/sandbox`): scenarios and reset, export and import, fault injection. */
export const sandboxRoutes: RouteObject[] = [
  {
    path: 'sandbox',
    lazy: () => import('./settings/sandbox-settings-page'),
    handle: { crumb: () => ({ text: 'Sandbox settings', href: '#/sandbox' }) },
  },
];
