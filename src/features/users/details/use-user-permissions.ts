import { useQueries, useQuery } from '@tanstack/react-query';
import { groupPoliciesQuery } from '../../../api/groups/group-queries';
import { policyTypeOf } from '../../../api/policies/policy-type';
import { userPoliciesQuery } from '../../../api/users/user-policy-queries';
import { groupsForUserQuery } from '../../../api/users/user-queries';

export const INLINE_TYPE = 'Customer inline';

/** One policy that applies to the user, and where it comes from. */
export interface PermissionRow {
  id: string;
  policyName: string;
  /** managed policies only */
  policyArn?: string;
  type: string;
  /** "Directly" or "Group Developers" */
  attachedVia: string;
  /** set when the policy reaches the user through this group */
  groupName?: string;
}

/**
 * Everything the user can do comes from these: the user's own policies and, for each group
 * the user is in, the group's policies — one row per (policy, group) pair. Composed from the
 * cached per-group queries so a change on a group page shows up here too.
 */
export function useUserPermissions(userName: string) {
  const groups = useQuery(groupsForUserQuery(userName));
  const direct = useQuery(userPoliciesQuery(userName));
  const groupNames = (groups.data ?? []).map((group) => group.GroupName!);
  const perGroup = useQueries({ queries: groupNames.map((groupName) => groupPoliciesQuery(groupName)) });

  const rows: PermissionRow[] = [];
  const add = (via: string, groupName: string | undefined, attached: { PolicyName?: string; PolicyArn?: string }[], inline: string[]) => {
    // Names and ARNs hold no spaces, so ids read "group:Developers:arn:…" and "direct:inline:Name".
    const source = groupName ? `group:${groupName}` : 'direct';
    for (const policy of attached) {
      rows.push({
        id: `${source}:${policy.PolicyArn}`,
        policyName: policy.PolicyName ?? '',
        policyArn: policy.PolicyArn,
        type: policyTypeOf(policy.PolicyArn),
        attachedVia: via,
        groupName,
      });
    }
    for (const name of inline) {
      rows.push({ id: `${source}:inline:${name}`, policyName: name, type: INLINE_TYPE, attachedVia: via, groupName });
    }
  };
  if (direct.data) add('Directly', undefined, direct.data.attached, direct.data.inline);
  perGroup.forEach((result, index) => {
    if (result.data) add(`Group ${groupNames[index]}`, groupNames[index], result.data.attached, result.data.inline);
  });

  const queries = [groups, direct, ...perGroup];
  return {
    rows,
    directCount: direct.data ? direct.data.attached.length : 0,
    directArns: new Set((direct.data?.attached ?? []).map((policy) => policy.PolicyArn!)),
    pending: queries.some((query) => query.isPending),
    fetching: queries.some((query) => query.isFetching),
    error: queries.find((query) => query.error)?.error ?? null,
    refetch: () => Promise.all(queries.map((query) => query.refetch())),
  };
}
