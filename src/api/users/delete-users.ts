import {
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupsForUserCommand,
  ListUserPoliciesCommand,
  RemoveUserFromGroupCommand,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { collectAllPages, MAX_PAGE_SIZE } from '../paginate';
import { invalidateAfterUserChange } from './invalidate-user';

export interface DeleteUserOutcome {
  userName: string;
  /** set when the user could not be deleted; `action` is the IAM action that failed */
  failure?: { action: string; error: DescribedIamError };
}

async function step<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw { action, error: describeIamError(error) };
  }
}

/**
 * IAM's DeleteUser refuses while the user is in a group or holds policies (DeleteConflict);
 * the console therefore empties the user first, then deletes it.
 */
async function deleteUserCompletely(userName: string): Promise<void> {
  const UserName = userName;
  const [groups, attached, inline] = await Promise.all([
    step('ListGroupsForUser', () =>
      collectAllPages((Marker) => iamClient.send(new ListGroupsForUserCommand({ UserName, Marker, MaxItems: MAX_PAGE_SIZE })), (p) => p.Groups),
    ),
    step('ListAttachedUserPolicies', () =>
      collectAllPages((Marker) => iamClient.send(new ListAttachedUserPoliciesCommand({ UserName, Marker, MaxItems: MAX_PAGE_SIZE })), (p) => p.AttachedPolicies),
    ),
    step('ListUserPolicies', () =>
      collectAllPages((Marker) => iamClient.send(new ListUserPoliciesCommand({ UserName, Marker, MaxItems: MAX_PAGE_SIZE })), (p) => p.PolicyNames),
    ),
  ]);
  for (const group of groups) {
    await step('RemoveUserFromGroup', () => iamClient.send(new RemoveUserFromGroupCommand({ UserName, GroupName: group.GroupName })));
  }
  for (const policy of attached) {
    await step('DetachUserPolicy', () => iamClient.send(new DetachUserPolicyCommand({ UserName, PolicyArn: policy.PolicyArn })));
  }
  for (const PolicyName of inline) {
    await step('DeleteUserPolicy', () => iamClient.send(new DeleteUserPolicyCommand({ UserName, PolicyName })));
  }
  await step('DeleteUser', () => iamClient.send(new DeleteUserCommand({ UserName })));
}

/** Deletes each user as the console does and reports the outcome per user. */
export function useDeleteUsers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userNames: string[]): Promise<DeleteUserOutcome[]> => {
      const outcomes: DeleteUserOutcome[] = [];
      for (const userName of userNames) {
        try {
          await deleteUserCompletely(userName);
          outcomes.push({ userName });
        } catch (failure) {
          outcomes.push({ userName, failure: failure as DeleteUserOutcome['failure'] });
        }
      }
      return outcomes;
    },
    onSettled: () => invalidateAfterUserChange(queryClient),
  });
}
