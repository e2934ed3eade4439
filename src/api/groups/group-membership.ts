import { AddUserToGroupCommand, RemoveUserFromGroupCommand } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { iamKeys } from '../query-keys';

export interface MembershipFailure {
  userName: string;
  error: DescribedIamError;
}

/** Which users the change reached and which it did not: one user's quota must not hide the others. */
export interface MembershipResult {
  succeeded: string[];
  failed: MembershipFailure[];
}

async function forEachUser(
  userNames: string[],
  send: (userName: string) => Promise<unknown>,
): Promise<MembershipResult> {
  const outcomes = await Promise.allSettled(userNames.map(send));
  const result: MembershipResult = { succeeded: [], failed: [] };
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') result.succeeded.push(userNames[index]);
    else result.failed.push({ userName: userNames[index], error: describeIamError(outcome.reason) });
  });
  return result;
}

function useMembershipMutation(send: (userName: string) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userNames: string[]) => forEachUser(userNames, send),
    // Group member counts and every member's group count change together.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: iamKeys.groups() }),
        queryClient.invalidateQueries({ queryKey: iamKeys.users() }),
      ]),
  });
}

/** AddUserToGroup for each user; reports per user instead of throwing. */
export function useAddUsersToGroup(groupName: string) {
  return useMembershipMutation((UserName) =>
    iamClient.send(new AddUserToGroupCommand({ GroupName: groupName, UserName })),
  );
}

/** RemoveUserFromGroup for each user; reports per user instead of throwing. */
export function useRemoveUsersFromGroup(groupName: string) {
  return useMembershipMutation((UserName) =>
    iamClient.send(new RemoveUserFromGroupCommand({ GroupName: groupName, UserName })),
  );
}
