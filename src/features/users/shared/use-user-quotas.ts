import { useQuery } from '@tanstack/react-query';
import { accountSummaryQuery } from '../../../api/account-queries';

/**
 * The account's per-user quotas as IAM reports them in GetAccountSummary, so the pages
 * explain a limit before IAM refuses; IAM's defaults stand in until the summary arrives.
 */
export function useUserQuotas() {
  const summary = useQuery(accountSummaryQuery());
  const map = (summary.data ?? {}) as Record<string, number | undefined>;
  return {
    groupsPerUser: map.GroupsPerUserQuota ?? 10,
    policiesPerUser: map.AttachedPoliciesPerUserQuota ?? 10,
    inlinePolicySize: map.UserPolicySizeQuota ?? 2048,
  };
}
