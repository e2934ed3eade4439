import BreadcrumbGroup, { type BreadcrumbGroupProps } from '@cloudscape-design/components/breadcrumb-group';
import { useMatches, useNavigate, type UIMatch } from 'react-router-dom';

/** Routes declare their crumb in `handle`; the trail is the crumbs of every matched route. */
export interface CrumbHandle {
  crumb: (match: UIMatch) => BreadcrumbGroupProps.Item | BreadcrumbGroupProps.Item[];
}

function hasCrumb(handle: unknown): handle is CrumbHandle {
  return typeof (handle as CrumbHandle | undefined)?.crumb === 'function';
}

export function RouteBreadcrumbs() {
  const matches = useMatches();
  const navigate = useNavigate();
  const items = [
    { text: 'IAM', href: '#/home' },
    ...matches.flatMap((match) => (hasCrumb(match.handle) ? [match.handle.crumb(match)].flat() : [])),
  ];
  return (
    <BreadcrumbGroup
      items={items}
      ariaLabel="Breadcrumbs"
      expandAriaLabel="Show path"
      onFollow={(event) => {
        event.preventDefault();
        navigate(event.detail.href.replace(/^#/, ''));
      }}
    />
  );
}
