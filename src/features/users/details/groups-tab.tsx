import type { Group } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatIamError } from '../../../api/iam-error';
import { groupsForUserQuery } from '../../../api/users/user-queries';
import { ResourceTable, type ResourceColumn } from '../../../components/resource-table';
import { GroupAttachedPoliciesCell } from '../shared/group-cells';
import { GroupLimitAlert } from '../shared/group-limit-alert';
import { groupDetailsHref } from '../shared/links';
import { useUserQuotas } from '../shared/use-user-quotas';
import { RemoveFromGroupsModal } from './remove-from-groups-modal';

const columns: ResourceColumn<Group>[] = [
  {
    id: 'name',
    header: 'Group name',
    cell: (group) => <Link href={groupDetailsHref(group.GroupName!)}>{group.GroupName}</Link>,
    sortingField: 'GroupName',
    isRowHeader: true,
  },
  { id: 'policies', header: 'Attached policies', cell: (group) => <GroupAttachedPoliciesCell groupName={group.GroupName!} names /> },
];

/** The user's memberships: where most of the user's permissions come from. */
export function GroupsTab({ userName }: { userName: string }) {
  const groups = useQuery(groupsForUserQuery(userName));
  const navigate = useNavigate();
  const { groupsPerUser } = useUserQuotas();
  const [selected, setSelected] = useState<Group[]>([]);
  const [removeOpen, setRemoveOpen] = useState(false);
  const count = groups.data?.length ?? 0;

  return (
    <SpaceBetween size="m">
      {groups.isError && <StatusIndicator type="error">{formatIamError(groups.error)}</StatusIndicator>}
      {count >= groupsPerUser && <GroupLimitAlert userName={userName} limit={groupsPerUser} />}
      <ResourceTable<Group>
        tableId="user-groups"
        ariaLabel="User groups membership"
        items={groups.data ?? []}
        loading={groups.isPending}
        loadingText="Loading groups"
        columns={columns}
        trackBy="GroupName"
        filteringFields={['GroupName']}
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        header={
          <Header
            variant="h2"
            counter={`(${count})`}
            description={`A user can be a member of up to ${groupsPerUser} groups at a time.`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={selected.length === 0} onClick={() => setRemoveOpen(true)}>
                  Remove
                </Button>
                <Button variant="primary" onClick={() => navigate(`/users/details/${encodeURIComponent(userName)}/add-to-groups`)}>
                  Add user to groups
                </Button>
              </SpaceBetween>
            }
          >
            User groups membership
          </Header>
        }
        empty={
          <Box textAlign="center" color="inherit">
            <b>No groups</b>
            <Box variant="p" color="inherit">
              {userName} is not a member of any group.
            </Box>
          </Box>
        }
      />
      <RemoveFromGroupsModal
        userName={userName}
        groupNames={selected.map((group) => group.GroupName!)}
        visible={removeOpen}
        onClose={(removed) => {
          setRemoveOpen(false);
          if (removed) setSelected([]);
        }}
      />
    </SpaceBetween>
  );
}
