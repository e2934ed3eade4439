import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useIsFetching, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { groupListQuery } from '../../../api/groups/group-queries';
import { useGroupSummaries } from '../../../api/groups/group-summaries';
import { formatIamError } from '../../../api/iam-error';
import { iamKeys } from '../../../api/query-keys';
import { ResourceTable } from '../../../components/resource-table';
import { DeleteGroupsModal } from './delete-groups-modal';
import type { GroupRow } from './group-row';
import { groupColumns } from './groups-table-config';
import { GroupsEmptyState } from './groups-empty-state';
import { GroupsTableHeader } from './groups-table-header';
import { useDeleteGroupsAction } from './use-delete-groups-action';

/** IAM › User groups: every group with its member count and whether it has permissions. */
export function GroupsPage() {
  const queryClient = useQueryClient();
  const groups = useQuery(groupListQuery());
  const refreshing = useIsFetching({ queryKey: iamKeys.groups() }) > 0 && !groups.isPending;
  const [selected, setSelected] = useState<GroupRow[]>([]);
  const [confirming, setConfirming] = useState(false);
  // Members and policies are fetched only for the rows on screen: ListGroups has neither.
  const [visibleNames, setVisibleNames] = useState<string[]>([]);
  const summaries = useGroupSummaries(visibleNames);
  const { deleteGroups } = useDeleteGroupsAction();

  const rows = useMemo<GroupRow[]>(
    () => (groups.data ?? []).map((group) => ({ ...group, GroupName: group.GroupName!, summary: summaries.get(group.GroupName!) })),
    [groups.data, summaries],
  );
  const onVisibleItemsChange = useCallback((items: readonly GroupRow[]) => setVisibleNames(items.map((row) => row.GroupName)), []);
  const selectedNames = selected.map((row) => row.GroupName);

  return (
    <SpaceBetween size="m">
      {groups.isError && <Alert type="error" header="Could not load user groups">{formatIamError(groups.error)}</Alert>}
      <ResourceTable<GroupRow>
        tableId="groups"
        variant="full-page"
        ariaLabel="User groups"
        items={rows}
        columns={groupColumns}
        trackBy="GroupName"
        filteringFields={['GroupName']}
        loading={groups.isPending}
        loadingText="Loading user groups"
        selectionType="multi"
        selectedItems={selected}
        onSelectionChange={setSelected}
        onVisibleItemsChange={onVisibleItemsChange}
        empty={<GroupsEmptyState />}
        noMatchText="No user groups match the search."
        header={
          <GroupsTableHeader
            total={groups.data?.length}
            selectedCount={selected.length}
            refreshing={refreshing}
            onRefresh={() => void queryClient.invalidateQueries({ queryKey: iamKeys.groups() })}
            onDelete={() => setConfirming(true)}
          />
        }
      />
      <DeleteGroupsModal
        visible={confirming}
        groupNames={selectedNames}
        onDismiss={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          setSelected([]);
          deleteGroups(selectedNames);
        }}
      />
    </SpaceBetween>
  );
}

export { GroupsPage as Component };
