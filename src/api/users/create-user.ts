import { AddUserToGroupCommand, AttachUserPolicyCommand, CreateUserCommand, type User } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { describeIamError, type DescribedIamError } from '../iam-error';
import { invalidateAfterUserChange } from './invalidate-user';

/** One thing done to a user after it exists: joining a group or getting a managed policy. */
export type UserStep = { kind: 'add-to-group'; groupName: string } | { kind: 'attach-policy'; policyArn: string };

export interface FailedUserStep {
  step: UserStep;
  error: DescribedIamError;
}

export interface CreateUserInput {
  userName: string;
  /** omitted means IAM's default `/` */
  path?: string;
  steps: UserStep[];
}

export interface CreateUserResult {
  user: User;
  /** steps that failed after the user was created; the others succeeded */
  failed: FailedUserStep[];
}

function runStep(userName: string, step: UserStep): Promise<unknown> {
  return step.kind === 'add-to-group'
    ? iamClient.send(new AddUserToGroupCommand({ UserName: userName, GroupName: step.groupName }))
    : iamClient.send(new AttachUserPolicyCommand({ UserName: userName, PolicyArn: step.policyArn }));
}

/**
 * Runs every step and reports the failed ones instead of throwing: once the user exists,
 * one refused membership must not hide the memberships and attachments that worked.
 */
export async function applyUserSteps(userName: string, steps: UserStep[]): Promise<FailedUserStep[]> {
  const outcomes = await Promise.allSettled(steps.map((step) => runStep(userName, step)));
  return outcomes.flatMap((outcome, index) =>
    outcome.status === 'rejected' ? [{ step: steps[index], error: describeIamError(outcome.reason) }] : [],
  );
}

/**
 * CreateUser, then AddUserToGroup / AttachUserPolicy per choice, as the console does.
 * Throws only when CreateUser itself fails (nothing exists yet, the wizard can resubmit).
 */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userName, path, steps }: CreateUserInput): Promise<CreateUserResult> => {
      const { User: user } = await iamClient.send(new CreateUserCommand({ UserName: userName, Path: path }));
      return { user: user!, failed: await applyUserSteps(userName, steps) };
    },
    onSettled: () => invalidateAfterUserChange(queryClient),
  });
}

/** Retries only the given steps for a user that already exists. */
export function useRetryUserSteps() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userName, steps }: { userName: string; steps: UserStep[] }) => applyUserSteps(userName, steps),
    onSettled: () => invalidateAfterUserChange(queryClient),
  });
}
