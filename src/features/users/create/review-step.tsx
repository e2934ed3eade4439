import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { policyTypeOf } from '../../../api/policies/policy-type';
import type { CreateUserForm } from './use-create-user-form';

interface SummaryRow {
  name: string;
  type: string;
  usedAs: string;
}

/** Step 3: what will be created, before anything is sent. */
export function ReviewStep({ form }: { form: CreateUserForm }) {
  const rows: SummaryRow[] =
    form.option === 'groups'
      ? form.groups.map((group) => ({ name: group.GroupName!, type: 'Group', usedAs: 'Permissions group' }))
      : form.policies.map((policy) => ({ name: policy.PolicyName!, type: policyTypeOf(policy.Arn), usedAs: 'Permissions policy' }));
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">User details</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'User name', value: form.userName },
            { label: 'Path', value: form.path || '/' },
            { label: 'Console password type', value: 'None (the sandbox issues no passwords)' },
          ]}
        />
      </Container>
      <Table<SummaryRow>
        ariaLabels={{ tableLabel: 'Permissions summary' }}
        header={<Header variant="h2" counter={`(${rows.length})`}>Permissions summary</Header>}
        items={rows}
        trackBy="name"
        columnDefinitions={[
          { id: 'name', header: 'Name', cell: (row) => row.name, isRowHeader: true },
          { id: 'type', header: 'Type', cell: (row) => row.type },
          { id: 'usedAs', header: 'Used as', cell: (row) => row.usedAs },
        ]}
        empty={
          <Box textAlign="center" color="inherit">
            No permissions. The user will be able to do nothing until you add them to a group or attach a policy.
          </Box>
        }
      />
    </SpaceBetween>
  );
}
