import { AddUserToGroupCommand, RemoveUserFromGroupCommand } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { invalidateAfterUserChange } from './invalidate-user';

export interface GroupOutcome {
  groupName: string;
  error?: DescribedIamError;
}

/**
 * One call per group, all reported: IAM may accept the first memberships and refuse a
 * later one (LimitExceeded), and the page must say exactly which.
 */
async function eachGroup(groupNames: string[], run: (groupName: string) => Promise<unknown>): Promise<GroupOutcome[]> {
  const outcomes: GroupOutcome[] = [];
  // In order, so "which one hit the limit" is deterministic.
  for (const groupName of groupNames) {
    try {
      await run(groupName);
      outcomes.push({ groupName });
    } catch (error) {
      outcomes.push({ groupName, error: describeIamError(error) });
    }
  }
  return outcomes;
}

export function useAddUserToGroups(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupNames: string[]) =>
      eachGroup(groupNames, (GroupName) => iamClient.send(new AddUserToGroupCommand({ UserName: userName, GroupName }))),
    onSettled: () => invalidateAfterUserChange(queryClient, { groups: true }),
  });
}

export function useRemoveUserFromGroups(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupNames: string[]) =>
      eachGroup(groupNames, (GroupName) =>
        iamClient.send(new RemoveUserFromGroupCommand({ UserName: userName, GroupName })),
      ),
    onSettled: () => invalidateAfterUserChange(queryClient, { groups: true }),
  });
}
