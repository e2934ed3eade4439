import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import type { ResourceColumn } from '../../../components/resource-table';
import { groupDetailsHref, policyDetailsHref } from '../shared/links';
import type { PermissionRow } from './use-user-permissions';

export const PERMISSION_TYPES = ['AWS managed', 'AWS managed - job function', 'Customer managed', 'Customer inline'];

export function permissionsColumns(summaries: Map<string, string> | undefined): ResourceColumn<PermissionRow>[] {
  return [
    {
      id: 'name',
      header: 'Policy name',
      cell: (row) => (row.policyArn ? <Link href={policyDetailsHref(row.policyArn)}>{row.policyName}</Link> : row.policyName),
      sortingField: 'policyName',
      isRowHeader: true,
    },
    { id: 'type', header: 'Type', cell: (row) => row.type, sortingField: 'type' },
    {
      id: 'attachedVia',
      header: 'Attached via',
      cell: (row) =>
        row.groupName ? (
          <>
            Group <Link href={groupDetailsHref(row.groupName)}>{row.groupName}</Link>
          </>
        ) : (
          row.attachedVia
        ),
      sortingField: 'attachedVia',
    },
    {
      id: 'description',
      header: 'Description',
      cell: (row) => (row.policyArn && summaries?.get(row.policyArn)) || <Box color="text-status-inactive">-</Box>,
    },
  ];
}
