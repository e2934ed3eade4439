import type { Group } from '@aws-sdk/client-iam';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Form from '@cloudscape-design/components/form';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { groupListQuery } from '../../../api/groups/group-queries';
import { groupsForUserQuery } from '../../../api/users/user-queries';
import { useAddUserToGroups, type GroupOutcome } from '../../../api/users/user-group-membership';
import { useFlash } from '../../../stores/flash-store';
import { GroupLimitAlert } from '../shared/group-limit-alert';
import { GroupPickerTable } from '../shared/group-picker-table';
import { useUserQuotas } from '../shared/use-user-quotas';
import { AddToGroupsFailures } from './add-to-groups-failures';

/** Add user to groups: the groups the user is not in yet, up to the groups-per-user quota. */
export function AddUserToGroupsPage() {
  const userName = useParams().userName ?? '';
  const navigate = useNavigate();
  const flash = useFlash();
  const all = useQuery(groupListQuery());
  const current = useQuery(groupsForUserQuery(userName));
  const { groupsPerUser } = useUserQuotas();
  const add = useAddUserToGroups(userName);
  const [selected, setSelected] = useState<Group[]>([]);
  const [failed, setFailed] = useState<GroupOutcome[]>([]);
  const groupsHref = `/users/details/${encodeURIComponent(userName)}?section=groups`;

  const memberOf = useMemo(() => new Set((current.data ?? []).map((g) => g.GroupName!.toLowerCase())), [current.data]);
  const others = useMemo(() => (all.data ?? []).filter((g) => !memberOf.has(g.GroupName!.toLowerCase())), [all.data, memberOf]);
  const remaining = Math.max(0, groupsPerUser - (current.data?.length ?? 0));
  const full = current.data !== undefined && remaining === 0;

  const submit = async () => {
    const outcomes = await add.mutateAsync(selected.map((g) => g.GroupName!));
    const added = outcomes.filter((o) => !o.error).map((o) => o.groupName);
    const refused = outcomes.filter((o) => o.error);
    if (added.length > 0) {
      flash({
        type: 'success',
        content: added.length === 1 ? `${userName} added to group ${added[0]}.` : `${userName} added to ${added.length} groups: ${added.join(', ')}.`,
      });
    }
    if (refused.length === 0) return navigate(groupsHref);
    setFailed(refused);
    setSelected((s) => s.filter((g) => refused.some((o) => o.groupName === g.GroupName)));
  };

  return (
    <ContentLayout header={<Header variant="h1" description={`Choose the groups ${userName} should join. ${userName} gets the permissions of every group they are in.`}>Add user to groups</Header>}>
      <Form
        actions={
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={() => navigate(groupsHref)}>
              Cancel
            </Button>
            <Button variant="primary" disabled={selected.length === 0 || full} loading={add.isPending} onClick={submit}>
              {selected.length > 1 ? 'Add user to groups' : 'Add user to group'}
            </Button>
          </SpaceBetween>
        }
      >
        <SpaceBetween size="l">
          {full && <GroupLimitAlert userName={userName} limit={groupsPerUser} />}
          {!full && current.data && (
            <Alert type="info">
              {userName} is in {current.data.length} of at most {groupsPerUser} groups, so you can choose up to {remaining} more.
            </Alert>
          )}
          {failed.length > 0 && <AddToGroupsFailures userName={userName} failed={failed} />}
          <GroupPickerTable
            title="User groups"
            description={`A user can be a member of up to ${groupsPerUser} groups at a time.`}
            groups={others}
            loading={all.isPending || current.isPending}
            selected={selected}
            onChange={setSelected}
            max={remaining}
            empty={all.data?.length ? `${userName} is already in every group.` : 'No user groups yet.'}
          />
        </SpaceBetween>
      </Form>
    </ContentLayout>
  );
}

export { AddUserToGroupsPage as Component };
