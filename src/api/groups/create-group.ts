import {
  AddUserToGroupCommand,
  AttachGroupPolicyCommand,
  CreateGroupCommand,
  type Group,
} from '@aws-sdk/client-iam';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { iamKeys } from '../query-keys';

/** One thing done to a group after it exists: a member added or a managed policy attached. */
export type GroupStep = { kind: 'add-user'; userName: string } | { kind: 'attach-policy'; policyArn: string };

export interface FailedGroupStep {
  step: GroupStep;
  error: DescribedIamError;
}

export interface CreateGroupInput {
  groupName: string;
  userNames: string[];
  policyArns: string[];
}

export interface CreateGroupResult {
  group: Group;
  /** steps that failed after the group was created; the others succeeded */
  failed: FailedGroupStep[];
}

function runStep(groupName: string, step: GroupStep): Promise<unknown> {
  return step.kind === 'add-user'
    ? iamClient.send(new AddUserToGroupCommand({ GroupName: groupName, UserName: step.userName }))
    : iamClient.send(new AttachGroupPolicyCommand({ GroupName: groupName, PolicyArn: step.policyArn }));
}

/**
 * Runs every step and reports the ones that failed instead of throwing: once the group
 * exists, a failed membership must not hide the memberships and attachments that worked.
 */
async function applyGroupSteps(groupName: string, steps: GroupStep[]): Promise<FailedGroupStep[]> {
  const outcomes = await Promise.allSettled(steps.map((step) => runStep(groupName, step)));
  return outcomes.flatMap((outcome, index) =>
    outcome.status === 'rejected' ? [{ step: steps[index], error: describeIamError(outcome.reason) }] : [],
  );
}

async function invalidateAfterSteps(queryClient: QueryClient) {
  // Members' group counts and policies' attachment counts change with the group.
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: iamKeys.groups() }),
    queryClient.invalidateQueries({ queryKey: iamKeys.users() }),
    queryClient.invalidateQueries({ queryKey: iamKeys.policies() }),
    queryClient.invalidateQueries({ queryKey: iamKeys.accountSummary() }),
  ]);
}

/** Retries only the given steps on an existing group (the flash's Retry button). */
export async function retryGroupSteps(
  queryClient: QueryClient,
  groupName: string,
  steps: GroupStep[],
): Promise<FailedGroupStep[]> {
  const failed = await applyGroupSteps(groupName, steps);
  await invalidateAfterSteps(queryClient);
  return failed;
}

/**
 * CreateGroup, then AddUserToGroup ×N and AttachGroupPolicy ×M, as the console does.
 * Throws only when CreateGroup itself fails (nothing exists yet, the form can be resubmitted).
 */
export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ groupName, userNames, policyArns }: CreateGroupInput): Promise<CreateGroupResult> => {
      const { Group: group } = await iamClient.send(new CreateGroupCommand({ GroupName: groupName }));
      const steps: GroupStep[] = [
        ...userNames.map((userName): GroupStep => ({ kind: 'add-user', userName })),
        ...policyArns.map((policyArn): GroupStep => ({ kind: 'attach-policy', policyArn })),
      ];
      return { group: group!, failed: await applyGroupSteps(groupName, steps) };
    },
    // Not awaited: the page navigates at once, and the list it opens refetches what changed.
    onSettled: () => void invalidateAfterSteps(queryClient),
  });
}
