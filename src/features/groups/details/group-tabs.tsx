import Tabs from '@cloudscape-design/components/tabs';
import type { User } from '@aws-sdk/client-iam';
import { useSearchParams } from 'react-router-dom';
import { AccessAdvisorTab } from './access-advisor-tab';
import { GroupPermissionsTab } from './group-permissions-tab';
import { GroupUsersTab } from './group-users-tab';

const SECTIONS = ['users', 'permissions', 'access_advisor'] as const;
type Section = (typeof SECTIONS)[number];

function sectionOf(value: string | null): Section {
  return SECTIONS.includes(value as Section) ? (value as Section) : 'users';
}

/** Users · Permissions · Access Advisor; the open tab lives in `?section=` so links and reloads keep it. */
export function GroupTabs({ groupName, members }: { groupName: string; members: User[] }) {
  const [params, setParams] = useSearchParams();
  return (
    <Tabs
      activeTabId={sectionOf(params.get('section'))}
      onChange={({ detail }) => setParams({ section: detail.activeTabId }, { replace: true })}
      ariaLabel="User group details"
      tabs={[
        {
          id: 'users',
          label: `Users (${members.length})`,
          content: <GroupUsersTab groupName={groupName} members={members} />,
        },
        { id: 'permissions', label: 'Permissions', content: <GroupPermissionsTab groupName={groupName} /> },
        { id: 'access_advisor', label: 'Access Advisor', content: <AccessAdvisorTab groupName={groupName} /> },
      ]}
    />
  );
}
