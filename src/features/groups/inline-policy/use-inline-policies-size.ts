import { useQueries } from '@tanstack/react-query';
import { groupInlinePolicyQuery } from '../../../api/groups/group-policies';
import { policyDocumentSize } from '../../../iam/validation';

/** IAM's GroupPolicySize quota: all inline policies of one group together, whitespace not counted. */
export const GROUP_INLINE_POLICY_SIZE_QUOTA = 5120;

/**
 * Characters the group's existing inline policies already use toward the quota,
 * undefined while their documents load. The size rule is the engine's own.
 */
export function useInlinePoliciesSize(groupName: string, policyNames: readonly string[]): number | undefined {
  return useQueries({
    queries: policyNames.map((name) => groupInlinePolicyQuery(groupName, name)),
    combine: (results) =>
      results.some((result) => result.data === undefined)
        ? undefined
        : results.reduce((total, result) => total + policyDocumentSize(result.data!), 0),
  });
}
