import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import { useQueries, useQuery } from '@tanstack/react-query';
import { memo, useCallback, useMemo, useState } from 'react';
import { describeIamError, formatIamError } from '../../../api/iam-error';
import { groupsForUserQuery, userListQuery } from '../../../api/users/user-queries';
import { ResourceTable } from '../../../components/resource-table';
import { addUsersColumns } from './add-users-config';
import { GROUPS_PER_USER, isUserAtGroupLimit, type UserRow } from './user-row';

interface AddUsersContainerProps {
  selected: UserRow[];
  onChange: (users: UserRow[]) => void;
}

/** Stable, so useQueries memoizes the combined counts until a query's state changes. */
function countsOf(results: { data?: unknown[]; error: unknown }[]): Pick<UserRow, 'groupCount' | 'groupCountError'>[] {
  return results.map((result) => ({
    groupCount: result.data?.length,
    groupCountError: result.error ? describeIamError(result.error) : undefined,
  }));
}

/** Existing users to make members; group counts are read only for the users on screen. */
export const AddUsersContainer = memo(function AddUsersContainer({ selected, onChange }: AddUsersContainerProps) {
  const users = useQuery(userListQuery());
  const [visibleNames, setVisibleNames] = useState<string[]>([]);
  const counts = useQueries({ queries: visibleNames.map((name) => groupsForUserQuery(name)), combine: countsOf });

  const rows = useMemo<UserRow[]>(() => {
    const countByName = new Map(visibleNames.map((name, index) => [name, counts[index]]));
    return (users.data ?? []).map((user) => ({ ...user, UserName: user.UserName!, ...countByName.get(user.UserName!) }));
  }, [users.data, visibleNames, counts]);
  const onVisibleItemsChange = useCallback((items: readonly UserRow[]) => setVisibleNames(items.map((u) => u.UserName)), []);

  return (
    <ResourceTable<UserRow>
      tableId="create-group-users"
      variant="container"
      ariaLabel="Users"
      items={rows}
      columns={addUsersColumns}
      trackBy="UserName"
      filteringFields={['UserName']}
      loading={users.isPending}
      loadingText="Loading users"
      selectionType="multi"
      selectedItems={selected}
      onSelectionChange={(items) => onChange(items.filter((user) => !isUserAtGroupLimit(user)))}
      isItemDisabled={isUserAtGroupLimit}
      onVisibleItemsChange={onVisibleItemsChange}
      defaultPageSize={10}
      empty={
        <Box textAlign="center" color="inherit">
          <b>No resources to display</b>
          <Box variant="p" color="inherit">
            {users.isError ? formatIamError(users.error) : 'There are no users in this account.'}
          </Box>
        </Box>
      }
      noMatchText="No users match the search."
      header={
        <Header
          variant="h2"
          counter={users.data ? `(${selected.length}/${users.data.length})` : undefined}
          description={`An IAM user can be a member of up to ${GROUPS_PER_USER} user groups. Users already in ${GROUPS_PER_USER} groups cannot be selected.`}
        >
          Add users to the group - Optional
        </Header>
      }
    />
  );
});
