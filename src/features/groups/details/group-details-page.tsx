import ContentLayout from '@cloudscape-design/components/content-layout';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { groupLoadState } from '../shared/group-load-state';
import { useParams } from 'react-router-dom';
import { groupQuery } from '../../../api/groups/group-queries';
import { GroupDetailsHeader } from './group-details-header';
import { GroupSummary } from './group-summary';
import { GroupTabs } from './group-tabs';

/** `#/groups/details/NAME?section=users|permissions|access_advisor` */
export function GroupDetailsPage() {
  const groupName = useParams().groupName ?? '';
  const group = useQuery(groupQuery(groupName));

  const loadState = groupLoadState(groupName, group);
  if (loadState || !group.data) return loadState;

  const { group: details, users } = group.data;
  return (
    <ContentLayout header={<GroupDetailsHeader groupName={details.GroupName!} memberCount={users.length} />}>
      <SpaceBetween size="l">
        <GroupSummary group={details} />
        <GroupTabs groupName={details.GroupName!} members={users} />
      </SpaceBetween>
    </ContentLayout>
  );
}

export { GroupDetailsPage as Component };
