import Box from '@cloudscape-design/components/box';
import Link from '@cloudscape-design/components/link';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ResourceColumn } from '../../../components/resource-table';
import { RelativeTime } from '../../../components/relative-time';
import { GROUPS_PER_USER_QUOTA, type GroupCount } from './use-visible-group-counts';

/** A user as the group pages list it: IAM's user plus the number of groups it is in. */
export interface UserRow {
  UserName: string;
  CreateDate?: Date;
  PasswordLastUsed?: Date;
  /** undefined until the row has been on screen */
  groups?: GroupCount;
}

export const isAtGroupQuota = (row: UserRow) => (row.groups?.count ?? 0) >= GROUPS_PER_USER_QUOTA;

function GroupCount({ row, explainQuota }: { row: UserRow; explainQuota: boolean }) {
  const { count, error } = row.groups ?? {};
  if (error) return <StatusIndicator type="error">{`${error.message} (${error.code})`}</StatusIndicator>;
  if (count === undefined) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (explainQuota && isAtGroupQuota(row)) {
    return (
      <StatusIndicator type="warning">{`${count} — Already in ${GROUPS_PER_USER_QUOTA} groups, the maximum`}</StatusIndicator>
    );
  }
  return <>{count}</>;
}

/**
 * User name · Groups · Last activity · Creation time. `explainQuota` says, in the row,
 * why a user who is already in 10 groups cannot be picked.
 */
export function userColumns({ explainQuota }: { explainQuota: boolean }): ResourceColumn<UserRow>[] {
  return [
    {
      id: 'name',
      header: 'User name',
      cell: (row) => <Link href={`#/users/details/${encodeURIComponent(row.UserName)}`}>{row.UserName}</Link>,
      sortingField: 'UserName',
      isRowHeader: true,
    },
    {
      id: 'groups',
      header: 'Groups',
      cell: (row) => <GroupCount row={row} explainQuota={explainQuota} />,
          },
    {
      id: 'lastActivity',
      header: 'Last activity',
      // The sandbox runs no AWS services, so only a console sign-in could ever count.
      cell: (row) => (row.PasswordLastUsed ? <RelativeTime date={row.PasswordLastUsed} /> : <Box>Never</Box>),
    },
    {
      id: 'created',
      header: 'Creation time',
      cell: (row) => <RelativeTime date={row.CreateDate} />,
      sortingComparator: (a, b) => (a.CreateDate?.getTime() ?? 0) - (b.CreateDate?.getTime() ?? 0),
    },
  ];
}
