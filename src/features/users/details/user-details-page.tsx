import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Tabs from '@cloudscape-design/components/tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatIamError, isIamErrorCode } from '../../../api/iam-error';
import { groupsForUserQuery, userQuery } from '../../../api/users/user-queries';
import { NotFoundContent } from '../../../components/not-found-content';
import { DeleteUsersModal } from '../shared/delete-users-modal';
import { useDeleteUsersAction } from '../shared/use-delete-users-action';
import { GroupsTab } from './groups-tab';
import { PermissionsTab } from './permissions-tab';
import { SecurityCredentialsTab } from './security-credentials-tab';
import { UserSummary } from './user-summary';

const SECTIONS = ['permissions', 'groups', 'security_credentials'];

/** IAM › Users › NAME: summary and the Permissions / Groups / Security credentials tabs. */
export function UserDetailsPage() {
  const userName = useParams().userName ?? '';
  const [searchParams, setSearchParams] = useSearchParams();
  const section = SECTIONS.includes(searchParams.get('section') ?? '') ? searchParams.get('section')! : 'permissions';
  const user = useQuery(userQuery(userName));
  const groups = useQuery(groupsForUserQuery(userName));
  const navigate = useNavigate();
  const { deleteUsers, deleting } = useDeleteUsersAction();
  const [deleteOpen, setDeleteOpen] = useState(false);

  if (user.isPending) return <Spinner size="large" />;
  if (user.isError) {
    if (isIamErrorCode(user.error, 'NoSuchEntity')) {
      return (
        <NotFoundContent
          title="User not found"
          detail={`The user with name ${userName} cannot be found. It may have been deleted, or the link is mistyped.`}
          backHref="#/users"
          backText="View all users"
        />
      );
    }
    return <StatusIndicator type="error">Could not load user {userName}: {formatIamError(user.error)}</StatusIndicator>;
  }

  const onConfirmDelete = async () => {
    setDeleteOpen(false);
    const deleted = await deleteUsers([userName]);
    if (deleted.length > 0) navigate('/users');
  };

  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={
            <Button onClick={() => setDeleteOpen(true)} loading={deleting}>
              Delete
            </Button>
          }
        >
          {user.data.UserName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <UserSummary user={user.data} />
        <Tabs
          activeTabId={section}
          onChange={({ detail }) => setSearchParams({ section: detail.activeTabId }, { replace: true })}
          ariaLabel="User details"
          tabs={[
            { id: 'permissions', label: 'Permissions', content: <PermissionsTab userName={userName} /> },
            {
              id: 'groups',
              label: groups.data ? `Groups (${groups.data.length})` : 'Groups',
              content: <GroupsTab userName={userName} />,
            },
            { id: 'security_credentials', label: 'Security credentials', content: <SecurityCredentialsTab userName={userName} /> },
          ]}
        />
      </SpaceBetween>
      <DeleteUsersModal
        userNames={[userName]}
        visible={deleteOpen}
        deleting={deleting}
        onDismiss={() => setDeleteOpen(false)}
        onConfirm={onConfirmDelete}
      />
    </ContentLayout>
  );
}

export { UserDetailsPage as Component };
