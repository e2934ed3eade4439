import type { RouteObject } from 'react-router-dom';

const usersCrumb = { text: 'Users', href: '#/users' };

/** The Users pages, with the real console's paths. Each page is its own chunk. */
export const userRoutes: RouteObject[] = [
  {
    path: 'users',
    handle: { crumb: () => usersCrumb },
    children: [
      { index: true, lazy: () => import('./list/users-page') },
      {
        path: 'create',
        lazy: () => import('./create/create-user-page'),
        handle: { crumb: () => ({ text: 'Create user', href: '#/users/create' }) },
      },
      {
        path: 'details/:userName',
        handle: {
          crumb: ({ params }: { params: { userName?: string } }) => ({
            text: params.userName ?? '',
            href: `#/users/details/${encodeURIComponent(params.userName ?? '')}`,
          }),
        },
        children: [
          { index: true, lazy: () => import('./details/user-details-page') },
          {
            path: 'add-to-groups',
            lazy: () => import('./add-to-groups/add-user-to-groups-page'),
            handle: { crumb: () => ({ text: 'Add user to groups', href: '#' }) },
          },
          {
            path: 'attach-policies',
            lazy: () => import('./attach-policies/attach-user-policies-page'),
            handle: { crumb: () => ({ text: 'Add permissions', href: '#' }) },
          },
          {
            path: 'create-inline-policy',
            lazy: () => import('./inline-policy/create-user-inline-policy-page'),
            handle: { crumb: () => ({ text: 'Create inline policy', href: '#' }) },
          },
        ],
      },
    ],
  },
];
