import Box from '@cloudscape-design/components/box';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { RelativeTime } from '../../../components/relative-time';
import type { ResourceColumn } from '../../../components/resource-table';
import { GROUPS_PER_USER, isUserAtGroupLimit, type UserRow } from './user-row';

function groupsCell(row: UserRow) {
  if (row.groupCountError) {
    return <StatusIndicator type="error">{`${row.groupCountError.message} (${row.groupCountError.code})`}</StatusIndicator>;
  }
  if (row.groupCount === undefined) return <StatusIndicator type="loading">Loading</StatusIndicator>;
  if (isUserAtGroupLimit(row)) {
    return <StatusIndicator type="warning">{`In ${row.groupCount} groups: the limit is ${GROUPS_PER_USER}`}</StatusIndicator>;
  }
  return String(row.groupCount);
}

export const addUsersColumns: ResourceColumn<UserRow>[] = [
  { id: 'name', header: 'User name', sortingField: 'UserName', isRowHeader: true, cell: (row) => row.UserName },
  { id: 'groups', header: 'Groups', cell: groupsCell },
  {
    id: 'activity',
    header: 'Last activity',
    // The sandbox records no sign-ins or API calls, so no user has activity.
    cell: () => <Box color="text-status-inactive">Never</Box>,
  },
  { id: 'created', header: 'Creation time', sortingField: 'CreateDate', cell: (row) => <RelativeTime date={row.CreateDate} /> },
];
