import type { Group } from '@aws-sdk/client-iam';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import type { ReactNode } from 'react';
import { RelativeTime } from '../../../components/relative-time';
import { ResourceTable, type ResourceColumn } from '../../../components/resource-table';
import { GroupAttachedPoliciesCell, GroupUsersCountCell } from './group-cells';
import { groupDetailsHref } from './links';

const columns: ResourceColumn<Group>[] = [
  {
    id: 'name',
    header: 'Group name',
    cell: (group) => (
      <Link href={groupDetailsHref(group.GroupName!)}>
        {group.GroupName}
      </Link>
    ),
    sortingField: 'GroupName',
    isRowHeader: true,
  },
  { id: 'users', header: 'Users', cell: (group) => <GroupUsersCountCell groupName={group.GroupName!} /> },
  {
    id: 'policies',
    header: 'Attached policies',
    cell: (group) => <GroupAttachedPoliciesCell groupName={group.GroupName!} />,
  },
  { id: 'created', header: 'Creation time', cell: (group) => <RelativeTime date={group.CreateDate} />, sortingField: 'CreateDate' },
];

interface GroupPickerTableProps {
  title: string;
  groups: readonly Group[];
  loading: boolean;
  selected: Group[];
  onChange: (groups: Group[]) => void;
  /** how many may be selected in total */
  max: number;
  actions?: ReactNode;
  description?: ReactNode;
  empty: ReactNode;
}

/** Multi-select groups, never more than `max` (IAM's groups-per-user quota, less current memberships). */
export function GroupPickerTable(props: GroupPickerTableProps) {
  const full = props.selected.length >= props.max;
  return (
    <ResourceTable<Group>
      tableId="user-group-picker"
      ariaLabel={props.title}
      items={props.groups}
      loading={props.loading}
      loadingText="Loading groups"
      columns={columns}
      trackBy="GroupName"
      filteringFields={['GroupName']}
      selectionType="multi"
      selectedItems={props.selected}
      onSelectionChange={(items) => props.onChange(items.slice(0, props.max))}
      isItemDisabled={(group) => full && !props.selected.some((s) => s.GroupName === group.GroupName)}
      defaultPageSize={10}
      header={
        <Header
          variant="h2"
          counter={`(${props.selected.length}/${props.groups.length})`}
          description={props.description}
          actions={props.actions}
        >
          {props.title}
        </Header>
      }
      noMatchText="No groups match the search."
      empty={<Box textAlign="center" color="inherit">{props.empty}</Box>}
    />
  );
}
