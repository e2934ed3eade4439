import {
  AttachUserPolicyCommand,
  DeleteUserPolicyCommand,
  DetachUserPolicyCommand,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { invalidateAfterUserChange } from './invalidate-user';

/** A policy the user holds directly: a managed one (by ARN) or an inline one (by name). */
export type DirectPolicy = { kind: 'managed'; policyArn: string; policyName: string } | { kind: 'inline'; policyName: string };

export interface PolicyOutcome<P> {
  policy: P;
  error?: DescribedIamError;
}

async function each<P>(policies: P[], run: (policy: P) => Promise<unknown>): Promise<PolicyOutcome<P>[]> {
  const outcomes: PolicyOutcome<P>[] = [];
  for (const policy of policies) {
    try {
      await run(policy);
      outcomes.push({ policy });
    } catch (error) {
      outcomes.push({ policy, error: describeIamError(error) });
    }
  }
  return outcomes;
}

export function useAttachUserPolicies(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policyArns: string[]) =>
      each(policyArns, (PolicyArn) => iamClient.send(new AttachUserPolicyCommand({ UserName: userName, PolicyArn }))),
    onSettled: () => invalidateAfterUserChange(queryClient, { policies: true }),
  });
}

/** DetachUserPolicy for managed policies, DeleteUserPolicy for inline ones. */
export function useRemoveUserPolicies(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policies: DirectPolicy[]) =>
      each(policies, (policy) =>
        policy.kind === 'managed'
          ? iamClient.send(new DetachUserPolicyCommand({ UserName: userName, PolicyArn: policy.policyArn }))
          : iamClient.send(new DeleteUserPolicyCommand({ UserName: userName, PolicyName: policy.policyName })),
      ),
    onSettled: () => invalidateAfterUserChange(queryClient, { policies: true }),
  });
}

/** PutUserPolicy; throws so the editor can show IAM's MalformedPolicyDocument/LimitExceeded next to the field. */
export function usePutUserPolicy(userName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ policyName, document }: { policyName: string; document: string }) =>
      iamClient.send(new PutUserPolicyCommand({ UserName: userName, PolicyName: policyName, PolicyDocument: document })),
    onSettled: () => invalidateAfterUserChange(queryClient, { policies: false }),
  });
}
