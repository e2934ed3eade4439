import type { RouteObject } from 'react-router-dom';

const groupsCrumb = { text: 'User groups', href: '#/groups' };

/** The User groups pages, with the real console's paths. Each page is its own chunk. */
export const groupRoutes: RouteObject[] = [
  {
    path: 'groups',
    handle: { crumb: () => groupsCrumb },
    children: [
      { index: true, lazy: () => import('./list/groups-page') },
      {
        path: 'create',
        lazy: () => import('./create/create-group-page'),
        handle: { crumb: () => ({ text: 'Create user group', href: '#/groups/create' }) },
      },
      {
        path: 'details/:groupName',
        handle: {
          crumb: ({ params }: { params: { groupName?: string } }) => ({
            text: params.groupName ?? '',
            href: `#/groups/details/${encodeURIComponent(params.groupName ?? '')}`,
          }),
        },
        children: [
          { index: true, lazy: () => import('./details/group-details-page') },
          {
            path: 'add-users',
            lazy: () => import('./add-users/add-users-page'),
            handle: { crumb: ({ pathname }: { pathname: string }) => ({ text: 'Add users', href: `#${pathname}` }) },
          },
          {
            path: 'attach-policies',
            lazy: () => import('./attach-policies/attach-policies-page'),
            handle: { crumb: ({ pathname }: { pathname: string }) => ({ text: 'Attach policies', href: `#${pathname}` }) },
          },
          {
            path: 'create-inline-policy',
            lazy: () => import('./inline-policy/create-inline-policy-page'),
            handle: { crumb: ({ pathname }: { pathname: string }) => ({ text: 'Create inline policy', href: `#${pathname}` }) },
          },
        ],
      },
    ],
  },
];
