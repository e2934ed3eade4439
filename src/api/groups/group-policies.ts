import {
  AttachGroupPolicyCommand,
  DeleteGroupPolicyCommand,
  DetachGroupPolicyCommand,
  GetGroupPolicyCommand,
  PutGroupPolicyCommand,
} from '@aws-sdk/client-iam';
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { iamKeys } from '../query-keys';

/** The document of one inline policy of a group, decoded from the wire's URL encoding. */
export const groupInlinePolicyQuery = (groupName: string, policyName: string) =>
  queryOptions({
    queryKey: [...iamKeys.groupPolicies(groupName), 'inline', policyName] as const,
    queryFn: async () => {
      const { PolicyDocument } = await iamClient.send(
        new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName }),
      );
      return decodeURIComponent(PolicyDocument ?? '');
    },
  });

/** A policy of the group as the Permissions tab lists it: managed by ARN, inline by name. */
export type GroupPolicyRef = { kind: 'managed'; policyArn: string } | { kind: 'inline'; policyName: string };

export interface PolicyFailure<Ref> {
  ref: Ref;
  error: DescribedIamError;
}

/** What reached IAM and what did not: one refused policy must not hide the others. */
export interface PolicyChangeResult<Ref> {
  succeeded: Ref[];
  failed: PolicyFailure<Ref>[];
}

async function forEachPolicy<Ref>(refs: Ref[], send: (ref: Ref) => Promise<unknown>): Promise<PolicyChangeResult<Ref>> {
  const outcomes = await Promise.allSettled(refs.map(send));
  const result: PolicyChangeResult<Ref> = { succeeded: [], failed: [] };
  outcomes.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') result.succeeded.push(refs[index]);
    else result.failed.push({ ref: refs[index], error: describeIamError(outcome.reason) });
  });
  return result;
}

function invalidateAfterPolicyChange(queryClient: QueryClient) {
  // The group list's Permissions column, members' effective permissions and policies' attachment counts.
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: iamKeys.groups() }),
    queryClient.invalidateQueries({ queryKey: iamKeys.users() }),
    queryClient.invalidateQueries({ queryKey: iamKeys.policies() }),
  ]);
}

/** AttachGroupPolicy for each ARN; reports per policy instead of throwing. */
export function useAttachGroupPolicies(groupName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policyArns: string[]) =>
      forEachPolicy(policyArns, (PolicyArn) =>
        iamClient.send(new AttachGroupPolicyCommand({ GroupName: groupName, PolicyArn })),
      ),
    onSettled: () => invalidateAfterPolicyChange(queryClient),
  });
}

/** DetachGroupPolicy for managed policies, DeleteGroupPolicy for inline ones. */
export function useRemoveGroupPolicies(groupName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (refs: GroupPolicyRef[]) =>
      forEachPolicy(refs, (ref) =>
        ref.kind === 'managed'
          ? iamClient.send(new DetachGroupPolicyCommand({ GroupName: groupName, PolicyArn: ref.policyArn }))
          : iamClient.send(new DeleteGroupPolicyCommand({ GroupName: groupName, PolicyName: ref.policyName })),
      ),
    onSettled: () => invalidateAfterPolicyChange(queryClient),
  });
}

export interface PutGroupPolicyInput {
  policyName: string;
  policyDocument: string;
}

/** PutGroupPolicy; throws so the editor can show IAM's error next to the document. */
export function usePutGroupPolicy(groupName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ policyName, policyDocument }: PutGroupPolicyInput) =>
      iamClient.send(
        new PutGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName, PolicyDocument: policyDocument }),
      ),
    onSuccess: () => invalidateAfterPolicyChange(queryClient),
  });
}
