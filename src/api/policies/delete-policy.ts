import { DeletePolicyCommand } from '@aws-sdk/client-iam';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { iamClient } from '../iam-client';
import { iamKeys } from '../query-keys';

/**
 * DeletePolicy, exactly as the API behaves: IAM refuses (DeleteConflict) while the
 * policy is attached to any group or user, so the caller explains what to detach.
 */
export function useDeletePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (policyArn: string) => {
      await iamClient.send(new DeletePolicyCommand({ PolicyArn: policyArn }));
      return policyArn;
    },
    onSuccess: async (policyArn) => {
      queryClient.removeQueries({ queryKey: iamKeys.policy(policyArn) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: iamKeys.policyList() }),
        queryClient.invalidateQueries({ queryKey: iamKeys.accountSummary() }),
      ]);
    },
  });
}
