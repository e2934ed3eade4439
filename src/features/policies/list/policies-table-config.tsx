import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import type { ResourceColumn } from '../../../components/resource-table';
import { policyDetailsHref } from '../shared/policy-name';
import type { PolicyRow } from './use-policy-rows';

export const policyColumns: ResourceColumn<PolicyRow>[] = [
  {
    id: 'name',
    header: 'Policy name',
    cell: (row) => <Link href={policyDetailsHref(row.arn)}>{row.name}</Link>,
    sortingField: 'name',
    isRowHeader: true,
  },
  { id: 'type', header: 'Type', cell: (row) => row.type, sortingField: 'type' },
  {
    id: 'usedAs',
    header: 'Used as',
    cell: (row) => (row.attachmentCount > 0 ? `Permissions policy (${row.attachmentCount})` : '-'),
    sortingField: 'attachmentCount',
  },
  {
    id: 'description',
    header: 'Description',
    cell: (row) =>
      row.description ? (
        <Box color={row.summarized ? 'text-body-secondary' : 'inherit'}>{row.description}</Box>
      ) : (
        '-'
      ),
  },
];
