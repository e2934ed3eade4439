import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { User } from '@aws-sdk/client-iam';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useRemoveUsersFromGroup } from '../../../api/groups/group-membership';
import { ResourceTable } from '../../../components/resource-table';
import { useFlash } from '../../../stores/flash-store';
import { membershipFlashes } from './membership-flashes';
import { userColumns, type UserRow } from './user-columns-config';
import { useVisibleGroupCounts } from './use-visible-group-counts';

const columns = userColumns({ explainQuota: false });

interface GroupUsersTabProps {
  groupName: string;
  members: User[];
}

/** "Users in this group (N)": the members, with Remove and Add users. */
export function GroupUsersTab({ groupName, members }: GroupUsersTabProps) {
  const navigate = useNavigate();
  const flash = useFlash();
  const { counts, onVisibleItemsChange } = useVisibleGroupCounts<UserRow>();
  const removal = useRemoveUsersFromGroup(groupName);
  const [selected, setSelected] = useState<UserRow[]>([]);
  const rows: UserRow[] = members.map((user) => ({
    UserName: user.UserName!,
    CreateDate: user.CreateDate,
    PasswordLastUsed: user.PasswordLastUsed,
    groups: counts.get(user.UserName!),
  }));
  const addUsers = () => navigate(`/groups/details/${encodeURIComponent(groupName)}/add-users`);
  const remove = () =>
    removal.mutate(
      selected.map((row) => row.UserName),
      {
        onSuccess: (result) => {
          membershipFlashes(result, groupName, 'remove').forEach((message) => flash(message));
          setSelected([]);
        },
      },
    );

  return (
    <ResourceTable<UserRow>
      tableId="group-details-users"
      ariaLabel="Users in this group"
      items={rows}
      columns={columns}
      trackBy="UserName"
      filteringFields={['UserName']}
      onVisibleItemsChange={onVisibleItemsChange}
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={setSelected}
      header={
        <Header
          counter={selected.length ? `(${selected.length}/${rows.length})` : `(${rows.length})`}
          description="An IAM user can be in up to 10 user groups. Removing a user from this group takes away the permissions the group gives, not the user."
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button disabled={selected.length === 0} loading={removal.isPending} onClick={remove}>
                Remove
              </Button>
              <Button onClick={addUsers}>Add users</Button>
            </SpaceBetween>
          }
        >
          Users in this group
        </Header>
      }
      empty={
        <Box textAlign="center" color="inherit">
          <b>No users</b>
          <Box variant="p" color="inherit">
            This group has no users yet. Add users to give them the group&apos;s permissions.
          </Box>
          <Button onClick={addUsers}>Add users</Button>
        </Box>
      }
      noMatchText="No users in this group match the search."
    />
  );
}
