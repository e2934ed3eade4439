import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { User } from '@aws-sdk/client-iam';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatIamError } from '../../../api/iam-error';
import { userListQuery } from '../../../api/users/user-queries';
import { ResourceTable } from '../../../components/resource-table';
import { isAtGroupQuota, userColumns, type UserRow } from '../details/user-columns-config';
import { useVisibleGroupCounts } from '../details/use-visible-group-counts';

const columns = userColumns({ explainQuota: true });

interface OtherUsersTableProps {
  members: User[];
  selected: UserRow[];
  onSelectionChange: (rows: UserRow[]) => void;
}

/** "Other users (N)": every IAM user who is not in the group yet. Only users: groups do not nest, and roles cannot join. */
export function OtherUsersTable({ members, selected, onSelectionChange }: OtherUsersTableProps) {
  const users = useQuery(userListQuery());
  const { counts, onVisibleItemsChange } = useVisibleGroupCounts<UserRow>();
  const others = useMemo(() => {
    const memberNames = new Set(members.map((user) => user.UserName!.toLowerCase()));
    return (users.data ?? []).filter((user) => !memberNames.has(user.UserName!.toLowerCase()));
  }, [users.data, members]);
  const rows: UserRow[] = others.map((user) => ({
    UserName: user.UserName!,
    CreateDate: user.CreateDate,
    PasswordLastUsed: user.PasswordLastUsed,
    groups: counts.get(user.UserName!),
  }));

  return (
    <ResourceTable<UserRow>
      tableId="group-add-users"
      ariaLabel="Other users"
      items={rows}
      loading={users.isPending}
      loadingText="Loading users"
      columns={columns}
      trackBy="UserName"
      filteringFields={['UserName']}
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={onSelectionChange}
      isItemDisabled={isAtGroupQuota}
      onVisibleItemsChange={onVisibleItemsChange}
      header={
        <Header
          counter={selected.length ? `(${selected.length}/${rows.length})` : `(${rows.length})`}
          description="Only IAM users can be members of a user group: a group cannot contain other groups or roles. A user can be in up to 10 groups."
        >
          Other users
        </Header>
      }
      empty={
        users.isError ? (
          <StatusIndicator type="error">{formatIamError(users.error)}</StatusIndicator>
        ) : (
          <Box textAlign="center" color="inherit">
            <b>No other users</b>
            <Box variant="p" color="inherit">
              Every IAM user of this account is already in this group, or the account has no users.
            </Box>
          </Box>
        )
      }
      noMatchText="No users match the search."
    />
  );
}
