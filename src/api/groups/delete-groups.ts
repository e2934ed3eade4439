import {
  DeleteGroupCommand,
  DeleteGroupPolicyCommand,
  DetachGroupPolicyCommand,
  RemoveUserFromGroupCommand,
  type Group,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { iamKeys } from '../query-keys';
import { groupPoliciesQuery, groupQuery } from './group-queries';

export type DeleteGroupResult =
  | { groupName: string; deleted: true }
  /** `emptied`: members, managed and inline policies were already removed when DeleteGroup failed */
  | { groupName: string; deleted: false; emptied: boolean; error: DescribedIamError };

/** Groups deleted at once: enough to be quick, few enough not to flood the endpoint. */
const CONCURRENCY = 4;

/**
 * The console's delete: IAM refuses DeleteGroup while the group has members or policies
 * (DeleteConflict), so remove every member, detach every managed policy and delete every
 * inline policy first, each read fresh so nothing added meanwhile is missed.
 */
async function deleteOneGroup(queryClient: QueryClient, groupName: string): Promise<DeleteGroupResult> {
  let emptied = false;
  try {
    const [{ users }, { attached, inline }] = await Promise.all([
      queryClient.fetchQuery({ ...groupQuery(groupName), staleTime: 0 }),
      queryClient.fetchQuery({ ...groupPoliciesQuery(groupName), staleTime: 0 }),
    ]);
    await Promise.all([
      ...users.map((user) =>
        iamClient.send(new RemoveUserFromGroupCommand({ GroupName: groupName, UserName: user.UserName })),
      ),
      ...attached.map((policy) =>
        iamClient.send(new DetachGroupPolicyCommand({ GroupName: groupName, PolicyArn: policy.PolicyArn })),
      ),
      ...inline.map((policyName) =>
        iamClient.send(new DeleteGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName })),
      ),
    ]);
    emptied = true;
    await iamClient.send(new DeleteGroupCommand({ GroupName: groupName }));
    return { groupName, deleted: true };
  } catch (error) {
    return { groupName, deleted: false, emptied, error: describeIamError(error) };
  }
}

async function deleteAll(queryClient: QueryClient, groupNames: string[]): Promise<DeleteGroupResult[]> {
  const results: DeleteGroupResult[] = [];
  for (let start = 0; start < groupNames.length; start += CONCURRENCY) {
    const batch = groupNames.slice(start, start + CONCURRENCY);
    results.push(...(await Promise.all(batch.map((name) => deleteOneGroup(queryClient, name)))));
  }
  return results;
}

/** Deletes the named groups with their cleanup; resolves with one result per group, never throws. */
export function useDeleteGroups() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (groupNames: string[]) => deleteAll(queryClient, groupNames),
    onSuccess: async (results) => {
      const gone = new Set(results.filter((r) => r.deleted).map((r) => r.groupName.toLowerCase()));
      const isGoneGroup = (key: readonly unknown[]) => key[2] === 'detail' && gone.has(String(key[3]));
      // Drop deleted groups from the list at once, and never refetch their details: IAM would
      // answer NoSuchEntity. Their cache goes once no page shows them any more.
      queryClient.setQueryData<Group[]>(iamKeys.groupList(), (groups) =>
        groups?.filter((group) => !gone.has(group.GroupName!.toLowerCase())),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: iamKeys.groups(), predicate: (query) => !isGoneGroup(query.queryKey) }),
        queryClient.invalidateQueries({ queryKey: iamKeys.users() }),
        queryClient.invalidateQueries({ queryKey: iamKeys.policies() }),
        queryClient.invalidateQueries({ queryKey: iamKeys.accountSummary() }),
      ]);
      queryClient.removeQueries({ queryKey: iamKeys.groups(), type: 'inactive', predicate: (query) => isGoneGroup(query.queryKey) });
    },
  });
}
