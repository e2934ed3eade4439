import type { User } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { formatIamError } from '../../../api/iam-error';
import { userListQuery } from '../../../api/users/user-queries';
import { ResourceTable } from '../../../components/resource-table';
import { DeleteUsersModal } from '../shared/delete-users-modal';
import { useDeleteUsersAction } from '../shared/use-delete-users-action';
import { usersColumns } from './users-table-config';

/** IAM › Users: every user of the account, with delete and create. */
export function UsersPage() {
  const users = useQuery(userListQuery());
  const navigate = useNavigate();
  const [selected, setSelected] = useState<User[]>([]);
  const [deleteOpen, setDeleteOpen] = useState(false);
  const { deleteUsers, deleting } = useDeleteUsersAction();
  const selectedNames = selected.map((user) => user.UserName!);

  const onConfirmDelete = async () => {
    setDeleteOpen(false);
    const deleted = await deleteUsers(selectedNames);
    setSelected((current) => current.filter((user) => !deleted.includes(user.UserName!)));
  };

  const header = (
    <Header
      variant="awsui-h1-sticky"
      counter={users.data ? `(${users.data.length})` : undefined}
      description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
      actions={
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="refresh" ariaLabel="Refresh users" loading={users.isFetching} onClick={() => users.refetch()} />
          <Button disabled={selected.length === 0 || deleting} onClick={() => setDeleteOpen(true)}>
            Delete
          </Button>
          <Button variant="primary" onClick={() => navigate('/users/create')}>
            Create user
          </Button>
        </SpaceBetween>
      }
    >
      Users
    </Header>
  );

  return (
    <>
      {users.isError && (
        <Box margin={{ bottom: 's' }}>
          <StatusIndicator type="error">Could not list users: {formatIamError(users.error)}</StatusIndicator>
        </Box>
      )}
      <ResourceTable<User>
        tableId="users"
        ariaLabel="Users"
        variant="full-page"
        items={users.data ?? []}
        loading={users.isPending}
        loadingText="Loading users"
        columns={usersColumns}
        trackBy="UserName"
        filteringFields={['UserName', 'Path']}
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        header={header}
        noMatchText="No users match the search."
        empty={
          <Box textAlign="center" color="inherit">
            <b>No resources to display</b>
            <Box variant="p" color="inherit" padding={{ bottom: 's' }}>
              This account has no users.
            </Box>
            <Button onClick={() => navigate('/users/create')}>Create user</Button>
          </Box>
        }
      />
      <DeleteUsersModal
        userNames={selectedNames}
        visible={deleteOpen}
        deleting={deleting}
        onDismiss={() => setDeleteOpen(false)}
        onConfirm={onConfirmDelete}
      />
    </>
  );
}

export { UsersPage as Component };
