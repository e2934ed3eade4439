import { CreatePolicyCommand } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { iamKeys } from '../query-keys';

export interface CreatePolicyInput {
  name: string;
  document: string;
  description?: string;
}

/** CreatePolicy: a customer managed policy at path `/`, as the console creates them. */
export function useCreatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, document, description }: CreatePolicyInput) => {
      const { Policy } = await iamClient.send(
        new CreatePolicyCommand({ PolicyName: name, PolicyDocument: document, Description: description || undefined }),
      );
      return Policy!;
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: iamKeys.policyList() }),
        queryClient.invalidateQueries({ queryKey: iamKeys.accountSummary() }),
      ]);
    },
  });
}
