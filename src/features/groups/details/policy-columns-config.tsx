import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Link from '@cloudscape-design/components/link';
import type { ResourceColumn } from '../../../components/resource-table';
import { InlinePolicyDocument } from './inline-policy-document';
import type { GroupPolicyRow } from './use-group-policy-rows';

function PolicyNameCell({ row, groupName }: { row: GroupPolicyRow; groupName: string }) {
  if (row.policyArn) {
    return <Link href={`#/policies/details/${encodeURIComponent(row.policyArn)}`}>{row.name}</Link>;
  }
  // Inline policies have no page of their own: their JSON opens in the row.
  return (
    <ExpandableSection headerText={row.name} headerAriaLabel={`${row.name} policy document`}>
      <InlinePolicyDocument groupName={groupName} policyName={row.name} />
    </ExpandableSection>
  );
}

/** Policy name · Type · Description of the group's Permissions tab. */
export function groupPolicyColumns(groupName: string): ResourceColumn<GroupPolicyRow>[] {
  return [
    {
      id: 'name',
      header: 'Policy name',
      cell: (row) => <PolicyNameCell row={row} groupName={groupName} />,
      sortingField: 'name',
      isRowHeader: true,
    },
    { id: 'type', header: 'Type', cell: (row) => row.type, sortingField: 'type' },
    {
      id: 'description',
      header: 'Description',
      cell: (row) => row.description ?? <Box color="text-status-inactive">-</Box>,
    },
  ];
}
