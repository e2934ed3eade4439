import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useAddUsersToGroup } from '../../../api/groups/group-membership';
import { groupQuery } from '../../../api/groups/group-queries';
import { useFlash } from '../../../stores/flash-store';
import { membershipFlashes } from '../details/membership-flashes';
import type { UserRow } from '../details/user-columns-config';
import { OtherUsersTable } from './other-users-table';
import { groupLoadState } from '../shared/group-load-state';

/** "Add users to NAME": pick users who are not members yet, then AddUserToGroup for each. */
export function AddUsersPage() {
  const groupName = useParams().groupName ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const group = useQuery(groupQuery(groupName));
  const adding = useAddUsersToGroup(groupName);
  const [selected, setSelected] = useState<UserRow[]>([]);
  const back = `/groups/details/${encodeURIComponent(groupName)}?section=users`;

  const loadState = groupLoadState(groupName, group);
  if (loadState || !group.data) return loadState;

  const submit = () =>
    adding.mutate(
      selected.map((row) => row.UserName),
      {
        onSuccess: (result) => {
          membershipFlashes(result, groupName, 'add').forEach((message) => flash(message));
          navigate(back);
        },
      },
    );

  return (
    <ContentLayout header={<Header variant="h1">{`Add users to ${groupName}`}</Header>}>
      <form onSubmit={(event) => (event.preventDefault(), submit())}>
        <Form
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" formAction="none" onClick={() => navigate(back)}>
                Cancel
              </Button>
              <Button variant="primary" loading={adding.isPending} disabled={selected.length === 0}>
                Add users
              </Button>
            </SpaceBetween>
          }
        >
          <OtherUsersTable members={group.data.users} selected={selected} onSelectionChange={setSelected} />
        </Form>
      </form>
    </ContentLayout>
  );
}

export { AddUsersPage as Component };
