import type { User } from '@aws-sdk/client-iam';
import Link from '@cloudscape-design/components/link';
import { RelativeTime } from '../../../components/relative-time';
import type { ResourceColumn } from '../../../components/resource-table';
import { UserGroupsCountCell } from '../shared/user-groups-count-cell';

export const userDetailsHref = (userName: string) => `#/users/details/${encodeURIComponent(userName)}`;

export const usersColumns: ResourceColumn<User>[] = [
  {
    id: 'name',
    header: 'User name',
    cell: (user) => <Link href={userDetailsHref(user.UserName!)}>{user.UserName}</Link>,
    sortingField: 'UserName',
    isRowHeader: true,
  },
  { id: 'path', header: 'Path', cell: (user) => user.Path ?? '/', sortingField: 'Path' },
  { id: 'groups', header: 'Groups', cell: (user) => <UserGroupsCountCell userName={user.UserName!} /> },
  // The sandbox records no sign-ins or key use, so there is never an activity to show.
  { id: 'lastActivity', header: 'Last activity', cell: () => 'Never' },
  {
    id: 'created',
    header: 'Creation time',
    cell: (user) => <RelativeTime date={user.CreateDate} />,
    sortingField: 'CreateDate',
  },
];
