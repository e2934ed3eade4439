import { UpdateGroupCommand } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { iamKeys } from '../query-keys';

export interface RenameGroupInput {
  groupName: string;
  newGroupName: string;
}

/**
 * UpdateGroup with a new name. IAM keeps the group's ID, members and policies.
 * Group queries are only marked stale: refetching the old name now would answer
 * NoSuchEntity on the page that is about to move to the new name.
 */
export function useRenameGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ groupName, newGroupName }: RenameGroupInput) =>
      iamClient.send(new UpdateGroupCommand({ GroupName: groupName, NewGroupName: newGroupName })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: iamKeys.groups(), refetchType: 'none' }),
        // Members' pages list the group by name.
        queryClient.invalidateQueries({ queryKey: iamKeys.users(), refetchType: 'none' }),
      ]),
  });
}
