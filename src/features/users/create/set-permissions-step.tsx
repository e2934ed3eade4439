import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { useQuery } from '@tanstack/react-query';
import { groupListQuery } from '../../../api/groups/group-queries';
import { BestPracticeAlert } from '../shared/best-practice-alert';
import { GroupPickerTable } from '../shared/group-picker-table';
import { PolicyPickerTable } from '../shared/policy-picker-table';
import { useUserQuotas } from '../shared/use-user-quotas';
import type { CreateUserForm, PermissionsOption } from './use-create-user-form';

/** Step 2: join groups (recommended) or attach policies directly. */
export function SetPermissionsStep({ form }: { form: CreateUserForm }) {
  const groups = useQuery(groupListQuery());
  const quotas = useUserQuotas();
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Permissions options</Header>}>
        <FormField label="Permissions options" stretch>
          <Tiles
            ariaLabel="Permissions options"
            value={form.option}
            onChange={(event) => form.setOption(event.detail.value as PermissionsOption)}
            columns={2}
            items={[
              {
                value: 'groups',
                label: 'Add user to group',
                description:
                  'Add user to an existing group, or create a new group. We recommend using groups to manage user permissions by job function.',
              },
              {
                value: 'policies',
                label: 'Attach policies directly',
                description:
                  'Attach a managed policy directly to a user. As a best practice, we recommend attaching policies to a group instead.',
              },
            ]}
          />
        </FormField>
      </Container>
      {form.option === 'groups' ? (
        <GroupPickerTable
          title="User groups"
          description={`A user can be a member of up to ${quotas.groupsPerUser} groups at a time.`}
          groups={groups.data ?? []}
          loading={groups.isPending}
          selected={form.groups}
          onChange={form.setGroups}
          max={quotas.groupsPerUser}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel="Refresh groups" loading={groups.isFetching} onClick={() => groups.refetch()} />
              <Button href="#/groups/create" target="_blank" iconName="external" iconAlign="right">
                Create group
              </Button>
            </SpaceBetween>
          }
          empty="No user groups yet. Create a group, then refresh this list."
        />
      ) : (
        <SpaceBetween size="m">
          <BestPracticeAlert />
          <PolicyPickerTable
            title="Permissions policies"
            description={`Choose up to ${quotas.policiesPerUser} policies to attach to your new user.`}
            selected={form.policies}
            onChange={form.setPolicies}
            max={quotas.policiesPerUser}
          />
        </SpaceBetween>
      )}
    </SpaceBetween>
  );
}
