import { UpdateGroupCommand, type Group } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { iamKeys } from '../query-keys';

export interface RenameGroupInput {
  groupName: string;
  newGroupName: string;
}

function renamed(group: Group, newGroupName: string): Group {
  return { ...group, GroupName: newGroupName, Arn: group.Arn?.replace(/[^/]+$/, newGroupName) };
}

/**
 * What the console already knows about the group now answers to the new name, so the
 * new name's page shows at once and the list never shows the old name (whose queries
 * IAM would answer with NoSuchEntity).
 */
function moveCachedGroup(queryClient: QueryClient, groupName: string, newGroupName: string) {
  const oldKey = iamKeys.group(groupName);
  for (const query of queryClient.getQueryCache().findAll({ queryKey: oldKey })) {
    if (query.state.data === undefined) continue;
    const rest = query.queryKey.slice(oldKey.length);
    // The detail entry itself is groupQuery's `{ group, users }`; entries below it hold policies.
    const detail = query.state.data as { group: Group };
    const data = rest.length === 0 ? { ...detail, group: renamed(detail.group, newGroupName) } : query.state.data;
    queryClient.setQueryData([...iamKeys.group(newGroupName), ...rest], data);
  }
  const same = (group: Group) => group.GroupName?.toLowerCase() === groupName.toLowerCase();
  queryClient.setQueryData<Group[]>(iamKeys.groupList(), (groups) =>
    groups?.map((group) => (same(group) ? renamed(group, newGroupName) : group)),
  );
}

/**
 * UpdateGroup with a new name. IAM keeps the group's ID, members and policies.
 * Group queries are only marked stale, not refetched: the old name's page is still on
 * screen for a moment, and IAM would answer its refetch with NoSuchEntity.
 */
export function useRenameGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ groupName, newGroupName }: RenameGroupInput) =>
      iamClient.send(new UpdateGroupCommand({ GroupName: groupName, NewGroupName: newGroupName })),
    onSuccess: async (_, { groupName, newGroupName }) => {
      moveCachedGroup(queryClient, groupName, newGroupName);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: iamKeys.groups(), refetchType: 'none' }),
        // Members' pages list the group by name.
        queryClient.invalidateQueries({ queryKey: iamKeys.users() }),
      ]);
    },
  });
}
