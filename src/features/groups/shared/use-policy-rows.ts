import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { policyListQuery, policyQuery } from '../../../api/policies/policy-queries';
import { awsPolicySummariesQuery } from '../../../api/policies/policy-summaries';
import { isServiceRolePolicy, policyTypeOf } from '../../../api/policies/policy-type';
import type { PolicyRow } from './policy-row';

const descriptionsOf = (results: { data?: { Description?: string } }[]) => results.map((r) => r.data && (r.data.Description ?? ''));

/**
 * Every policy a group can have: the AWS catalog without `/aws-service-role/` policies
 * (IAM refuses those for groups) plus customer managed ones. ListPolicies carries no
 * descriptions: AWS policies get the catalog's summary, and customer managed ones on
 * screen are read with GetPolicy.
 */
export function usePolicyRows(visibleArns: readonly string[]) {
  const policies = useQuery(policyListQuery());
  const summaries = useQuery(awsPolicySummariesQuery());
  const customerArns = useMemo(() => visibleArns.filter((arn) => policyTypeOf(arn) === 'Customer managed'), [visibleArns]);
  const customerDescriptions = useQueries({ queries: customerArns.map((arn) => policyQuery(arn)), combine: descriptionsOf });

  const rows = useMemo<PolicyRow[]>(() => {
    const descriptionByArn = new Map(customerArns.map((arn, index) => [arn, customerDescriptions[index]]));
    return (policies.data ?? [])
      .filter((policy) => !isServiceRolePolicy(policy.Arn))
      .map((policy) => {
        const type = policyTypeOf(policy.Arn);
        const description =
          type === 'Customer managed'
            ? (policy.Description ?? descriptionByArn.get(policy.Arn!))
            : summaries.data && (summaries.data.get(policy.Arn!) ?? '');
        return {
          id: policy.Arn!,
          Arn: policy.Arn!,
          PolicyName: policy.PolicyName!,
          DefaultVersionId: policy.DefaultVersionId ?? 'v1',
          type,
          attachmentCount: policy.AttachmentCount ?? 0,
          description,
        };
      });
  }, [policies.data, summaries.data, customerArns, customerDescriptions]);

  return { rows, loading: policies.isPending, error: policies.error };
}
