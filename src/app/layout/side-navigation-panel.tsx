import Box from '@cloudscape-design/components/box';
import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { useLocation, useNavigate } from 'react-router-dom';

const items: SideNavigationProps.Item[] = [
  { type: 'link', text: 'Dashboard', href: '#/home' },
  {
    type: 'section',
    text: 'Access management',
    items: [
      { type: 'link', text: 'User groups', href: '#/groups' },
      { type: 'link', text: 'Users', href: '#/users' },
      { type: 'link', text: 'Policies', href: '#/policies' },
    ],
  },
  { type: 'divider' },
  { type: 'link', text: 'Sandbox settings', href: '#/sandbox' },
];

/** The first path segment decides the active entry, so details pages highlight their list. */
function activeHref(pathname: string): string {
  const section = pathname.split('/')[1] || 'home';
  return `#/${section}`;
}

export function SideNavigationPanel() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <SideNavigation
        header={{ text: 'Identity and Access Management (IAM)', href: '#/home' }}
        activeHref={activeHref(location.pathname)}
        items={items}
        onFollow={(event) => {
          event.preventDefault();
          navigate(event.detail.href.replace(/^#/, ''));
        }}
      />
      <Box padding={{ horizontal: 'l', vertical: 's' }} color="text-body-secondary" fontSize="body-s">
        Roles, Identity providers and Account settings are not part of this sandbox: it teaches users, groups and
        policies.
      </Box>
    </>
  );
}
