import { useQuery } from '@tanstack/react-query';
import { userInlinePolicyDocumentsQuery, userPoliciesQuery } from '../../../api/users/user-policy-queries';
import { policyDocumentSize } from '../../../iam/validation';
import { useUserQuotas } from '../shared/use-user-quotas';

/**
 * IAM limits the total size of a user's inline policies together, so the editor needs
 * what the user's other inline policies already use.
 */
export function useInlinePolicySize(userName: string, policyName: string, document: string) {
  const { inlinePolicySize } = useUserQuotas();
  const policies = useQuery(userPoliciesQuery(userName));
  const names = policies.data?.inline ?? [];
  const documents = useQuery({ ...userInlinePolicyDocumentsQuery(userName, names), enabled: policies.isSuccess });
  // PutUserPolicy with an existing name replaces that policy, so its old size does not count.
  const others = (documents.data ?? [])
    .filter((policy) => policy.policyName !== policyName)
    .reduce((sum, policy) => sum + policyDocumentSize(policy.document), 0);
  const used = others + policyDocumentSize(document);
  return {
    existingNames: names,
    quota: inlinePolicySize,
    used,
    over: used > inlinePolicySize,
  };
}
