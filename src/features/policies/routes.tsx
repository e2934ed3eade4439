import type { RouteObject } from 'react-router-dom';
import { policyNameOf } from './shared/policy-name';

const policiesCrumb = { text: 'Policies', href: '#/policies' };

/**
 * The Policies pages, with the real console's paths. The details path carries the
 * policy's ARN URL-encoded as one segment (`#/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2F…`).
 */
export const policyRoutes: RouteObject[] = [
  {
    path: 'policies',
    handle: { crumb: () => policiesCrumb },
    children: [
      { index: true, lazy: () => import('./list/policies-page') },
      {
        path: 'create',
        lazy: () => import('./create/create-policy-page'),
        handle: { crumb: () => ({ text: 'Create policy', href: '#/policies/create' }) },
      },
      {
        path: 'details/:policyArn',
        lazy: () => import('./details/policy-details-page'),
        handle: {
          crumb: ({ params }: { params: { policyArn?: string } }) => ({
            text: policyNameOf(params.policyArn ?? ''),
            href: `#/policies/details/${encodeURIComponent(params.policyArn ?? '')}`,
          }),
        },
      },
    ],
  },
];
