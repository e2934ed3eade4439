import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { groupPoliciesQuery } from '../../../api/groups/group-queries';
import { awsPolicySummariesQuery } from '../../../api/policies/policy-summaries';
import { policyTypeOf, type PolicyType } from '../../../api/policies/policy-type';

export type GroupPolicyType = PolicyType | 'Customer inline';

/** One line of the Permissions tab: a managed policy attached to the group, or one of its inline policies. */
export interface GroupPolicyRow {
  /** the ARN of a managed policy, `inline:NAME` for an inline one */
  id: string;
  name: string;
  policyArn?: string;
  type: GroupPolicyType;
  /** undefined when there is nothing to say ("-") */
  description?: string;
}

/** Attached managed policies and inline policies of the group, with the console's Type and Description. */
export function useGroupPolicyRows(groupName: string) {
  const policies = useQuery(groupPoliciesQuery(groupName));
  const summaries = useQuery(awsPolicySummariesQuery());
  const rows = useMemo<GroupPolicyRow[]>(() => {
    if (!policies.data) return [];
    const managed = policies.data.attached.map((policy): GroupPolicyRow => ({
      id: policy.PolicyArn!,
      name: policy.PolicyName!,
      policyArn: policy.PolicyArn,
      type: policyTypeOf(policy.PolicyArn),
      description: summaries.data?.get(policy.PolicyArn!),
    }));
    const inline = policies.data.inline.map((name): GroupPolicyRow => ({
      id: `inline:${name}`,
      name,
      type: 'Customer inline',
    }));
    return [...managed, ...inline];
  }, [policies.data, summaries.data]);
  return { rows, attachedCount: policies.data?.attached.length ?? 0, query: policies };
}
