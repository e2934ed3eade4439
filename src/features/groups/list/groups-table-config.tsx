import Link from '@cloudscape-design/components/link';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';
import type { ResourceColumn } from '../../../components/resource-table';
import { RelativeTime } from '../../../components/relative-time';
import type { GroupRow } from './group-row';

/** While a group's members or policies load, or when they could not be read, say so in the cell. */
function summaryCell(row: GroupRow, value: unknown, render: () => ReactNode): ReactNode {
  if (value !== undefined) return render();
  if (row.summary?.error) {
    return <StatusIndicator type="error">{`${row.summary.error.message} (${row.summary.error.code})`}</StatusIndicator>;
  }
  return <StatusIndicator type="loading">Loading</StatusIndicator>;
}

export const groupColumns: ResourceColumn<GroupRow>[] = [
  {
    id: 'name',
    header: 'Group name',
    sortingField: 'GroupName',
    isRowHeader: true,
    cell: (row) => <Link href={`#/groups/details/${encodeURIComponent(row.GroupName)}`}>{row.GroupName}</Link>,
  },
  {
    id: 'users',
    header: 'Users',
    cell: (row) => summaryCell(row, row.summary?.userCount, () => String(row.summary!.userCount)),
  },
  {
    id: 'permissions',
    header: 'Permissions',
    cell: (row) =>
      summaryCell(row, row.summary?.permissionsDefined, () => (row.summary!.permissionsDefined ? 'Defined' : 'Not defined')),
  },
  {
    id: 'created',
    header: 'Creation time',
    sortingField: 'CreateDate',
    cell: (row) => <RelativeTime date={row.CreateDate} />,
  },
];
